/**
 * Understanding and citing, end to end: links between records, lengths measured on the map
 * beside the sources' figures, a point's coordinates and surroundings, charts with tables,
 * exports read back from disk, and the reader's own files — all in the real browser.
 */
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { read, utils } from 'xlsx';
import { test, expect, type AtlasPage } from './fixtures.ts';
import { placeAt, projects } from './geodata.ts';
import { LAYOUT, pictureWidth } from '../../src/export/png.ts';

const RAILWAY = 'railway-china-kyrgyzstan-uzbekistan';
const railway = projects.find((p) => p.properties.id === RAILWAY)!;

/** Chunks that must not load with the first map, only when their tool is opened. */
const LAZY_CHUNKS = /\/assets\/(Charts|Export|UserData|Probe|measure|d3-dsv|xlsx)-[\w-]+\.js$/;

function trackLazyChunks(atlas: AtlasPage): string[] {
  const loaded: string[] = [];
  atlas.page.on('request', (r) => {
    const m = LAZY_CHUNKS.exec(new URL(r.url()).pathname);
    if (m) loaded.push(m[1]!);
  });
  return loaded;
}

const km = (text: string) =>
  Number(/≈\s*([\d\s ,.]+)\s*km/.exec(text)?.[1]?.replace(/[\s ,]/g, ''));

test('follows the Astana 2013 announcement to the railway, measured beside the sources', async ({
  atlas,
}) => {
  const lazy = trackLazyChunks(atlas);
  await atlas.open();
  expect(lazy, 'nothing of the tools loads with the first map').toEqual([]);
  const panel = atlas.page.getByTestId('panel');
  await atlas.page
    .getByRole('navigation')
    .getByRole('button', { name: /^Astana \d/ })
    .click();
  await expect(panel.getByRole('heading', { level: 2, name: 'Astana' })).toBeVisible();

  // The announcement lists the projects under it, folded under "More"; a click opens the railway.
  const card = panel.getByRole('article').filter({ hasText: 'One Belt – One Road' });
  await card.locator('details.more > summary').click();
  await card.getByRole('button', { name: railway.properties.name.en }).click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(railway.properties.name.en);

  // Computed lengths, labelled as computed, beside every length the sources state.
  const section = panel.getByRole('region', { name: 'Length: as drawn and as stated' });
  await expect(section).toContainText('Computed by the atlas from the line drawn on the map');
  await expect(section.getByTestId('measure-kg')).toHaveText(/≈ \d+ km/);
  const total = km(await section.getByTestId('measure-total').innerText());
  const inKg = km(await section.getByTestId('measure-kg').innerText());
  // Kashgar–Torugart lies in China and the last stretch in Uzbekistan: clipped at both borders.
  expect(inKg).toBeGreaterThan(200);
  expect(inKg).toBeLessThan(total - 100);
  const stated = section.getByRole('definition').filter({ hasText: '486 km' });
  for (const q of railway.properties.length) await expect(stated).toContainText(`${q.value}`);
  expect(lazy).toContain('measure');
  expect(lazy).not.toContain('Charts');
});

test('a city lists its distance to every project on the map', async ({ atlas }) => {
  await atlas.open('sel=place:bishkek');
  const panel = atlas.page.getByTestId('panel');
  await panel.getByText('Distance to each project').click();
  const items = panel.locator('.distances li');
  await expect(items).toHaveCount(projects.filter((p) => p.geometry).length);
  // Nearest first: Bishkek's own roads; the Kemin end of the power line is farther.
  await expect(items.first()).toContainText('≈');
  const first = km(await items.first().innerText());
  const last = km(await items.last().innerText());
  expect(first).toBeLessThan(last);
});

