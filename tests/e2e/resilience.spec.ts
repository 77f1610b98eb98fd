/**
 * Faults of the graphics stack: a lost WebGL context comes back with every layer, and
 * mounting the map again and again leaves one live context and one map, nothing more.
 */
import type { Page } from '@playwright/test';
import { test, expect, type AtlasPage } from './fixtures.ts';
import { PROJECT_LAYERS } from './fixtures.ts';

type MapWindow = { __map: import('maplibre-gl').Map };

/** What the map draws now: atlas layers by id, basemap labels by count. */
async function drawn(atlas: AtlasPage) {
  return {
    cities: await atlas.renderedIds(['cities-circle']),
    projects: await atlas.renderedIds(PROJECT_LAYERS),
    basemapLabels: await atlas.page.evaluate(
      () =>
        (window as unknown as MapWindow).__map.queryRenderedFeatures({
          layers: ['basemap-labels-country'],
        }).length,
    ),
  };
}

/** The feature-state of the features a selection and a hover touch. */
const STATE_OF = [
  { source: 'projects', id: 'power-line-datka-kemin' }, // selected
  { source: 'cities', id: 'astana' }, // linked: the 2013 announcement it was part of
  { source: 'cities', id: 'bishkek' }, // hovered
];
const featureStates = (atlas: AtlasPage) =>
  atlas.page.evaluate(
    (refs) => refs.map((r) => (window as unknown as MapWindow).__map.getFeatureState(r)),
    STATE_OF,
  );

test('a lost WebGL context is restored with every layer drawn, and the selection, links and hover highlighted again', async ({
  atlas,
}) => {
  test.setTimeout(180_000); // a selection, a hover, a context lost and rebuilt, in software WebGL
  await atlas.open();
  const page = atlas.page;
  await page.evaluate(
    () => void (window as unknown as MapWindow).__map.jumpTo({ center: [75, 41.5], zoom: 4.5 }),
  );
  await atlas.idle();
  // Select a project (from the list: the map frames it), then rest the pointer on Bishkek.
  await page.getByRole('navigation').getByRole('button', { name: /Datka/ }).click();
  await expect(page.getByTestId('panel').getByRole('heading', { level: 2 })).toContainText('Datka');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const m = (window as unknown as MapWindow).__map;
        if (m.isMoving()) m.once('moveend', () => resolve());
        else resolve();
      }),
  );
  await page.evaluate(
    () => void (window as unknown as MapWindow).__map.jumpTo({ center: [75, 41.5], zoom: 4.5 }),
  );
  await atlas.idle();
  const bishkek = await atlas.project([74.6, 42.87]);
  await page.mouse.move(bishkek.x, bishkek.y);
  await expect.poll(async () => (await featureStates(atlas))[2]).toMatchObject({ hover: true });
  const states = await featureStates(atlas);
  expect(states[0]).toMatchObject({ selected: true });
  expect(states[1]).toMatchObject({ linked: true });
  const before = await drawn(atlas);
  expect(before.cities).toContain('bishkek');
  expect(before.projects.length).toBeGreaterThan(0);

  const events = await page.evaluate(async () => {
    const m = (window as unknown as MapWindow).__map;
    const canvas = m.getCanvas();
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    const ext = gl!.getExtension('WEBGL_lose_context')!;
    const seen: string[] = [];
    const lost = new Promise<void>((r) =>
      m.once('webglcontextlost', () => {
        seen.push('lost');
        r();
      }),
    );
    ext.loseContext();
    await lost;
    // Restoring is allowed once the loss has been dispatched: the next task (a message to
    // itself, not a timer).
    await new Promise<void>((r) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => r();
      channel.port2.postMessage(null);
    });
    const restored = new Promise<void>((r) =>
      m.once('webglcontextrestored', () => {
        seen.push('restored');
        r();
      }),
    );
    ext.restoreContext();
    await restored;
    seen.push(gl!.isContextLost() ? 'still lost' : 'live');
    return seen;
  });
  expect(events).toEqual(['lost', 'restored', 'live']);
  await atlas.idle();
  await expect.poll(() => drawn(atlas)).toEqual(before);
  // The highlights are back: selected, linked, and the hover under the resting pointer.
  await expect.poll(() => featureStates(atlas)).toEqual(states);
  // And it still answers the reader's clicks on the map.
  await page.mouse.click(bishkek.x, bishkek.y);
  await expect(
    page.getByTestId('panel').getByRole('heading', { level: 2, name: 'Bishkek' }),
  ).toBeVisible();
  await expect.poll(async () => (await featureStates(atlas))[2]).toMatchObject({ selected: true });
});

