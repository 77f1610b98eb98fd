/**
 * Component tests: a fresh DOM and a fresh store for every test, and no network (a panel
 * that fetches, such as a measurement's border file, gets a failure it must handle).
 */
import { afterEach, beforeEach, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import { useAtlas } from '../../src/state/index.ts';

beforeEach(() => {
  vi.stubGlobal('fetch', () => Promise.reject(new Error('no network in component tests')));
});

afterEach(() => {
  cleanup();
  useAtlas.setState(useAtlas.getInitialState(), true);
  vi.unstubAllGlobals();
});
