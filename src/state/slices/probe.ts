/**
 * A point the reader picked on the map (right-click or long press): its coordinates, and
 * what lies within a chosen distance of it. Setting one opens the point panel on top (see
 * panels.ts), keeping the selection.
 */
import type { StateCreator } from 'zustand';
import type { AtlasState } from '../store.ts';

export interface ProbePoint {
  lng: number;
  lat: number;
}

/** The radius the point panel starts with, in km. */
export const DEFAULT_PROBE_RADIUS_KM = 50;
export const MAX_PROBE_RADIUS_KM = 5000;

export interface ProbeSlice {
  probe: ProbePoint | null;
  /** Radius of "what lies within N km", in km. */
  probeRadiusKm: number;
  /** A point opens the point panel; null closes it. */
  setProbe: (probe: ProbePoint | null) => void;
  setProbeRadius: (km: number) => void;
}

export const initialProbe = () => ({
  probe: null as ProbePoint | null,
  probeRadiusKm: DEFAULT_PROBE_RADIUS_KM,
});

const valid = (p: ProbePoint) =>
  Number.isFinite(p.lng) &&
  Number.isFinite(p.lat) &&
  Math.abs(p.lng) <= 180 &&
  Math.abs(p.lat) <= 90;

export const createProbeSlice: StateCreator<AtlasState, [], [], ProbeSlice> = (set, get) => ({
  ...initialProbe(),
  setProbe: (probe) => {
    if (!probe) {
      if (get().probe || get().panel === 'point')
        set({ probe: null, panel: null, panelOnTop: false });
      return;
    }
    if (!valid(probe)) return;
    set({
      probe: { lng: probe.lng, lat: probe.lat },
      panel: 'point',
      panelOnTop: true,
      showAbout: false,
    });
  },
  setProbeRadius: (km) => {
    if (!Number.isFinite(km)) return;
    const r = Math.min(MAX_PROBE_RADIUS_KM, Math.max(0, km));
    if (r !== get().probeRadiusKm) set({ probeRadiusKm: r });
  },
});
