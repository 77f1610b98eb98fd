/**
 * Every panel, in Kyrgyz and in Russian, holds no English interface text: each English string
 * of src/i18n/en.ts (cut at its placeholders) is looked for in what the panels render — text,
 * folded text and accessible names — and any one found fails the test. Fragments the other
 * language also writes (names and codes such as GeoJSON, GeoNames, MapLibre) are not English.
 */
import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { en } from '../../src/i18n/en.ts';
import { messages } from '../../src/i18n/index.ts';
import type { Lang } from '../../src/data/schema.ts';
import { Header } from '../../src/panels/Header.tsx';
import { Legend } from '../../src/panels/Legend.tsx';
import { Timeline } from '../../src/panels/Timeline.tsx';
import { Filters } from '../../src/panels/Filters.tsx';
import { Tools } from '../../src/panels/Tools.tsx';
import { SidePanel } from '../../src/panels/SidePanel.tsx';
import { contentStrings, loadRealAtlas } from './realAtlas.ts';
import { panelShown } from './atlas.ts';

/** The English fragments worth looking for: words, not names or codes. */
function englishFragments(lang: Lang): string[] {
  const own = Object.values(messages[lang]).join('\n');
  const out = new Set<string>();
  for (const value of Object.values(en)) {
    for (const part of value.split(/\{\{[^}]*\}\}|\$t\([^)]*\)|[…:()·]/)) {
      const f = part.trim().replace(/^[,.;—–-]\s*|\s*[,.;—–-]$/g, '');
      // At least one lower-case English word of four letters: "Close", "more meetings here".
      if (!/\b[A-Za-z]*[a-z]{3}[A-Za-z]*\b/.test(f) || f.length < 5) continue;
      if (own.includes(f)) continue;
      out.add(f);
    }
  }
  return [...out];
}

/** All the text a reader or a screen reader meets in the element. */
function readable(root: Element): string {
  const attrs = [...root.querySelectorAll('*')].flatMap((el) =>
    ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription']
      .map((a) => el.getAttribute(a))
      .filter((v): v is string => !!v),
  );
  // Addresses are not interface text: a link's URL names its page in the page's own words.
  // A space after each link, so that cutting a URL out stops where the link does (a source's
  // note follows its link with no space between them in textContent).
  const copy = root.cloneNode(true) as Element;
  for (const a of copy.querySelectorAll('a')) a.after(' ');
  return `${copy.textContent ?? ''}\n${attrs.join('\n')}`.replace(/https?:\/\/\S+/g, ' ');
}

const found = (text: string, fragments: string[]) =>
  fragments.filter((f) =>
    new RegExp(`(^|[^A-Za-z])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z])`).test(text),
  );

describe('no English interface text in ky or ru', () => {
  it('finds an English string when one is there (the check can fail)', () => {
    const fragments = englishFragments('ru');
    expect(found('Ещё: Close', fragments)).toContain('Close');
    expect(found('Закрыть', fragments)).toEqual([]);
  });

  for (const lang of ['ky', 'ru'] as const) {
    it(`every panel in ${lang}`, async () => {
      const store = loadRealAtlas();
      const fragments = englishFragments(lang);
      // Names and texts from the content are shown as the content gives them (a publisher
      // "People's Daily Online", an alias "Osh City Clinical Hospital"): take them out first.
      // (Chips shorten a publisher to its first part: "Official website of the 2013 SCO summit".)
      const content = contentStrings()
        .flatMap((c) => [c, c.split(/[;(]/)[0]!.trim()])
        .filter((c) => fragments.some((f) => c.includes(f)))
        .sort((a, b) => b.length - a.length);
      const withoutContent = (text: string) => content.reduce((t, c) => t.replaceAll(c, ' '), text);
      act(() => store.getState().setLang(lang));
      const { container } = render(
        <>
          <Header />
          <Legend />
          <Timeline />
          <Filters />
          <Tools />
          <SidePanel />
        </>,
      );
      const leftovers = new Map<string, string[]>();
      const check = (view: string) => {
        const hits = found(withoutContent(readable(container)), fragments);
        if (hits.length) leftovers.set(view, hits);
      };
      check('contents');
      const { atlas } = store.getState();
      for (const place of atlas.places) {
        act(() => store.getState().select('place', place.properties.id));
        await panelShown();
        check(`place ${place.properties.id}`);
      }
      for (const project of atlas.projects) {
        act(() => store.getState().select('project', project.properties.id));
        await panelShown();
        check(`project ${project.properties.id}`);
      }
      act(() => store.getState().clearSelection());
      act(() => store.getState().setShowAbout(true));
      await panelShown();
      check('about');
      act(() => store.getState().setShowAbout(false));
      for (const [tool, heading] of [
        ['charts', 'charts.title'],
        ['export', 'export.title'],
        ['data', 'userdata.title'],
      ] as const) {
        act(() => store.getState().openPanel(tool));
        await screen.findByRole(
          'heading',
          { level: 2, name: messages[lang][heading] },
          { timeout: 30_000 },
        );
        check(tool);
      }
      act(() => store.getState().setProbe({ lng: 74.6, lat: 42.87 }));
      await screen.findByRole(
        'heading',
        { level: 2, name: messages[lang]['probe.title'] },
        { timeout: 30_000 },
      );
      check('point');
      expect(Object.fromEntries(leftovers)).toEqual({});
    }, 120_000);
  }
});
