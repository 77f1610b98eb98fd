/** A browser without WebGL still gets the whole content, and no uncaught error. */
import { test, expect } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';

test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--disable-3d-apis'],
  },
});

test('says so, lists the content, and opens a record from the list', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('/');
  await expect(
    page.getByRole('heading', { name: 'The map cannot be drawn on this device' }),
  ).toBeVisible();
  const list = page.getByRole('navigation');
  await expect(list.getByRole('button', { name: /^Bishkek \d/ })).toBeVisible();
  await list.getByRole('button', { name: /^Bishkek \d/ }).click();
  await expect(page.getByTestId('panel').getByText('16 August 2007').first()).toBeVisible();
  expect(errors).toEqual([]);
});
