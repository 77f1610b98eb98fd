/**
 * Embedding the atlas in another page. Pure: the view is the link (state/url.ts and
 * state/basemapUrl.ts keep the address bar in step with the store), so an embed is the same
 * query on the embed page (embed.html, the only page other sites may frame), and the way back
 * is the same query on the full atlas.
 */
import type { BasemapChoice } from '../basemaps.ts';
import type { Lang } from '../data/schema.ts';
import { writeBasemap } from '../state/basemapUrl.ts';

export const EMBED_PAGE = 'embed.html';

/** Parameters that belong to one browser session, never to a shared link. */
const PRIVATE = ['debug'];

function withPage(href: string, page: string, set: (search: string) => string): string {
  const u = new URL(href);
  u.pathname = u.pathname.replace(/[^/]*$/, page);
  u.hash = '';
  const q = new URLSearchParams(u.search);
  for (const k of PRIVATE) q.delete(k);
  const search = set(q.toString());
  u.search = search ? `?${search}` : '';
  // Keep commas and colons readable, as the atlas writes them.
  return u.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}

/**
 * The embed page's address for the view at `atlasHref` (the full atlas's current address),
 * with the language and the basemap always stated, so the embed does not depend on the
 * visitor's browser language.
 */
export function embedUrl(atlasHref: string, view: { lang: Lang; basemap: BasemapChoice }): string {
  return withPage(atlasHref, EMBED_PAGE, (search) => {
    const q = new URLSearchParams(search);
    q.set('lang', view.lang);
    return writeBasemap(q.toString(), view.basemap);
  });
}

/** The full atlas's address for the view an embed shows (`embedHref`: the embed's address). */
export function fullAtlasUrl(embedHref: string): string {
  return withPage(embedHref, '', (search) => search);
}

/** An HTML attribute value, quoted: the characters that could end or change it are escaped. */
const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface EmbedOptions {
  /** The iframe's accessible name. */
  title: string;
  /** Height in CSS pixels (the width follows the host page's column). */
  height?: number;
}

/** The `<iframe>` snippet a host page pastes in. */
export function embedSnippet(src: string, { title, height = 600 }: EmbedOptions): string {
  const h = Math.round(Math.min(2000, Math.max(300, height)));
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${h}" style="border:0" loading="lazy" allow="clipboard-write"></iframe>`;
}
