/**
 * The correction form behind "Suggest a correction" (Correction.tsx), a chunk of its own
 * loaded when a reader first opens it: it composes a report (export/correction.ts). Nothing
 * leaves without the reader's click: they copy it, download it as JSON, or — where the build
 * names a target (VITE_CORRECTIONS_TARGET) — open a prefilled issue or e-mail.
 */
import { useId, useState } from 'react';
import type { Citation } from '../data/schema.ts';
import { dataVersion } from '../data/version.ts';
import {
  composeCorrection,
  reportFileName,
  reportJson,
  reportText,
  targetHost,
  targetLink,
} from '../export/correction.ts';
import { download } from '../export/download.ts';
import type { Selection } from '../state/index.ts';
import { CopyButton } from './CopyButton.tsx';
import { useT } from './useT.ts';

const TARGET = import.meta.env.VITE_CORRECTIONS_TARGET as string | undefined;

export interface CorrectionFormProps {
  /** The record the report is about. */
  selection: Pick<Selection, 'kind' | 'id'>;
  /** The record's name in the interface language. */
  name: string;
  /** The field as the panel names it, or the whole record. */
  fieldName: string;
  current: string;
  citations: readonly Citation[];
  onCancel: () => void;
}

export default function CorrectionForm({
  selection,
  name,
  fieldName,
  current,
  citations,
  onCancel,
}: CorrectionFormProps) {
  const [t, lang] = useT();
  const [wrong, setWrong] = useState('');
  const [right, setRight] = useState('');
  const [source, setSource] = useState('');
  const id = useId();
  const report = composeCorrection({
    record: { kind: selection.kind, id: selection.id, name },
    field: fieldName,
    current,
    sources: citations,
    wrong,
    right,
    readerSource: source,
    permalink: location.href,
    dataVersion: dataVersion(),
    lang,
    createdAt: new Date().toISOString(),
  });
  const link = targetLink(TARGET, report);
  const host = targetHost(TARGET);
  return (
    <form
      className="correction"
      aria-label={t('correction.title', { what: `${name} · ${fieldName}` })}
      onSubmit={(e) => e.preventDefault()}
    >
      <p className="small">
        <strong>{t('correction.title', { what: fieldName })}</strong>
        <br />
        <span className="muted">{t('correction.current')}: </span>
        <bdi>{current}</bdi>
      </p>
      <label htmlFor={`${id}-wrong`}>{t('correction.wrong')}</label>
      <textarea
        id={`${id}-wrong`}
        rows={2}
        value={wrong}
        onChange={(e) => setWrong(e.target.value)}
      />
      <label htmlFor={`${id}-right`}>{t('correction.right')}</label>
      <textarea
        id={`${id}-right`}
        rows={2}
        value={right}
        onChange={(e) => setRight(e.target.value)}
      />
      <label htmlFor={`${id}-source`}>{t('correction.source')}</label>
      <input id={`${id}-source`} value={source} onChange={(e) => setSource(e.target.value)} />
      <p className="muted small">{t('correction.privacy')}</p>
      <div className="actions">
        <CopyButton text={reportText(report)} label={t('correction.copy')} />
        <button
          type="button"
          className="small-button"
          onClick={() =>
            download(
              new Blob([reportJson(report)], { type: 'application/json' }),
              reportFileName(report),
            )
          }
        >
          {t('correction.download')}
        </button>
        {link && host ? (
          <a href={link} target="_blank" rel="noopener noreferrer" className="small-button">
            {t('correction.send', { host })}
          </a>
        ) : null}
        <button type="button" className="small-button" onClick={onCancel}>
          {t('correction.cancel')}
        </button>
      </div>
      {!link ? <p className="muted small">{t('correction.noTarget')}</p> : null}
    </form>
  );
}
