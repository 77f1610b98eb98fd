/** A small atlas loaded into the app's store, for component tests. */
import { waitFor } from '@testing-library/react';
import { useAtlas } from '../../src/state/index.ts';
import { emptyAtlas } from '../../src/data/validate.ts';
import type { Atlas } from '../../src/data/registry.ts';
import { meeting, place, project } from '../unit/fixtures.ts';

export const fixtureAtlas = (): Atlas => ({
  ...emptyAtlas(),
  places: [place('bishkek'), place('osh', [72.8, 40.5])],
  projects: [project('road-a', 'transport'), project('line-a', 'energy')],
  meetings: [
    meeting('summit-2007', 'bishkek', '2007-08-16'),
    meeting('summit-2013', 'osh', '2013-09-13'),
  ],
});

export function loadAtlas(atlas: Atlas = fixtureAtlas()) {
  useAtlas.getState().setContent(atlas, []);
  return useAtlas;
}

/**
 * Waits until the side panel shows what it was asked for: a record's panel, the about page
 * and a feature of the reader's data are lazy chunks, shown as "Loading…" until they arrive.
 */
export const panelShown = () =>
  waitFor(() => {
    if (document.querySelector('[data-testid="panel"] .panel-loading'))
      throw new Error('the side panel is still loading');
  });
