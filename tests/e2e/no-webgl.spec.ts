/**
 * A browser without WebGL still gets the whole content, and no uncaught error. (How soon the
 * content shows is a bench figure, `scripts/bench`: a test asserts behaviour, never time.)
 */
import { test, expect } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config.ts';

test.use({
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--disable-3d-apis'],
  },
});

test('says so, lists the content, and opens a record from the list', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto('/');
  await expect(
    page.getByRole('heading', { name: 'The map cannot be drawn on this device' }),
  ).toBeVisible();
  // The whole content, as a list: cities and projects.
  const list = page.getByRole('navigation');
  await expect(list.getByRole('button', { name: /^Bishkek \d/ })).toBeVisible();
  await expect(list.getByRole('button', { name: /Datka/ }).first()).toBeVisible();
  // A record opens from the list, with its facts.
  await list.getByRole('button', { name: /^Bishkek \d/ }).click();
  const panel = page.getByTestId('panel');
  await expect(panel.getByRole('heading', { level: 2, name: 'Bishkek' })).toBeVisible();
  await expect(panel.getByText('16 August 2007').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0); // no load failed
  expect(errors).toEqual([]);
});
