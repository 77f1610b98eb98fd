/** Component tests: a fresh DOM and a fresh store for every test. */
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { useAtlas } from '../../src/state/index.ts';

afterEach(() => {
  cleanup();
  useAtlas.setState(useAtlas.getInitialState(), true);
});
