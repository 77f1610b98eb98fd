/**
 * What the side panel shows, as one state: the contents list, a record, the about page or
 * a tool (charts, export, the reader's data, a point on the map) — and what lies beneath.
 *
 * A tool opens on top of the selection without clearing it (so the map keeps its highlight
 * and the link its `sel`, which the export cites); selecting a record or opening the about
 * page later puts that on top, with the tool beneath. Closing the top one shows what lies
 * beneath. The point tool carries its point. A feature of the reader's own data
 * (`userFeature`) shows like a record but is not a selection: it is not in the link and the
 * atlas's layers do not highlight it.
 *
 * The transitions are pure functions (SidePanel → SidePanel, the same object when nothing
 * changes); the slice applies them. `selection` and `probe` are read-only projections of
 * `sidePanel`, kept in the state for the map and the link; nothing sets them on their own.
 */
import type { StateCreator } from 'zustand';
import type { AtlasState } from '../store.ts';
import type { ProbePoint } from './probe.ts';

export type SelectionKind = 'place' | 'project';
export interface Selection {
  kind: SelectionKind;
  id: string;
  /** Where the selection was made: the map does not fly to what was clicked on it. */
  origin: 'map' | 'list';
}

export const TOOL_PANELS = ['charts', 'export', 'data', 'point'] as const;
export type ToolPanel = (typeof TOOL_PANELS)[number];

export type Tool = { name: Exclude<ToolPanel, 'point'> } | { name: 'point'; probe: ProbePoint };

/** One feature of a reader's layer: the layer's id and the feature's index in its data. */
export interface UserFeatureRef {
  layerId: string;
  index: number;
}

export type SidePanel =
  | { top: 'contents' }
  | { top: 'record'; record: Selection; under: Tool | null }
  | { top: 'userFeature'; feature: UserFeatureRef; under: Tool | null }
  | { top: 'about'; under: Tool | null }
  | { top: 'tool'; tool: Tool; under: Selection | null };

export const CONTENTS: SidePanel = { top: 'contents' };

// ---- What it holds -------------------------------------------------------------------

/** The selected record, on top or beneath a tool. */
export const selectionOf = (p: SidePanel): Selection | null =>
  p.top === 'record' ? p.record : p.top === 'tool' ? p.under : null;

/** The open tool, on top or beneath. */
export const toolOf = (p: SidePanel): Tool | null =>
  p.top === 'tool' ? p.tool : p.top === 'contents' ? null : p.under;

/** The point of the point tool, if it is open. */
export const probeOf = (p: SidePanel): ProbePoint | null => {
  const tool = toolOf(p);
  return tool?.name === 'point' ? tool.probe : null;
};

const sameRecord = (a: Selection | null, b: Pick<Selection, 'kind' | 'id'>) =>
  !!a && a.kind === b.kind && a.id === b.id;

// ---- Transitions ---------------------------------------------------------------------

/** A record goes on top (the open tool beneath); already on top, nothing changes. */
export function selectRecord(p: SidePanel, record: Selection): SidePanel {
  if (p.top === 'record' && sameRecord(p.record, record)) return p;
  const cur = selectionOf(p);
  // The same record brought up from beneath a tool keeps its object (the map does not move).
  const next = cur && sameRecord(cur, record) && cur.origin === record.origin ? cur : record;
  return { top: 'record', record: next, under: toolOf(p) };
}

/** The selection goes, wherever it is (and the about page with it); a tool stays. */
export function clearRecord(p: SidePanel): SidePanel {
  if (p.top === 'record' || p.top === 'about' || p.top === 'userFeature')
    return p.under ? { top: 'tool', tool: p.under, under: null } : CONTENTS;
  if (p.top === 'tool' && p.under) return { top: 'tool', tool: p.tool, under: null };
  return p;
}

/** A tool goes on top of the selection (replacing any other tool, and the about page). */
export function openTool(p: SidePanel, tool: Tool): SidePanel {
  if (p.top === 'tool' && p.tool === tool) return p;
  return { top: 'tool', tool, under: selectionOf(p) };
}

/** The tool goes, wherever it is. */
export function closeTool(p: SidePanel): SidePanel {
  if (p.top === 'tool') return p.under ? { top: 'record', record: p.under, under: null } : CONTENTS;
  if (p.top !== 'contents' && p.under) return { ...p, under: null };
  return p;
}

/** A feature of the reader's data goes on top (the selection goes; the open tool stays beneath). */
export function showUserFeature(p: SidePanel, feature: UserFeatureRef): SidePanel {
  if (
    p.top === 'userFeature' &&
    p.feature.layerId === feature.layerId &&
    p.feature.index === feature.index
  )
    return p;
  return { top: 'userFeature', feature: { ...feature }, under: toolOf(p) };
}

/** The about page goes on top (the selection goes; the open tool stays beneath). */
export function openAbout(p: SidePanel): SidePanel {
  return p.top === 'about' ? p : { top: 'about', under: toolOf(p) };
}

/** The about page closes, showing what lies beneath. */
export const closeAbout = (p: SidePanel): SidePanel => (p.top === 'about' ? clearRecord(p) : p);

/** The point tool is on top: a left click places the point. */
export const pointMode = (p: SidePanel) => p.top === 'tool' && p.tool.name === 'point';

