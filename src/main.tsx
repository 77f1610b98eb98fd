import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadAtlas } from './data/load.ts';
import { useAtlas } from './state/index.ts';
import './styles.css';

/** embed.html (scripts/vite-embed-page.ts) is the atlas framed in another page. */
const isEmbedPage = (path: string) => /\/embed\.html$/.test(path);

// The content starts loading before the first render, in parallel with the map's chunks.
void loadAtlas().then(({ atlas, problems }) => useAtlas.getState().setContent(atlas, problems));

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App embed={isEmbedPage(location.pathname)} />
    </StrictMode>,
  );
