import { describe, expect, it } from 'vitest';
import {
  clearRecord,
  clickOnMap,
  closeAbout,
  closeTool,
  closeTop,
  CONTENTS,
  openAbout,
  openTool,
  probeOf,
  selectionOf,
  selectRecord,
  toolOf,
  toolShown,
  type Selection,
  type SidePanel,
  type Tool,
} from '../../src/state/slices/sidePanel.ts';
import { createAtlasStore } from '../../src/state/store.ts';
import { emptyAtlas } from '../../src/data/validate.ts';
import { place } from './fixtures.ts';

const bishkek: Selection = { kind: 'place', id: 'bishkek', origin: 'list' };
const osh: Selection = { kind: 'place', id: 'osh', origin: 'map' };
const exportTool: Tool = { name: 'export' };
const point: Tool = { name: 'point', probe: { lng: 74.6, lat: 42.9 } };

const record = (r: Selection, under: Tool | null = null): SidePanel => ({
  top: 'record',
  record: r,
  under,
});
const tool = (t: Tool, under: Selection | null = null): SidePanel => ({
  top: 'tool',
  tool: t,
  under,
});
const about = (under: Tool | null = null): SidePanel => ({ top: 'about', under });

describe('side panel transitions (pure)', () => {
  it('reads the selection, the tool and the point wherever they lie', () => {
    expect(selectionOf(CONTENTS)).toBeNull();
    expect(selectionOf(record(bishkek, exportTool))).toBe(bishkek);
    expect(selectionOf(tool(exportTool, bishkek))).toBe(bishkek);
    expect(selectionOf(about(exportTool))).toBeNull();
    expect(toolOf(record(bishkek, exportTool))).toBe(exportTool);
    expect(toolOf(about(point))).toBe(point);
    expect(toolOf(CONTENTS)).toBeNull();
    expect(probeOf(record(bishkek, point))).toEqual({ lng: 74.6, lat: 42.9 });
    expect(probeOf(tool(exportTool))).toBeNull();
  });

  it('selectRecord: a record goes on top, the open tool beneath, the old selection gone', () => {
    expect(selectRecord(CONTENTS, bishkek)).toEqual(record(bishkek));
    expect(selectRecord(tool(exportTool), bishkek)).toEqual(record(bishkek, exportTool));
    expect(selectRecord(tool(exportTool, bishkek), osh)).toEqual(record(osh, exportTool));
    expect(selectRecord(record(bishkek, point), osh)).toEqual(record(osh, point));
    expect(selectRecord(about(exportTool), osh)).toEqual(record(osh, exportTool));
  });

  it('selectRecord: the record already on top changes nothing (the same object)', () => {
    const p = record(bishkek, exportTool);
    expect(selectRecord(p, { ...bishkek, origin: 'map' })).toBe(p);
  });

  it('selectRecord: the selected record beneath a tool comes on top (defect 11)', () => {
    const next = selectRecord(tool(exportTool, bishkek), { ...bishkek });
    expect(next).toEqual(record(bishkek, exportTool));
    // The same selection object: the map keeps its highlight and does not fly again.
    expect(selectionOf(next)).toBe(bishkek);
  });

  it('clearRecord: the record or about page on top goes, showing the tool beneath', () => {
    expect(clearRecord(record(bishkek))).toEqual(CONTENTS);
    expect(clearRecord(record(bishkek, exportTool))).toEqual(tool(exportTool));
    expect(clearRecord(about(point))).toEqual(tool(point));
    expect(clearRecord(about())).toEqual(CONTENTS);
  });

  it('clearRecord: the selection beneath a tool goes, the tool stays on top', () => {
    expect(clearRecord(tool(exportTool, bishkek))).toEqual(tool(exportTool));
    const bare = tool(exportTool);
    expect(clearRecord(bare)).toBe(bare);
    expect(clearRecord(CONTENTS)).toBe(CONTENTS);
  });

  it('openTool: on top of the selection, keeping it; it replaces another tool and the about page', () => {
    expect(openTool(CONTENTS, exportTool)).toEqual(tool(exportTool));
    expect(openTool(record(bishkek), exportTool)).toEqual(tool(exportTool, bishkek));
    expect(openTool(record(bishkek, point), exportTool)).toEqual(tool(exportTool, bishkek));
    expect(openTool(tool(point, osh), exportTool)).toEqual(tool(exportTool, osh));
    expect(openTool(about(point), exportTool)).toEqual(tool(exportTool));
    const p = tool(exportTool, bishkek);
    expect(openTool(p, exportTool)).toBe(p);
  });

  it('closeTool: the tool goes wherever it is, showing what lies beneath', () => {
    expect(closeTool(tool(exportTool, bishkek))).toEqual(record(bishkek));
    expect(closeTool(tool(point))).toEqual(CONTENTS);
    expect(closeTool(record(bishkek, exportTool))).toEqual(record(bishkek));
    expect(closeTool(about(exportTool))).toEqual(about());
    const p = record(bishkek);
    expect(closeTool(p)).toBe(p);
    expect(closeTool(CONTENTS)).toBe(CONTENTS);
  });

  it('openAbout: on top, the selection gone, the tool beneath; closeAbout shows the tool', () => {
    expect(openAbout(CONTENTS)).toEqual(about());
    expect(openAbout(record(bishkek, exportTool))).toEqual(about(exportTool));
    expect(openAbout(tool(point, bishkek))).toEqual(about(point));
    const p = about(exportTool);
    expect(openAbout(p)).toBe(p);
    expect(closeAbout(p)).toEqual(tool(exportTool));
    expect(closeAbout(about())).toEqual(CONTENTS);
    const r = record(bishkek);
    expect(closeAbout(r)).toBe(r);
  });

  it('closeTop: the one on top goes, whatever it is', () => {
    expect(closeTop(tool(exportTool, bishkek))).toEqual(record(bishkek));
    expect(closeTop(record(bishkek, exportTool))).toEqual(tool(exportTool));
    expect(closeTop(about(point))).toEqual(tool(point));
    expect(closeTop(CONTENTS)).toBe(CONTENTS);
  });

  it('clickOnMap: with the point tool on top a left click moves the point, even onto a record', () => {
    const at = { lng: 75.5, lat: 41.25 };
    const hit = { kind: 'place' as const, id: 'osh' };
    const moved = { name: 'point' as const, probe: at };
    expect(clickOnMap(tool(point), at, null)).toEqual(tool(moved));
    expect(clickOnMap(tool(point, bishkek), at, hit)).toEqual(tool(moved, bishkek));
  });

  it('clickOnMap: otherwise it selects what was hit (from the map), or drops the selection', () => {
    const at = { lng: 75.5, lat: 41.25 };
    const hit = { kind: 'place' as const, id: 'osh' };
    expect(clickOnMap(CONTENTS, at, hit)).toEqual(record(osh));
    expect(clickOnMap(record(bishkek), at, null)).toBe(CONTENTS);
    // A tool other than the point, or the point tool beneath a record: the click selects.
    expect(clickOnMap(tool(exportTool), at, hit)).toEqual(record(osh, exportTool));
    expect(clickOnMap(record(bishkek, point), at, hit)).toEqual(record(osh, point));
  });
});

