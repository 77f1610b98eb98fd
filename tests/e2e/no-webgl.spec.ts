/** A browser without WebGL still gets the whole content, and no uncaught error. */
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
  // When the list first shows a city, in ms since navigation start (performance.now()).
  await page.addInitScript(() => {
    const w = window as unknown as { __listShownAt?: number };
    new MutationObserver((_, observer) => {
      const buttons = document.querySelectorAll('nav button');
      if ([...buttons].some((b) => b.textContent?.startsWith('Bishkek'))) {
        w.__listShownAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto('/');
  await expect(
    page.getByRole('heading', { name: 'The map cannot be drawn on this device' }),
  ).toBeVisible();
  const list = page.getByRole('navigation');
  await expect(list.getByRole('button', { name: /^Bishkek \d/ })).toBeVisible();
  const shownAt = await page.evaluate(
    () => (window as unknown as { __listShownAt?: number }).__listShownAt,
  );
  test.info().annotations.push({ type: 'list shown after (ms)', description: String(shownAt) });
  expect(shownAt, 'the list of content, ms after navigation start').toBeLessThan(1000);
  await list.getByRole('button', { name: /^Bishkek \d/ }).click();
  await expect(page.getByTestId('panel').getByText('16 August 2007').first()).toBeVisible();
  expect(errors).toEqual([]);
});
