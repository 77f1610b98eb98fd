/**
 * The article reader beside the map (lazy chunk): the cleaned Kyrgyz text with its abstracts
 * and contents, the atlas's own translation for Russian and English readers, and every
 * passage the atlas quotes as a link. Choosing a passage selects its record (the map flies
 * there); selecting a record elsewhere scrolls here to its passages and marks them.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  ARTICLE_IDS,
  type ArticleDoc,
  type ArticleId,
  type ArticleTranslation,
} from '../../data/article.ts';
import { loadArticle, loadTranslation } from '../../data/articleLoad.ts';
import { indexBlocks, locate, quotesOf, type Quote, type Span } from '../../data/quotes.ts';
import { useAtlas } from '../../state/index.ts';
import type { ReaderLayout } from '../../state/slices/reader.ts';
import { useT } from '../useT.ts';
import { Block } from './Block.tsx';

type Loaded = { id: ArticleId; doc: ArticleDoc; tr: ArticleTranslation | null; lang: string };

const LAYOUTS: ReaderLayout[] = ['original', 'translation', 'both'];

export function Reader() {
  const [t, lang] = useT();
  const reading = useAtlas((s) => s.reading);
  const find = useAtlas((s) => s.readerFind);
  const layoutChoice = useAtlas((s) => s.readerLayout);
  const setLayout = useAtlas((s) => s.setReaderLayout);
  const open = useAtlas((s) => s.openReader);
  const close = useAtlas((s) => s.closeReader);
  const setParagraph = useAtlas((s) => s.setReaderParagraph);
  const passage = useAtlas((s) => s.readerPassage);
  const selection = useAtlas((s) => s.selection);
  const atlas = useAtlas((s) => s.atlas);
  const lookup = useAtlas((s) => s.lookup);
  const sources = lookup.sources;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const body = useRef<HTMLDivElement>(null);
  const id = reading?.id ?? 'article-sco';
  const layout: ReaderLayout = lang === 'ky' ? 'original' : layoutChoice;

  useEffect(() => {
    let live = true;
    const trLang = lang === 'ky' ? null : lang;
    Promise.all([loadArticle(id), trLang ? loadTranslation(id, trLang) : null]).then(
      ([doc, tr]) => live && (setLoaded({ id, doc, tr, lang }), setFailed(null)),
      (e: unknown) => live && setFailed(String(e)),
    );
    return () => {
      live = false;
    };
  }, [id, lang]);

  const doc = loaded?.id === id ? loaded.doc : null;
  const quotes: Quote[] = useMemo(() => quotesOf(atlas, lookup, id), [atlas, lookup, id]);
  const spans = useMemo(() => {
    if (!doc) return [];
    const index = indexBlocks(doc.blocks);
    return quotes.flatMap((q, quote) =>
      locate(index, q.passage).map((span: Span) => ({ quote, span, length: q.passage.length })),
    );
  }, [doc, quotes]);

  // Quotes about the selected record (or a meeting at the selected place).
  const marked = useMemo(() => {
    if (!selection) return new Set<number>();
    return new Set(
      quotes.flatMap((q, i) =>
        q.uses.some((u) => u.record === selection.id || u.target?.id === selection.id) ? [i] : [],
      ),
    );
  }, [quotes, selection]);

  const found = passage === null ? -1 : quotes.findIndex((q) => q.passage === passage);
  const active = found >= 0 ? found : null;

  // Opened from a citation: go to the passage's paragraph.
  useEffect(() => {
    if (!doc || !find) return;
    const i = quotes.findIndex((q) => q.passage === find);
    setParagraph(spans.find((s) => s.quote === i)?.span.n ?? null);
  }, [doc, find, quotes, spans, setParagraph]);

  // The link's paragraph: scroll there on open, back, forward and reload.
  const p = reading?.p ?? null;
  useEffect(() => {
    if (!doc || find) return;
    if (p === null) body.current?.scrollTo({ top: 0 });
    else document.getElementById(`read-p-${p}`)?.scrollIntoView({ block: 'start' });
  }, [doc, p, find]);

  // A record selected on the map or in the list: scroll to its first passage, unless the
  // passage the reader chose is already one of its own.
  useEffect(() => {
    if (!doc || marked.size === 0 || (active !== null && marked.has(active))) return;
    const first = spans.find((s) => marked.has(s.quote));
    if (first)
      body.current
        ?.querySelector(`[data-quote="${first.quote}"]`)
        ?.scrollIntoView({ block: 'center' });
    // Only when the selection changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc, marked]);

  const title = sources.get(id)?.title[lang] ?? id;
  const tr = loaded?.id === id ? loaded.tr : null;
  const showTr = layout !== 'original' && lang !== 'ky';
  const toc = doc?.blocks.filter((b) => b.kind === 'heading' || b.kind === 'abstract') ?? [];
  const firstText = doc?.blocks.find((b) => b.kind === 'p' && b.lang === 'ky');

  return (
    <section className="reader" aria-label={t('reader.title')} data-testid="reader">
      <div className="reader-bar">
        <div role="group" aria-label={t('reader.articles')} className="reader-tabs">
          {ARTICLE_IDS.map((a) => (
            <button
              key={a}
              type="button"
              aria-pressed={a === id}
              onClick={() => open(a)}
              title={sources.get(a)?.title[lang]}
            >
              {a === 'article-sco' ? 'SCO' : 'BRI'}
            </button>
          ))}
        </div>
        {lang !== 'ky' ? (
          <label className="reader-layout">
            {t('reader.layout')}{' '}
            <select value={layout} onChange={(e) => setLayout(e.target.value as ReaderLayout)}>
              {LAYOUTS.map((l) => (
                <option key={l} value={l}>
                  {t(`reader.layout.${l}`)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button type="button" className="close" onClick={close} aria-label={t('reader.close')}>
          ✕
        </button>
      </div>
      <div className="reader-body" ref={body}>
        <h2 lang={lang}>{title}</h2>
        {showTr ? (
          <p className="reader-note" role="note">
            {tr ? t('reader.unofficial') : t('reader.translationMissing')}
          </p>
        ) : null}
        {selection ? (
          <p className="muted small" role="status">
            {marked.size ? t('reader.marked', { count: marked.size }) : t('reader.noneMarked')}
          </p>
        ) : null}
        {failed ? <p role="alert">{t('reader.failed')}</p> : null}
        {!doc ? (
          <p role="status">{t('reader.loading')}</p>
        ) : (
          <>
            <nav aria-label={t('reader.toc')} className="reader-toc">
              <ol>
                {toc.map((b) => (
                  <li key={b.n}>
                    <a href={`?read=${id}&p=${b.n}`} onClick={go(() => setParagraph(b.n))}>
                      {b.kind === 'abstract' ? `${t('reader.abstract')} (${b.lang})` : b.text}
                    </a>
                  </li>
                ))}
                {firstText && !toc.some((b) => b.kind === 'heading') ? (
                  <li>
                    <a
                      href={`?read=${id}&p=${firstText.n}`}
                      onClick={go(() => setParagraph(firstText.n))}
                    >
                      {t('reader.text')}
                    </a>
                  </li>
                ) : null}
              </ol>
            </nav>
            <div className={`reader-text layout-${showTr ? layout : 'original'}`}>
              {doc.blocks.map((b) => (
                <Block
                  key={b.n}
                  id={id}
                  block={b}
                  translation={
                    showTr ? (tr?.paragraphs.find((x) => x.n === b.n)?.text ?? null) : null
                  }
                  showOriginal={!showTr || layout === 'both' || b.lang !== 'ky'}
                  showTranslation={showTr && b.lang === 'ky'}
                  trLang={lang}
                  spans={spans}
                  quotes={quotes}
                  active={active}
                  marked={marked}
                  current={p === b.n}
                />
              ))}
            </div>
          </>
        )}
      </div>
    </section>
  );
}

/** A link that works without script too, handled in place with script. */
const go = (f: () => void) => (e: React.MouseEvent) => {
  if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
  e.preventDefault();
  f();
};
