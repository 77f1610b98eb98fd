/**
 * Validates the committed geodata at build time (the same validation the app runs, every
 * record and the cross-file checks) and, if all of it passes, gives the app each file's
 * text hash as `__GEODATA_VERIFIED__` (see src/data/verified.ts): the app then skips the
 * schemas for exactly those texts on its way to the first map. Content with any problem
 * gives no hashes, so the app validates it at run time and names the problems, as before.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildAtlas, formatProblem } from '../src/data/validate.ts';
import { DATASET_FILES, LOAD_ORDER, textHash, type Verified } from '../src/data/verified.ts';

export function verifiedGeodata(root = join(import.meta.dirname, '..', 'geodata')): Verified {
  const texts = Object.fromEntries(
    LOAD_ORDER.map((k) => [k, readFileSync(join(root, DATASET_FILES[k].file), 'utf8')]),
  );
  const { problems } = buildAtlas(texts);
  if (problems.length) {
    console.warn(
      `geodata has ${problems.length} problem(s); the app will validate it at run time:\n  ` +
        problems.slice(0, 5).map(formatProblem).join('\n  '),
    );
    return {};
  }
  return Object.fromEntries(LOAD_ORDER.map((k) => [k, textHash(texts[k] ?? '')]));
}

export function geodataVerified(): Plugin {
  return {
    name: 'atlas-geodata-verified',
    config: () => ({ define: { __GEODATA_VERIFIED__: JSON.stringify(verifiedGeodata()) } }),
  };
}
