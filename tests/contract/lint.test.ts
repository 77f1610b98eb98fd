/**
 * The lint rules reach every file they are meant for: the react-hooks rules check hooks in
 * plain .ts modules (src/state/useUrlSync.ts, src/panels/useSettled.ts) as well as in .tsx.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT });

/** A hook called conditionally, and an effect that forgets a dependency. */
const BAD_HOOKS = `import { useEffect, useState } from 'react';
export function useProbe(on: boolean, value: number) {
  if (on) useState(0);
  const [n, setN] = useState(0);
  useEffect(() => setN(value + n), []);
  return n;
}
`;

describe('lint', () => {
  it.each(['src/state/useLintProbe.ts', 'src/panels/useLintProbe.ts', 'src/panels/LintProbe.tsx'])(
    'applies the react-hooks rules to %s',
    async (file) => {
      const [result] = await eslint.lintText(BAD_HOOKS, { filePath: join(ROOT, file) });
      const rules = result!.messages.map((m) => m.ruleId);
      expect(rules).toContain('react-hooks/rules-of-hooks');
      expect(rules).toContain('react-hooks/exhaustive-deps');
    },
    60_000, // ESLint loads its parser and plugins on the first file: seconds on a busy machine
  );

  it('refuses a page.evaluate that returns the map from a MapLibre method', async () => {
    const code = `declare const page: { evaluate(f: () => unknown): Promise<unknown> };
declare const window: { __map: { jumpTo(o: object): unknown } };
export const bad = () => page.evaluate(() => window.__map.jumpTo({ zoom: 4 }));
export const good = () => page.evaluate(() => void window.__map.jumpTo({ zoom: 4 }));
`;
    const [result] = await eslint.lintText(code, {
      filePath: join(ROOT, 'tests/e2e/lint-probe.spec.ts'),
    });
    const flagged = result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax');
    expect(flagged.map((m) => m.line)).toEqual([3]);
  }, 60_000);
});
