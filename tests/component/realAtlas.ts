/** The atlas's own content (geodata/), validated as the app does, for component tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAtlas } from '../../src/data/validate.ts';
import { DATASET_KEYS, datasets, type DatasetKey } from '../../src/data/registry.ts';
import { useAtlas } from '../../src/state/index.ts';

const texts = Object.fromEntries(
  DATASET_KEYS.map((k) => [
    k,
    readFileSync(join(import.meta.dirname, '..', '..', 'geodata', datasets[k].file), 'utf8'),
  ]),
) as Record<DatasetKey, string>;

export function loadRealAtlas() {
  const { atlas, problems } = buildAtlas(texts);
  if (problems.length) throw new Error(`geodata has problems: ${problems.length}`);
  useAtlas.getState().setContent(atlas, []);
  return useAtlas;
}

/** Every string in the content: names, titles and texts that panels show as they are. */
export const contentStrings = (): string[] => {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const text of Object.values(texts)) walk(JSON.parse(text));
  return out;
};
