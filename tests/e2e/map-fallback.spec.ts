/**
 * WebGL that the page's probe finds but MapLibre cannot use: its constructor throws
 * (react-map-gl catches it and calls onError). The reader gets the same "map unavailable"
 * view as without WebGL, and the whole content in the list.
 */
import { test, expect } from './fixtures.ts';

test('a map that cannot start shows the no-WebGL view and the content list', async ({ atlas }) => {
  const page = atlas.page;
  await page.addInitScript(() => {
    // The app's probe (a plain canvas) gets WebGL; the map's own canvas gets none, which
    // MapLibre finds only inside its constructor ("Failed to initialize WebGL").
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (/webgl/.test(type) && this.classList.contains('maplibregl-canvas')) return null;
      return (original as (t: string, ...r: unknown[]) => RenderingContext | null).call(
        this,
        type,
        ...rest,
      );
    } as typeof original;
  });
  await page.goto('/?debug');
  await expect(
    page.getByRole('heading', { name: 'The map cannot be drawn on this device' }),
  ).toBeVisible();
  const list = page.getByRole('navigation');
  await list.getByRole('button', { name: /^Bishkek \d/ }).click();
  await expect(page.getByTestId('panel').getByText('16 August 2007').first()).toBeVisible();
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);
});
