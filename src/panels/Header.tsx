/** Title, language switch and the way to the sources. */
import type { MouseEvent } from 'react';
import { LANGS, type Lang } from '../data/vocab.ts';
import { useAtlas } from '../state/index.ts';
import { useT } from './useT.ts';
import { Search } from './Search.tsx';
import { Tools } from './Tools.tsx';

const LANG_NAMES: Record<Lang, string> = { ky: 'Кыргызча', ru: 'Русский', en: 'English' };

/**
 * The skip link moves focus to the list (or to what the side panel shows instead) without
 * following the link: `#contents` would otherwise stay in the address the reader shares.
 */
function skipToList(e: MouseEvent<HTMLAnchorElement>) {
  e.preventDefault();
  const target =
    document.getElementById('contents') ??
    document.querySelector<HTMLElement>('[data-testid="panel"] h2');
  target?.focus();
  target?.scrollIntoView?.({ block: 'start' });
}

export function Header() {
  const [t, lang] = useT();
  const setLang = useAtlas((s) => s.setLang);
  const setShowAbout = useAtlas((s) => s.setShowAbout);
  const reading = useAtlas((s) => s.reading);
  const openReader = useAtlas((s) => s.openReader);
  const closeReader = useAtlas((s) => s.closeReader);
  return (
    <header className="topbar">
      <a className="skip" href="#contents" onClick={skipToList}>
        {t('app.skipToList')}
      </a>
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <p className="subtitle">{t('app.subtitle')}</p>
      </div>
      <Search />
      <div className="tools">
        <label className="lang">
          <span className="sr-only">{t('app.language')}</span>
          <select
            value={lang}
            onChange={(e) => setLang(e.target.value as Lang)}
            aria-label={t('app.language')}
          >
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <Tools />
        <button
          type="button"
          aria-pressed={reading !== null}
          onClick={() => (reading ? closeReader() : openReader('article-sco'))}
        >
          {t('reader.open')}
        </button>
        <button type="button" onClick={() => setShowAbout(true)}>
          {t('app.about')}
        </button>
      </div>
    </header>
  );
}
