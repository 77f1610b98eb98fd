import { describe, expect, it } from 'vitest';
import { isOwnScript } from '../../src/trustedTypes.ts';

describe('the Trusted Types policy', () => {
  const origin = 'http://127.0.0.1:4173';
  it('passes this origin’s built script files (MapLibre’s worker) and nothing else', () => {
    expect(isOwnScript('/assets/maplibre-gl-worker-BZ1x_9.js', origin)).toBe(true);
    expect(isOwnScript(`${origin}/assets/index-abc.mjs`, origin)).toBe(true);
    for (const url of [
      'https://evil.example/assets/x.js',
      '//evil.example/assets/x.js',
      'data:text/javascript,alert(1)',
      'blob:http://127.0.0.1:4173/1234',
      'javascript:alert(1)',
      '/assets/../evil.js',
      '/assets/sub/x.js',
      '/assets/x.js?y',
      '/x.js',
      '/assets/data.json',
    ])
      expect(isOwnScript(url, origin), url).toBe(false);
  });
});
