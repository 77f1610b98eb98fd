/**
 * The named places on the real data: each one is found by search under every name it has
 * (Kyrgyz, Russian, English and aliases, in any script), and a place and the projects that
 * name it are linked both ways.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasets, DATASET_KEYS } from '../../src/data/registry.ts';
import { buildAtlas } from '../../src/data/validate.ts';
import { buildLookup, linkedOnMap } from '../../src/data/lookup.ts';
import { buildSearchIndex, search } from '../../src/data/search.ts';
import { LANGS } from '../../src/data/schema.ts';

const root = join(import.meta.dirname, '..', '..', 'geodata');
const { atlas } = buildAtlas(
  Object.fromEntries(
    DATASET_KEYS.map((k) => [k, readFileSync(join(root, datasets[k].file), 'utf8')]),
  ),
);
const lookup = buildLookup(atlas);
const index = buildSearchIndex(atlas, lookup);

describe('named places', () => {
  it('are found by search under every name and alias, in three scripts', () => {
    const misses: string[] = [];
    for (const p of atlas.places) {
      const q = p.properties;
      for (const name of [q.name.ky, q.name.ru, q.name.en, ...q.aliases])
        for (const lang of LANGS) {
          const hits = search(index, name, lang, 50).filter((e) => e.kind === 'place');
          if (!hits.some((e) => e.target.id === q.id))
            misses.push(`${q.id} as “${name}” (${lang})`);
        }
    }
    expect(misses).toEqual([]);
  });

  it('rank the place itself first when searched by its own name', () => {
    for (const id of ['torugart', 'irkeshtam', 'kazarman', 'tokmok', 'makmal'])
      for (const lang of LANGS) {
        const p = lookup.places.get(id)!.properties;
        expect(search(index, p.name[lang], lang)[0]?.target, `${id} (${lang})`).toEqual({
          kind: 'place',
          id,
        });
      }
  });

  it('finds the Kyrgyz form and the Russian form of a Kyrgyz town alike', () => {
    for (const q of ['Токмок', 'Токмак', 'Tokmok', 'tokmak'])
      expect(search(index, q, 'ky').find((e) => e.kind === 'place')?.target.id).toBe('tokmok');
  });

  it('links a place and the projects that name it, both ways', () => {
    expect(
      lookup.projectsAt.get('torugart')?.map((x) => [x.project.properties.id, x.role]),
    ).toEqual([['railway-china-kyrgyzstan-uzbekistan', 'crossing']]);
    expect(linkedOnMap(lookup, 'place', 'kazarman').projects).toEqual(['road-north-south']);
    const places = linkedOnMap(lookup, 'project', 'road-north-south').places;
    expect(places).toEqual(expect.arrayContaining(['balykchy', 'kazarman', 'jalal-abad']));
    // A place with no known position is not on the map, so it is not highlighted there.
    expect(places).not.toContain('kyzyl-jyldyz');
  });
});
