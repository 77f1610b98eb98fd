/** Small building blocks of the detail panels: statements and quantities with sources. */
import type { Quantity, Statement } from '../data/schema.ts';
import { formatQuantity } from '../i18n/format.ts';
import { Cite } from './Cite.tsx';
import { SuggestCorrection } from './Correction.tsx';
import { useT } from './useT.ts';

export function Statements({ items, label }: { items: readonly Statement[]; label?: string }) {
  const [, lang] = useT();
  if (!items.length) return null;
  return (
    <ul className="statements">
      {items.map((s, i) => (
        <li key={i}>
          <bdi>{s.text[lang]}</bdi> <Cite citations={s.citations} />{' '}
          <SuggestCorrection field={label} current={s.text[lang]} citations={s.citations} />
        </li>
      ))}
    </ul>
  );
}

/**
 * True when two values describe the same thing (same label, unit and year) yet differ:
 * the sources disagree, and the panel says so next to both.
 */
export function sourcesDiffer(items: readonly Quantity[]): boolean {
  const seen = new Map<string, number>();
  // A value marked as an error in its source is not a disagreement: it is flagged on its own.
  for (const q of items.filter((x) => !x.sourceError)) {
    const key = `${q.label?.en ?? ''}|${q.unit}|${q.year ?? ''}`;
    const prev = seen.get(key);
    if (prev !== undefined && prev !== q.value) return true;
    seen.set(key, q.value);
  }
  return false;
}

/** One row per value, each with its sources. */
export function Quantities({ label, items }: { label: string; items: readonly Quantity[] }) {
  const [t, lang] = useT();
  if (!items.length) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {sourcesDiffer(items) ? (
          <span className="badge badge-warn">{t('panel.disagree')}</span>
        ) : null}
        <ul className="values">
          {items.map((q, i) => (
            <li key={i}>
              {q.label ? <span className="muted">{q.label[lang]}: </span> : null}
              {q.approx ? `${t('panel.about')} ` : ''}
              <strong>{formatQuantity(q, lang)}</strong>
              {q.year ? <span className="muted"> ({q.year})</span> : null}{' '}
              <Cite citations={q.citations} />{' '}
              {q.sourceError ? (
                <span className="source-error">
                  {' '}
                  <span className="badge badge-warn">{t('panel.sourceError')}</span>{' '}
                  <span className="muted">{q.sourceError.reason[lang]}</span>
                </span>
              ) : null}
              <SuggestCorrection
                field={q.label ? `${label}: ${q.label[lang]}` : label}
                current={`${q.printed ?? ''} → ${formatQuantity(q, lang)}${q.year ? ` (${q.year})` : ''}`}
                citations={q.citations}
              />
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}