/**
 * A left click on the map. With the point tool on top it places the point, wherever it
 * lands (the tool is a mode: its crosshair cursor says so); otherwise it selects what was
 * hit, or drops the selection on empty map.
 */
export function clickOnMap(
  p: SidePanel,
  at: ProbePoint,
  hit: Pick<Selection, 'kind' | 'id'> | null,
): SidePanel {
  if (pointMode(p)) return openTool(p, { name: 'point', probe: { lng: at.lng, lat: at.lat } });
  return hit ? selectRecord(p, { kind: hit.kind, id: hit.id, origin: 'map' }) : clearRecord(p);
}

/** The close button and Escape: the top one goes, showing what lies beneath. */
export const closeTop = (p: SidePanel): SidePanel =>
  p.top === 'tool' ? closeTool(p) : clearRecord(p);

// ---- The slice -----------------------------------------------------------------------

export interface SidePanelSlice {
  sidePanel: SidePanel;
  /** = selectionOf(sidePanel): what the map highlights and the link's `sel`. */
  selection: Selection | null;
  /** = probeOf(sidePanel): the point the map marks. */
  probe: ProbePoint | null;
  /** Opens a record (if it exists) on top. */
  select: (kind: SelectionKind, id: string, origin?: Selection['origin']) => void;
  /** Drops the selection (and the about page), keeping an open tool. */
  clearSelection: () => void;
  setShowAbout: (open: boolean) => void;
  /** Opens a tool on top; the point tool only with a point (see setProbe). */
  openPanel: (panel: ToolPanel) => void;
  /** Closes the tool (and forgets the point it showed). */
  closePanel: () => void;
  /** A point opens the point tool on top; null closes it. */
  setProbe: (probe: ProbePoint | null) => void;
  /** A left click on the map at a point, on a record or on empty map (see clickOnMap). */
  clickMap: (at: ProbePoint, hit: Pick<Selection, 'kind' | 'id'> | null) => void;
  /** Closes whatever is on top. */
  closeTop: () => void;
  /** Shows a feature of a reader's layer on top (if that layer has it). */
  showUserFeature: (feature: UserFeatureRef) => void;
}

const validPoint = (p: ProbePoint) =>
  Number.isFinite(p.lng) &&
  Number.isFinite(p.lat) &&
  Math.abs(p.lng) <= 180 &&
  Math.abs(p.lat) <= 90;

/** The state a side panel means: itself and its projections (for a slice that sets it in one update). */
export const panelState = (sidePanel: SidePanel) => ({
  sidePanel,
  selection: selectionOf(sidePanel),
  probe: probeOf(sidePanel),
});

export const initialSidePanel = () => panelState(CONTENTS);

export const createSidePanelSlice: StateCreator<AtlasState, [], [], SidePanelSlice> = (
  set,
  get,
) => {
  const go = (f: (p: SidePanel) => SidePanel) => {
    const cur = get().sidePanel;
    const next = f(cur);
    if (next !== cur) set(panelState(next));
  };
  return {
    ...initialSidePanel(),
    select: (kind, id, origin = 'list') => {
      const { lookup } = get();
      const exists = kind === 'place' ? lookup.places.has(id) : lookup.projects.has(id);
      if (exists) go((p) => selectRecord(p, { kind, id, origin }));
    },
    clearSelection: () => go(clearRecord),
    setShowAbout: (open) => go(open ? openAbout : closeAbout),
    openPanel: (panel) =>
      go((p) => {
        const cur = toolOf(p);
        if (panel === 'point') return cur?.name === 'point' ? openTool(p, cur) : p;
        return openTool(p, cur?.name === panel ? cur : { name: panel });
      }),
    closePanel: () => go(closeTool),
    setProbe: (probe) => {
      if (!probe) return go((p) => (toolOf(p)?.name === 'point' ? closeTool(p) : p));
      if (validPoint(probe))
        go((p) => openTool(p, { name: 'point', probe: { lng: probe.lng, lat: probe.lat } }));
    },
    clickMap: (at, hit) => {
      const { lookup, sidePanel } = get();
      if (pointMode(sidePanel)) {
        if (validPoint(at)) go((p) => clickOnMap(p, at, null));
        return;
      }
      // A feature the content does not hold (a stale map) changes nothing.
      if (hit && !(hit.kind === 'place' ? lookup.places : lookup.projects).has(hit.id)) return;
      go((p) => clickOnMap(p, at, hit));
    },
    closeTop: () => go(closeTop),
    showUserFeature: (feature) => {
      const layer = get().userLayers.find((l) => l.id === feature.layerId);
      if (layer?.data.features[feature.index]) go((p) => showUserFeature(p, feature));
    },
  };
};

// ---- Selectors for components --------------------------------------------------------

/** What is on top: 'contents', 'record', 'userFeature', 'about' or 'tool'. */
export const selectTop = (s: Pick<AtlasState, 'sidePanel'>) => s.sidePanel.top;
/** The open tool's name, on top or beneath (null: none). */
export const selectToolName = (s: Pick<AtlasState, 'sidePanel'>): ToolPanel | null =>
  toolOf(s.sidePanel)?.name ?? null;
/** A tool is what the side panel shows first. */
export const toolShown = (s: Pick<AtlasState, 'sidePanel'>) => s.sidePanel.top === 'tool';
/** A left click on the map places the point (the point tool is on top). */
export const selectPointMode = (s: Pick<AtlasState, 'sidePanel'>) => pointMode(s.sidePanel);
