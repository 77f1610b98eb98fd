import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CAP, Distances } from '../../src/panels/Distances.tsx';
import { fixtureAtlas, loadAtlas } from './atlas.ts';
import { project } from '../unit/fixtures.ts';

describe('Distances', () => {
  it('computes nothing until opened, then lists the nearest CAP until asked for all', async () => {
    const many = Array.from({ length: CAP + 12 }, (_, i) => project(`road-${i}`, 'transport'));
    loadAtlas({ ...fixtureAtlas(), projects: many });
    const user = userEvent.setup();
    const { container } = render(<Distances at={[74.6, 42.87]} />);
    expect(container.querySelectorAll('li'), 'closed: no rows rendered').toHaveLength(0);
    await user.click(screen.getByText('Distance to each project'));
    await screen.findByRole('button', { name: `Show all ${many.length}` }, { timeout: 60_000 });
    expect(container.querySelectorAll('li')).toHaveLength(CAP);
    await user.click(screen.getByRole('button', { name: `Show all ${many.length}` }));
    expect(container.querySelectorAll('li')).toHaveLength(many.length);
  });
});