test('a right-click gives the coordinates and what lies within N km', async ({ atlas }) => {
  await atlas.open();
  const [lng, lat] = placeAt('bishkek');
  const { x, y } = await atlas.project([lng, lat]);
  await atlas.page.mouse.click(x, y, { button: 'right' });
  const panel = atlas.page.getByTestId('panel');
  await expect(panel.getByRole('heading', { level: 2, name: 'A point on the map' })).toBeVisible();
  const [pLat, pLng] = (await panel.getByTestId('probe-decimal').innerText())
    .split(', ')
    .map(Number);
  expect(pLat).toBeCloseTo(lat, 1);
  expect(pLng).toBeCloseTo(lng, 1);
  await expect(panel.getByTestId('probe-dms')).toHaveText(
    /^42° \d\d′ \d\d\.\d″ N, 74° \d\d′ \d\d\.\d″ E$/,
  );
  await expect(panel.getByRole('heading', { name: /meeting cit(y|ies) within 50 km/ })).toHaveText(
    /^1 meeting city/,
  );
  await expect(panel.getByRole('button', { name: 'Bishkek', exact: true })).toBeVisible();

  // The point and its circle are drawn.
  await atlas.idle();
  const drawn = await atlas.page.evaluate(
    () =>
      (window as unknown as { __map: import('maplibre-gl').Map }).__map.queryRenderedFeatures({
        layers: ['probe-point', 'probe-radius-line'],
      }).length,
  );
  expect(drawn).toBeGreaterThanOrEqual(2);

  // A wider circle takes in more; typed coordinates move the point (no mouse needed).
  await panel.getByLabel('What lies within (km)').fill('400');
  await expect(panel.getByRole('heading', { name: /meeting cit(y|ies) within 400 km/ })).toHaveText(
    /^[2-9] meeting cities/,
  );
  await panel.getByLabel('Latitude').fill('41.2647');
  await panel.getByLabel('Longitude').fill('69.2163');
  await panel.getByRole('button', { name: 'Show this point' }).click();
  await expect(panel.getByTestId('probe-decimal')).toHaveText('41.26470, 69.21630');
  await atlas.page.keyboard.press('Escape');
  await expect(panel.getByRole('heading', { name: 'A point on the map' })).toBeHidden();
});

