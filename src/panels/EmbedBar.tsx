/**
 * The embedded atlas's only header: its title and a link that opens the same view in the full
 * atlas, in a new tab. No search, tools or about page: the host page frames a view, and the
 * full atlas is one click away.
 */
import { fullAtlasUrl } from '../export/embed.ts';
import { useAtlas } from '../state/index.ts';
import { useT } from './useT.ts';

export function EmbedBar() {
  const [t] = useT();
  // Re-render when anything the link carries changes (the address bar follows the store).
  useAtlas((s) => s.selection);
  useAtlas((s) => s.filters);
  useAtlas((s) => s.camera);
  useAtlas((s) => s.basemap);
  const href = fullAtlasUrl(location.href);
  return (
    <header className="embed-bar">
      <p className="embed-title">{t('app.title')}</p>
      <a
        href={href}
        target="_blank"
        rel="noopener"
        // The address may have moved since the last render (a pan): read it at the click.
        onClick={(e) => {
          e.currentTarget.href = fullAtlasUrl(location.href);
        }}
      >
        {t('embed.openFull')} ↗
      </a>
    </header>
  );
}
