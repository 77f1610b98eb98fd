import { installTrustedTypes } from './trustedTypes.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { useAtlas } from './state/index.ts';
import { loadContent } from './state/loadContent.ts';
import { langOfSearch, loadLang } from './i18n/index.ts';
import { hasLinkState, loadLinkParser } from './state/url.ts';
import './styles.css';

// Before anything else: the one Trusted Types policy (MapLibre's worker URL), see trustedTypes.ts.
installTrustedTypes();

/** embed.html (scripts/vite-embed-page.ts) is the atlas framed in another page. */
const isEmbedPage = (path: string) => /\/embed\.html$/.test(path);

// The content starts loading before the first render, in parallel with the map's chunks;
// a failure is reported in the page, never left at "Loading…".
void loadContent(useAtlas);

// Only the reader's language is loaded (the one a link asks for, and the browser's); the
// others load when chosen. A language that fails to load leaves its keys showing. The link
// parser loads only for a link that carries state (state/url.ts).
const first = [useAtlas.getState().lang, langOfSearch(location.search) ?? useAtlas.getState().lang];
const root = document.getElementById('root');
void Promise.allSettled([
  ...first.map(loadLang),
  hasLinkState(location.search) ? loadLinkParser() : null,
]).then(() => {
  if (root)
    createRoot(root).render(
      <StrictMode>
        <App embed={isEmbedPage(location.pathname)} />
      </StrictMode>,
    );
});