/** Counts WebGL contexts the page creates and how many are still live (not lost). */
async function countContexts(page: Page) {
  await page.addInitScript(() => {
    const contexts: (WebGLRenderingContext | WebGL2RenderingContext)[] = [];
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      const ctx = (original as (t: string, ...r: unknown[]) => RenderingContext | null).call(
        this,
        type,
        ...rest,
      );
      if (ctx && /webgl/.test(type) && !contexts.includes(ctx as WebGLRenderingContext))
        contexts.push(ctx as WebGLRenderingContext);
      return ctx;
    } as typeof original;
    (window as unknown as { __contexts: () => { made: number; live: number } }).__contexts =
      () => ({ made: contexts.length, live: contexts.filter((c) => !c.isContextLost()).length });
  });
  return () =>
    page.evaluate(() =>
      (window as unknown as { __contexts: () => { made: number; live: number } }).__contexts(),
    );
}

test('remounting the map leaves one live WebGL context, one working map, and no old map alive', async ({
  atlas,
}) => {
  // Four remounts prove what twenty did (each map's context is released, its workers and its
  // heap with it) at a fifth of the cost in software WebGL: every old map is checked to be
  // garbage, rather than inferred from a heap sample. (Four whole maps in software WebGL on a
  // slow machine: more than the default budget.)
  test.setTimeout(600_000);
  const page = atlas.page;
  const contexts = await countContexts(page);
  await atlas.open();
  expect((await contexts()).live).toBe(1);
  const workers = page.workers().length;
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  // A weak reference to each map as it is replaced: once collected, nothing holds it.
  await page.evaluate(() => {
    (window as unknown as { __oldMaps: WeakRef<object>[] }).__oldMaps = [];
  });
  const oldMapsAlive = () =>
    page.evaluate(
      () =>
        (window as unknown as { __oldMaps: WeakRef<object>[] }).__oldMaps.filter((r) => r.deref())
          .length,
    );

  const REMOUNTS = 4;
  let heapAfterOne = 0;
  for (let i = 1; i <= REMOUNTS; i++) {
    await page.evaluate(() => {
      const w = window as unknown as MapWindow & {
        __oldMaps: WeakRef<object>[];
        __remountMap: () => void;
      };
      w.__oldMaps.push(new WeakRef(w.__map));
      w.__remountMap();
    });
    // Each new map marks map:ready on its first idle with every layer drawn.
    await page.waitForFunction((n) => performance.getEntriesByName('map:ready').length > n, i, {
      timeout: 120_000,
    });
    if (i === 1) heapAfterOne = await heap();
  }

  const { made, live } = await contexts();
  expect(made, 'a new context per map').toBeGreaterThanOrEqual(REMOUNTS);
  expect(live, 'live WebGL contexts').toBeLessThanOrEqual(1);
  await expect(page.locator('.maplibregl-map')).toHaveCount(1);
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(1);
  expect(page.workers().length, 'workers do not pile up').toBeLessThanOrEqual(workers);
  // Every replaced map is garbage: collected once nothing refers to it. (Collection is up to
  // the engine, so it is asked for until it has happened, or the test's time runs out.)
  await expect
    .poll(
      async () => {
        await heap();
        return oldMapsAlive();
      },
      { message: 'old maps still reachable', timeout: 120_000 },
    )
    .toBe(0);
  // And the heap does not grow by a map per remount (a leaked map holds its style, sources
  // and tiles: several MB each; three more maps leave less than one map's worth).
  const growth = (await heap()) - heapAfterOne;
  test.info().annotations.push({
    type: `heap growth, ${REMOUNTS - 1} remounts (MB)`,
    description: (growth / 1e6).toFixed(1),
  });
  expect(growth).toBeLessThan(10e6);
  // The last map is the live one, and complete.
  await expect.poll(() => atlas.renderedIds(['cities-circle'])).toContain('bishkek');
  expect(await atlas.renderedIds(PROJECT_LAYERS)).not.toEqual([]);
});
