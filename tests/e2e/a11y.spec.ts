/**
 * Accessibility, checked by a tool no one here wrote: axe-core's WCAG 2.1 A and AA rules on
 * every view a reader meets — the first view, a city's panel (Bishkek), a project's panel
 * (with its measurements), the filters, each tool, the article reader, and the phone sheet —
 * in all three languages. Goal: no violation at all.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { en } from '../../src/i18n/en.ts';
import { ky } from '../../src/i18n/ky.ts';
import { ru } from '../../src/i18n/ru.ts';
import type { Lang } from '../../src/data/schema.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The violations on the page as "rule: target, target" lines (empty when there are none). */
async function violations(page: Page, disable: string[] = []): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).disableRules(disable).analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

const LANGS: Lang[] = ['ky', 'ru', 'en'];
/** The interface strings, read from the language files (the app loads them lazily). */
const messages: Record<Lang, Record<string, string>> = { ky, ru, en };
const BISHKEK: Record<Lang, string> = { ky: 'Бишкек', ru: 'Бишкек', en: 'Bishkek' };
const RAILWAY: Record<Lang, string> = {
  ky: 'Кытай – Кыргызстан – Өзбекстан темир жолу',
  ru: 'Железная дорога Китай – Кыргызстан – Узбекистан',
  en: 'China–Kyrgyzstan–Uzbekistan railway',
};

for (const lang of LANGS) {
  const t = (k: string) => messages[lang][k]!;

  test(`axe finds nothing on the desktop views in ${lang}`, async ({ atlas }) => {
    // One page load, then the reader's own clicks: a dozen axe runs on a slow machine.
    test.setTimeout(900_000);
    const { page } = atlas;
    const found: Record<string, string[]> = {};
    const check = async (view: string, disable: string[] = []) => {
      const v = await violations(page, disable);
      if (v.length) found[view] = v;
      console.log(`axe ${lang} ${view}: ${v.length ? v.join(' | ') : 'none'}`);
    };
    const panel = page.getByTestId('panel');
    const openFolds = () =>
      panel.evaluate((el) => el.querySelectorAll('details').forEach((d) => (d.open = true)));
    const close = () => panel.getByRole('button', { name: t('panel.close') }).click();

    await atlas.open(`lang=${lang}`);
    await check('first view');

    await panel
      .getByRole('button', { name: new RegExp(`^${BISHKEK[lang]}`) })
      .first()
      .click();
    await expect(panel.locator('#place-summary')).toBeVisible();
    await openFolds(); // the folded parts are checked too
    await check('city panel (Bishkek)');
    await close();

    await panel
      .getByRole('button', { name: new RegExp(`^${RAILWAY[lang]}`) })
      .first()
      .click();
    await expect(panel.getByRole('heading', { level: 2, name: RAILWAY[lang] })).toBeVisible();
    await openFolds();
    await check('project panel (with its measurements)');
    await close();

    await page.locator('details.filters > summary').click();
    await expect(page.locator('details.filters[open]')).toBeVisible();
    await check('filters');

    const tools = page.locator('.tool-buttons');
    for (const [key, heading] of [
      ['tools.charts', 'charts.title'],
      ['tools.export', 'export.title'],
      ['tools.data', 'userdata.title'],
      ['tools.point', 'probe.title'],
    ] as const) {
      await tools.getByRole('button', { name: t(key), exact: true }).click();
      await expect(panel.getByRole('heading', { level: 2, name: t(heading) })).toBeVisible();
      await check(`tool: ${t(key)}`);
    }

    await page
      .getByRole('button', { name: t('reader.open') })
      .first()
      .click();
    await expect(page.getByTestId('reader').getByRole('heading', { level: 2 })).toBeVisible();
    await check('article reader');

    // The project and meeting tables, each opened by its link (view=table, view=meetings).
    for (const [view, name] of [
      ['table', 'project table'],
      ['meetings', 'meeting table'],
    ] as const) {
      await atlas.open(`lang=${lang}&view=${view}`);
      await expect(page.getByTestId('table').locator('tbody tr[data-key]').first()).toBeVisible();
      await check(name);
    }

    expect(found).toEqual({});
    expect(atlas.errors).toEqual([]);
  });

  test.describe(`on a phone (${lang})`, () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

    test(`axe finds nothing on the phone sheet in ${lang}`, async ({ atlas }) => {
      test.setTimeout(600_000);
      const { page } = atlas;
      const found: Record<string, string[]> = {};
      await atlas.open(`lang=${lang}`);
      let v = await violations(page);
      if (v.length) found['first view'] = v;
      await atlas.open(`lang=${lang}&sel=place:bishkek`);
      await expect(page.getByTestId('panel').locator('#place-summary')).toBeVisible();
      v = await violations(page);
      if (v.length) found['sheet: Bishkek'] = v;
      expect(found).toEqual({});
    });
  });
}