const ready = () => {
  const store = createAtlasStore('en');
  store.getState().setContent({ ...emptyAtlas(), places: [place('bishkek'), place('osh')] }, []);
  return store;
};

describe('side panel in the store', () => {
  it('keeps selection and probe as projections of the one state', () => {
    const store = ready();
    const s = () => store.getState();
    s().select('place', 'bishkek');
    s().setProbe({ lng: 74.6, lat: 42.9 });
    expect(s().sidePanel.top).toBe('tool');
    expect(s().selection).toEqual({ kind: 'place', id: 'bishkek', origin: 'list' });
    expect(s().probe).toEqual({ lng: 74.6, lat: 42.9 });
    s().closeTop();
    expect(s().probe).toBeNull();
    expect(s().sidePanel).toEqual({ top: 'record', record: s().selection, under: null });
  });

  it('a tool opens on top of the selection, keeping it; a later selection goes on top', () => {
    const store = ready();
    const s = () => store.getState();
    s().select('place', 'bishkek');
    s().openPanel('export');
    expect(s().selection?.id).toBe('bishkek');
    expect(toolShown(s())).toBe(true);
    // Closing the selection beneath changes nothing on top; a new selection goes on top.
    s().clearSelection();
    expect(toolShown(s())).toBe(true);
    s().select('place', 'osh');
    expect(toolShown(s())).toBe(false);
    // Closing that selection shows the tool again; closing the tool shows the contents.
    s().clearSelection();
    expect(toolShown(s())).toBe(true);
    s().closePanel();
    expect(s().sidePanel).toEqual(CONTENTS);
  });

  it('selecting the record already selected while a tool is on top brings it on top (defect 11)', () => {
    const store = ready();
    const s = () => store.getState();
    s().select('place', 'bishkek');
    s().openPanel('export');
    s().select('place', 'bishkek', 'map');
    expect(s().sidePanel).toMatchObject({ top: 'record', under: { name: 'export' } });
    expect(s().selection).toMatchObject({ kind: 'place', id: 'bishkek' });
  });

  it('the about page goes on top of a tool, and a tool on top of the about page', () => {
    const store = ready();
    const s = () => store.getState();
    s().openPanel('charts');
    s().setShowAbout(true);
    expect(s().sidePanel).toEqual({ top: 'about', under: { name: 'charts' } });
    s().openPanel('charts');
    expect(s().sidePanel).toEqual({ top: 'tool', tool: { name: 'charts' }, under: null });
    s().setShowAbout(true);
    s().setShowAbout(false);
    expect(toolShown(s())).toBe(true);
  });

  it('a picked point opens the point tool; another tool or closing forgets the point', () => {
    const store = ready();
    const s = () => store.getState();
    s().openPanel('charts');
    s().setProbe({ lng: 74.6, lat: 42.9 });
    expect(s().sidePanel).toMatchObject({ top: 'tool', tool: { name: 'point' } });
    expect(s().probe).toEqual({ lng: 74.6, lat: 42.9 });
    s().openPanel('data');
    expect(s().probe).toBeNull();
    s().setProbe({ lng: 74.6, lat: 42.9 });
    s().closePanel();
    expect(s().sidePanel).toEqual(CONTENTS);
    expect(s().probe).toBeNull();
  });

  it('the point tool opens only with a point; setProbe(null) closes only it', () => {
    const store = ready();
    const s = () => store.getState();
    s().openPanel('point');
    expect(s().sidePanel).toEqual(CONTENTS);
    s().setProbe({ lng: 74.6, lat: 42.9 });
    s().select('place', 'osh');
    // Beneath the record, the point stays on the map; openPanel brings it back on top.
    expect(s().probe).toEqual({ lng: 74.6, lat: 42.9 });
    s().openPanel('point');
    expect(s().sidePanel).toMatchObject({
      top: 'tool',
      tool: { name: 'point' },
      under: { id: 'osh' },
    });
    s().openPanel('export');
    s().setProbe(null);
    expect(s().sidePanel).toMatchObject({ top: 'tool', tool: { name: 'export' } });
  });

  it('clickMap: after pressing Point, a left click places the point; unknown records change nothing', () => {
    const store = ready();
    const s = () => store.getState();
    s().clickMap({ lng: 1, lat: 2 }, { kind: 'place', id: 'bishkek' });
    expect(s().selection).toMatchObject({ id: 'bishkek', origin: 'map' });
    s().setProbe({ lng: 74.6, lat: 42.9 });
    s().clickMap({ lng: 75, lat: 41 }, { kind: 'place', id: 'osh' });
    expect(s().probe).toEqual({ lng: 75, lat: 41 });
    expect(s().selection).toMatchObject({ id: 'bishkek' });
    s().clickMap({ lng: Number.NaN, lat: 41 }, null);
    expect(s().probe).toEqual({ lng: 75, lat: 41 });
    s().closeTop();
    const before = s().sidePanel;
    s().clickMap({ lng: 75, lat: 41 }, { kind: 'project', id: 'no-such' });
    expect(s().sidePanel).toBe(before);
  });

  it('ignores impossible points and unknown records', () => {
    const store = ready();
    const s = () => store.getState();
    s().setProbe({ lng: 200, lat: 0 });
    s().setProbe({ lng: Number.NaN, lat: 0 });
    s().select('project', 'nope');
    expect(s().sidePanel).toBe(CONTENTS);
  });

  it('notifies only when what the panel shows changes', () => {
    const store = ready();
    const s = () => store.getState();
    s().select('place', 'bishkek');
    let calls = 0;
    const off = store.subscribe(() => calls++);
    s().select('place', 'bishkek');
    s().setShowAbout(false);
    s().closePanel();
    s().setProbe(null);
    s().openPanel('point');
    off();
    expect(calls).toBe(0);
  });
});