test('exports what the filters show as GeoJSON and CSV, with sources', async ({ atlas }) => {
  await atlas.open('sectors=energy&to=2020&sel=project:power-line-datka-kemin');
  const datkaName = projects.find((p) => p.properties.id === 'power-line-datka-kemin')!.properties
    .name.en;
  await atlas.page.getByRole('button', { name: 'Export', exact: true }).click();
  const panel = atlas.page.getByTestId('panel');
  await expect(panel.getByRole('heading', { level: 2, name: 'Export' })).toBeVisible();
  const counts = await panel.getByText('What the filters show now').innerText();
  const [, nProjects, nCities, nMeetings] =
    /projects: (\d+), meeting cities: (\d+), meetings: (\d+)/.exec(counts)!.map(Number);

  const named = (ext: string) =>
    atlas.page.waitForEvent('download', (d) => d.suggestedFilename().endsWith(ext));
  // The data dictionary is downloaded alongside each data file.
  const [geo, geoDictionary] = await Promise.all([
    named('.geojson'),
    named('.dictionary.csv'),
    panel.getByRole('button', { name: 'Download GeoJSON' }).click(),
  ]);
  const dictionary = csvParse(readFileSync((await geoDictionary.path())!, 'utf8').slice(1));
  expect(geo.suggestedFilename()).toMatch(/^silk-road-atlas-\d{4}-\d\d-\d\d\.geojson$/);
  const fc = JSON.parse(readFileSync((await geo.path())!, 'utf8'));
  expect(fc.type).toBe('FeatureCollection');
  expect(fc.atlas.url).toContain('sectors=energy');
  const kinds = (k: string) =>
    fc.features.filter((f: { properties: { kind: string } }) => f.properties.kind === k);
  expect(kinds('project')).toHaveLength(nProjects!);
  expect(kinds('city')).toHaveLength(nCities!);
  expect(kinds('meeting')).toHaveLength(nMeetings!);
  for (const f of kinds('project')) {
    expect(f.properties.category).toBe('energy');
    expect(f.properties.sources.length).toBeGreaterThan(0);
    expect(f.properties.name_ky).toBeTruthy();
  }
  const datka = kinds('project').find(
    (f: { properties: { id: string } }) => f.properties.id === 'power-line-datka-kemin',
  );
  // The route as the atlas holds it: one line per stretch, each with its precision.
  expect(datka.geometry).toEqual(
    projects.find((p) => p.properties.id === 'power-line-datka-kemin')!.geometry,
  );

  // Every structured field the table shows, with the sources of each value.
  const datkaData = projects.find((p) => p.properties.id === 'power-line-datka-kemin')!.properties;
  expect(datka.properties.project.cost.map((v: { value: number }) => v.value)).toEqual(
    datkaData.cost.map((q) => q.value),
  );
  for (const v of datka.properties.project.cost) expect(v.sources.length).toBeGreaterThan(0);
  expect(datka.properties.project.history.map((h: { date: string }) => h.date)).toEqual(
    datkaData.timeline.map((s) => s.date),
  );
  expect(datka.properties.project.segments).toHaveLength(datkaData.geo.segments?.length ?? 0);
  expect(datka.properties.project.builders.map((b: { name: string }) => b.name)).toEqual(
    datkaData.parties.filter((x) => x.role === 'builder').map((x) => x.name.en),
  );

  const [csvFile, csvDictionary] = await Promise.all([
    named('silk-road-atlas-' + fc.atlas.accessed + '.csv'),
    named('.dictionary.csv'),
    panel.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(csvParse(readFileSync((await csvDictionary.path())!, 'utf8').slice(1))).toEqual(
    dictionary,
  );
  expect(csvFile.suggestedFilename()).toMatch(/\.csv$/);
  const text = readFileSync((await csvFile.path())!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows = csvParse(text.slice(1));
  expect(rows).toHaveLength(fc.features.length);
  const row = rows.find((r) => r.id === 'power-line-datka-kemin')!;
  expect(row.wkt).toMatch(/^MULTILINESTRING \(\(/); // one line per stretch of the route
  expect(row.sources).toContain('[');
  // The dictionary names every column; the row carries the table's fields.
  expect(dictionary.map((d) => d.field)).toEqual(rows.columns);
  expect(row.cost_usd).toBe(String(datkaData.cost.find((q) => q.unit === 'USD')!.value));
  expect(row.cost?.split(' | ')).toHaveLength(datkaData.cost.length);
  expect(row.status_history).toContain('2015-08-28 operating');
  expect(Number(row.length_computed_km)).toBeGreaterThan(300);
  expect(row.builders).toContain('TBEA');
  const bishkek = rows.find((r) => r.kind === 'city' && r.id === 'bishkek');
  if (bishkek) expect(Number(bishkek.lon)).toBeCloseTo(placeAt('bishkek')[0], 3);

  // The workbook: the same records and columns, numbers as numbers, from a chunk of its own
  // that loads only now; the dictionary and the view's link on sheets of their own.
  const xlsxLazy = trackLazyChunks(atlas);
  const [xlsxFile] = await Promise.all([
    named('.xlsx'),
    panel.getByRole('button', { name: 'Download XLSX' }).click(),
  ]);
  expect(xlsxLazy).toEqual(['xlsx']);
  const book = read(readFileSync((await xlsxFile.path())!), { type: 'buffer' });
  expect(book.SheetNames).toEqual(['records', 'dictionary', 'about']);
  const sheet = utils.sheet_to_json<Record<string, string | number>>(book.Sheets.records!, {
    defval: '',
  });
  expect(sheet.map((r) => `${r.kind}:${r.id}`)).toEqual(rows.map((r) => `${r.kind}:${r.id}`));
  const datkaSheet = sheet.find((r) => r.id === 'power-line-datka-kemin')!;
  expect(datkaSheet.cost_usd).toBe(datkaData.cost.find((q) => q.unit === 'USD')!.value);
  expect(datkaSheet.status_history).toBe(row.status_history);
  expect(datkaSheet.builders).toBe(row.builders);
  expect(
    utils.sheet_to_json<string[]>(book.Sheets.dictionary!, { header: 1 }).map((r) => r[0]),
  ).toEqual(['field', ...dictionary.map((d) => d.field)]);
  const about = Object.fromEntries(
    utils.sheet_to_json<string[]>(book.Sheets.about!, { header: 1 }).map((r) => [r[0], r[1]]),
  );
  expect(about.link).toContain('sel=project:power-line-datka-kemin');
  expect(about.accessed).toBe(fc.atlas.accessed);
  // The view in words: the period, the filters and the open record.
  expect(about.view).toContain('1992–2020');
  expect(about.view).toContain('Energy');
  expect(about.view).toContain(datkaName);

  // The citation of the view carries its link and the date it was accessed.
  const citation = await panel.getByRole('textbox', { name: 'Cite this view' }).inputValue();
  expect(citation).toMatch(
    /^Silk Road Atlas: .*\[interactive map\]\. Filtered view, Period 1992–2020, showing .+\. http:\/\/127\.0\.0\.1:\d+\/\?.*sel=project:power-line-datka-kemin.*sectors=energy.* \(accessed \d{4}-\d\d-\d\d\)\.$/,
  );
  expect(citation).toContain(`showing ${datkaName}`);

  // The export lay on top of the open project: Escape closes it, and only it.
  await atlas.page.keyboard.press('Escape');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(datkaName);
});

/** A PNG file's width and height, from its IHDR chunk. */
const pngSize = (buf: Buffer) => ({ width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) });

test('exports the map as a 2× PNG framed by title, legend and footer, and puts the map back', async ({
  atlas,
}) => {
  await atlas.open();
  const mapState = () =>
    atlas.page.evaluate(() => {
      const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      const c = m.getContainer();
      return {
        ratio: m.getPixelRatio(),
        canvas: m.getCanvas().width,
        css: { width: c.clientWidth, height: c.clientHeight },
      };
    });
  const before = await mapState();
  await atlas.page.getByRole('button', { name: 'Export', exact: true }).click();
  const panel = atlas.page.getByTestId('panel');
  const resolution = panel.getByRole('group', { name: 'Resolution' });
  await expect(resolution.getByRole('radio', { name: 'Print (2×)' })).toBeChecked();

  const download = async (name: string) => {
    const [png] = await Promise.all([
      atlas.page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download the map as PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    await expect(panel.getByText(/^Downloaded silk-road-atlas-.*\.png$/)).toBeVisible();
    const file = test.info().outputPath(name);
    await png.saveAs(file);
    const buf = readFileSync(file);
    expect([...buf.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    return buf;
  };

  const twice = await download('map-2x.png');
  const size2 = pngSize(twice);
  // The picture is the map at 2× with a legend column beside it and margins (the pure
  // layout's width), and taller than the map by the title band and the footer.
  expect(before.css.width).toBeGreaterThanOrEqual(LAYOUT.besideFrom);
  expect(size2.width).toBe(2 * pictureWidth(before.css.width));
  const bands =
    2 * LAYOUT.margin + LAYOUT.titleLine + LAYOUT.subtitleLine + 2 * LAYOUT.gap + LAYOUT.footerTop;
  expect(size2.height).toBeGreaterThan(2 * (before.css.height + bands + 3 * LAYOUT.footerLine));
  await expect(panel.getByText(`${size2.width} × ${size2.height} px`)).toBeVisible();
  // Not a blank picture: a PNG of a drawn map with text compresses far worse than an empty one.
  expect(twice.length).toBeGreaterThan(100_000);
  // The map is back at its own pixel ratio, its canvas at its own size.
  expect(await mapState()).toEqual(before);

  await resolution.getByRole('radio', { name: 'Screen (1×)' }).check();
  const once = await download('map-1x.png');
  const size1 = pngSize(once);
  expect(size1.width).toBe(pictureWidth(before.css.width));
  expect(Math.abs(size1.height * 2 - size2.height)).toBeLessThanOrEqual(2);
  expect(once.length).toBeLessThan(twice.length);
  expect(await mapState()).toEqual(before);

  // 3× fits this map within the GPU's and MapLibre's limits (4096 px): drawn at 3×.
  expect(3 * Math.max(before.css.width, before.css.height)).toBeLessThanOrEqual(4096);
  await resolution.getByRole('radio', { name: 'Large (3×)' }).check();
  const thrice = pngSize(await download('map-3x.png'));
  expect(thrice.width).toBe(3 * pictureWidth(before.css.width));
  expect(await mapState()).toEqual(before);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the PNG puts the legend below a narrow map, its filters in words (ru)', async ({
    atlas,
  }) => {
    const { page } = atlas;
    await atlas.open('lang=ru&sectors=energy,transport');
    const css = await page.evaluate(() => {
      const c = (window as unknown as { __map: import('maplibre-gl').Map }).__map.getContainer();
      return { width: c.clientWidth, height: c.clientHeight };
    });
    expect(css.width).toBeLessThan(LAYOUT.besideFrom);
    await page.locator('details.tools-menu > summary').click();
    await page.locator('.tools-menu-list').getByRole('button', { name: 'Экспорт' }).click();
    const panel = page.getByTestId('panel');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Скачать карту в PNG' }).click(),
    ]);
    const file = test.info().outputPath('map-phone-ru.png');
    await png.saveAs(file);
    const size = pngSize(readFileSync(file));
    // No column beside the map: the picture is the map's width plus the margins, at 2×.
    expect(size.width).toBe(2 * pictureWidth(css.width));
    expect(pictureWidth(css.width)).toBe(css.width + 2 * LAYOUT.margin);
    // The legend below makes it taller than map, title and footer alone.
    expect(size.height).toBeGreaterThan(2 * (css.height + 8 * LAYOUT.row));
  });
});

test('charts open on request, in the interface language, each with a table', async ({ atlas }) => {
  const lazy = trackLazyChunks(atlas);
  await atlas.open();
  await atlas.page.getByRole('button', { name: 'Charts', exact: true }).click();
  const panel = atlas.page.getByTestId('panel');
  await expect(panel.getByRole('heading', { level: 2, name: 'Charts' })).toBeVisible();
  expect(lazy).toContain('Charts');

  const trade = panel.getByRole('table', {
    name: 'Kyrgyzstan’s trade with SCO member countries, 2007',
  });
  await expect(trade).toBeAttached();
  await expect(trade.getByRole('row', { name: /Russia/ })).toContainText('50.9%');
  await panel.getByTestId('chart-trade').getByRole('button', { name: 'Show as a table' }).click();
  await expect(trade).toBeVisible();
  await expect(panel.getByTestId('chart-trade').locator('svg rect')).toHaveCount(3);

  const investment = panel.getByRole('table', { name: /Chinese investment and contracts/ });
  await expect(investment.getByRole('row', { name: /energy/ })).toContainText('2.5 billion USD');
  const status = panel.getByRole('table', { name: 'Projects by status, year by year' });
  await expect(status.getByRole('row', { name: /^2026/ })).toBeAttached();
  // Sources open to the article's words.
  await panel.getByTestId('chart-investment').locator('details.cite summary').first().click();
  await expect(
    panel.getByTestId('chart-investment').locator('blockquote[lang="ky"]'),
  ).toBeVisible();

  // The same charts in Russian.
  await atlas.page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await expect(panel.getByRole('heading', { level: 2, name: 'Диаграммы' })).toBeVisible();
  await expect(
    panel.getByRole('table', { name: 'Товарооборот Кыргызстана со странами ШОС, 2007' }),
  ).toBeAttached();
});

test('the reader’s own file: a bad one is explained, a good one drawn, then removed', async ({
  atlas,
}) => {
  const sent: string[] = [];
  atlas.page.on('request', (r) => {
    if (r.method() !== 'GET') sent.push(`${r.method()} ${r.url()}`);
  });
  await atlas.open();
  await atlas.page.getByRole('button', { name: 'Add data' }).click();
  const panel = atlas.page.getByTestId('panel');
  await expect(panel.getByRole('heading', { level: 2, name: 'Your data' })).toBeVisible();
  const input = panel.locator('input[type="file"]');

  await input.setInputFiles({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('name,lon,lat\nOffice,74.6,abc\nDepot,274.6,40\n'),
  });
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText('bad.csv › row 2 › lat › “abc” is not a number');
  await expect(alert).toContainText('bad.csv › row 3 › lon › longitude 274.6 is outside −180…180');
  await expect(alert).toContainText('bad.csv › nothing in it can be drawn');

  const good = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { name: 'Office' },
        geometry: { type: 'Point', coordinates: [74.6, 42.87] },
      },
      {
        type: 'Feature',
        properties: { name: 'Depot' },
        geometry: { type: 'Point', coordinates: [72.8, 40.53] },
      },
      {
        type: 'Feature',
        properties: { name: 'Route' },
        geometry: {
          type: 'LineString',
          coordinates: [
            [74.6, 42.87],
            [72.8, 40.53],
          ],
        },
      },
    ],
  };
  await input.setInputFiles({
    name: 'sites.geojson',
    mimeType: 'application/geo+json',
    buffer: Buffer.from(JSON.stringify(good)),
  });
  await expect(alert).toBeEmpty();
  await expect(panel.getByRole('listitem').filter({ hasText: 'sites.geojson' })).toContainText(
    'points: 2, lines: 1, areas: 0',
  );
  const userLayerIds = () =>
    atlas.page.evaluate(() =>
      (window as unknown as { __map: import('maplibre-gl').Map }).__map
        .getStyle()
        .layers.map((l) => l.id)
        .filter((id) => id.startsWith('user-')),
    );
  const ids = await userLayerIds();
  const points = ids.find((id) => id.endsWith('-point'))!;
  const lines = ids.find((id) => id.endsWith('-line'))!;
  const rendered = (layer: string) =>
    atlas.page.evaluate(
      (l) =>
        (window as unknown as { __map: import('maplibre-gl').Map }).__map.queryRenderedFeatures({
          layers: [l],
        }).length,
      layer,
    );
  await expect.poll(() => rendered(points)).toBe(2);
  await expect.poll(() => rendered(lines)).toBeGreaterThan(0);
  // Nothing was sent anywhere: no request but GETs (and the fixture checks none left localhost).
  expect(sent).toEqual([]);
  await panel.getByRole('button', { name: 'Remove sites.geojson from the map' }).click();
  await expect(panel.getByRole('listitem').filter({ hasText: 'sites.geojson' })).toHaveCount(0);
  await expect.poll(userLayerIds).toEqual([]);
});

test('the reader’s files: one that cannot be read is named, and the others’ problems are kept', async ({
  atlas,
}) => {
  await atlas.open();
  await atlas.page.getByRole('button', { name: 'Add data' }).click();
  const panel = atlas.page.getByTestId('panel');
  // 1.2 MB: one property nested 600,000 arrays deep (too deep to write back as JSON).
  const depth = 600_000;
  const deep = `{"type":"Feature","geometry":{"type":"Point","coordinates":[74.6,42.87]},"properties":{"deep":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
  await panel.locator('input[type="file"]').setInputFiles([
    { name: 'deep.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(deep) },
    {
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('name,lon,lat\nOffice,74.6,abc\n'),
    },
  ]);
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText('bad.csv › row 2 › lat › “abc” is not a number');
  // Whether an engine can write the deep value back as JSON depends on its stack (Node's
  // cannot: tests/unit/userdata.test.ts); either way the file is drawn or named, never lost.
  await expect(
    alert
      .filter({ hasText: 'deep.geojson › the file could not be read: ' })
      .or(panel.getByRole('listitem').filter({ hasText: 'deep.geojson' })),
  ).toBeVisible();
  // The fixture checks that nothing was thrown unhandled and nothing logged as an error.
});
