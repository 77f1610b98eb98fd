/**
 * A point the reader picks on the map (right-click, or a left click while the point tool
 * is on top), and how far around it
 * to look. The point itself belongs to the point tool (see sidePanel.ts: `setProbe`); the
 * radius stays for the next point.
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
  /** Radius of "what lies within N km", in km. */
  probeRadiusKm: number;
  setProbeRadius: (km: number) => void;
}

export const initialProbe = () => ({
  probeRadiusKm: DEFAULT_PROBE_RADIUS_KM,
});

export const createProbeSlice: StateCreator<AtlasState, [], [], ProbeSlice> = (set, get) => ({
  ...initialProbe(),
  setProbeRadius: (km) => {
    if (!Number.isFinite(km)) return;
    const r = Math.min(MAX_PROBE_RADIUS_KM, Math.max(0, km));
    if (r !== get().probeRadiusKm) set({ probeRadiusKm: r });
  },
});
