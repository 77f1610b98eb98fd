/**
 * One numbered block of an article: its text with the quoted passages as links (and the
 * numbers in them as links to the value they became), its translation beside it, and —
 * under the passage the reader chose — what the atlas made of it.
 */
import type { ArticleBlock, ArticleId } from '../../data/article.ts';
import type { Quote, QuoteUse, Span } from '../../data/quotes.ts';
import { formatQuantity } from '../../i18n/format.ts';
import type { Lang, Quantity } from '../../data/schema.ts';
import { useAtlas } from '../../state/index.ts';
import { useT } from '../useT.ts';
import { fieldLabel } from './fields.ts';
import { runsOf } from './segments.ts';

interface Props {
  id: ArticleId;
  block: ArticleBlock;
  translation: string | null;
  showOriginal: boolean;
  showTranslation: boolean;
  trLang: Lang;
  spans: readonly { quote: number; span: Span; length: number }[];
  quotes: readonly Quote[];
  active: number | null;
  marked: ReadonlySet<number>;
  current: boolean;
}

const nameOf = (u: QuoteUse, lang: Lang) => u.name?.[lang] ?? u.record;

function valueOf(u: QuoteUse, lang: Lang): string | null {
  if (u.value === undefined || !u.unit) return null;
  return formatQuantity({ value: u.value, unit: u.unit as Quantity['unit'] }, lang);
}

export function Block(props: Props) {
  const { id, block: b, quotes, active, marked, spans } = props;
  const [t, lang] = useT();
  const choose = useAtlas((s) => s.choosePassage);
  const printed = [
    ...new Set(
      spans
        .filter((s) => s.span.n === b.n)
        .flatMap((s) => quotes[s.quote]?.uses.map((u) => u.printed ?? '') ?? []),
    ),
  ].sort((x, y) => y.length - x.length);
  const runs = runsOf(b.text, b.n, spans, printed);
  const href = `?read=${id}&p=${b.n}`;
  const pick = (quote: number, use?: QuoteUse) => (e: React.MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    const q = quotes[quote];
    if (!q) return;
    const target = use?.target ?? q.uses.find((x) => x.target)?.target ?? null;
    choose(b.n, q.passage, target);
  };
  const what = (q: Quote | undefined) =>
    [...new Set(q?.uses.map((u) => nameOf(u, lang)) ?? [])].join(', ');

  const text = runs.map((r, i) => {
    if (!r.quotes.length) return <span key={i}>{r.text}</span>;
    const qi = r.quotes[0] ?? 0;
    const q = quotes[qi];
    const cls = [
      r.number ? 'passage-number' : 'passage',
      r.quotes.some((x) => x === active) ? 'is-active' : '',
      r.quotes.some((x) => marked.has(x)) ? 'is-marked' : '',
    ].join(' ');
    if (r.number) {
      // The value this number became: a quantity whose printed form contains it.
      const use =
        q?.uses.find((u) => u.printed === r.text) ??
        q?.uses.find((u) => u.printed && u.printed.includes(r.text.replace(/-жыл\p{L}*$/u, ''))) ??
        q?.uses[0];
      const label = use ? `${nameOf(use, lang)} · ${fieldLabel(use.field, t)}` : what(q);
      return (
        <a
          key={i}
          href={href}
          className={cls}
          data-quote={qi}
          aria-label={t('reader.number', { number: r.text, what: label })}
          onClick={pick(qi, use)}
        >
          {r.text}
        </a>
      );
    }
    return (
      <a
        key={i}
        href={href}
        className={cls}
        data-quote={qi}
        // The name starts with the words it shows (WCAG 2.5.3), then says what they are.
        aria-label={t('reader.passage', { text: r.text, what: what(q) })}
        onClick={pick(qi)}
      >
        {r.text}
      </a>
    );
  });

  // The uses of the chosen passage, under the block where it starts.
  const activeHere =
    active !== null && spans.find((s) => s.quote === active)?.span.n === b.n
      ? quotes[active]
      : undefined;

  const Tag = b.kind === 'heading' ? 'h3' : 'p';
  return (
    <div
      className={`reader-block kind-${b.kind} ${props.current ? 'is-current' : ''}`}
      id={`read-p-${b.n}`}
      data-n={b.n}
    >
      <span className="reader-n" aria-label={t('reader.paragraph', { n: b.n })}>
        {b.n}
      </span>
      {props.showOriginal ? (
        <Tag lang={b.lang} className="reader-original">
          {b.kind === 'item' ? '• ' : ''}
          {text}
        </Tag>
      ) : null}
      {props.showTranslation ? (
        <Tag lang={props.trLang} className="reader-translation">
          {props.translation ?? <span className="muted">{t('reader.noTranslation')}</span>}
        </Tag>
      ) : null}
      {activeHere ? (
        <div className="reader-uses" role="region" aria-label={t('reader.uses')}>
          <p className="muted small">{t('reader.uses')}:</p>
          <ul>
            {activeHere.uses.map((u, i) => {
              const value = valueOf(u, lang);
              return (
                <li key={i}>
                  <strong>{nameOf(u, lang)}</strong> · {fieldLabel(u.field, t)}
                  {u.printed ? ` · «${u.printed}»` : ''}
                  {value ? ` → ${value}` : ''}{' '}
                  {u.target ? (
                    <button
                      type="button"
                      className="small-button"
                      onClick={() => choose(b.n, activeHere.passage, u.target)}
                    >
                      {t('reader.show')}
                    </button>
                  ) : (
                    <span className="muted small">({t('reader.notOnMap')})</span>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
