/**
 * The reader's own files: picked or dropped, read here (never uploaded), checked, and shown
 * as extra layers; every problem named file › row/feature › field › problem; removable.
 */
import { useId, useRef, useState, type DragEvent } from 'react';
import { formatNumber } from '../i18n/format.ts';
import { useAtlas } from '../state/index.ts';
import { formatUserProblem } from '../userdata/format.ts';
import { MAX_FILE_BYTES, parseUserFile, unreadable } from '../userdata/parse.ts';
import type { ParseResult, UserProblem } from '../userdata/types.ts';
import { useT } from './useT.ts';

let counter = 0;

interface Failure {
  file: string;
  problems: UserProblem[];
}

export default function UserData() {
  const [t, lang] = useT();
  const layers = useAtlas((s) => s.userLayers);
  const add = useAtlas((s) => s.addUserLayer);
  const remove = useAtlas((s) => s.removeUserLayer);
  const [failures, setFailures] = useState<Failure[]>([]);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  const read = async (files: FileList | null) => {
    const failed: Failure[] = [];
    for (const file of Array.from(files ?? [])) {
      if (file.size > MAX_FILE_BYTES) {
        failed.push({
          file: file.name,
          problems: [
            {
              file: file.name,
              where: { kind: 'file' },
              field: '',
              code: 'tooLarge',
              params: { max: Math.round(MAX_FILE_BYTES / 1024 / 1024) },
            },
          ],
        });
        continue;
      }
      // One file that cannot be read is reported as such; the others are still read.
      let result: ParseResult;
      try {
        result = parseUserFile(file.name, await file.text());
      } catch (e) {
        result = unreadable(file.name, e);
      }
      if (result.layer) add({ ...result.layer, id: `u${++counter}` });
      else failed.push({ file: file.name, problems: result.problems });
    }
    setFailures(failed);
    if (input.current) input.current.value = '';
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void read(e.dataTransfer.files);
  };

  return (
    <section aria-labelledby="details-title" className="userdata">
      <h2 id="details-title" tabIndex={-1}>
        {t('userdata.title')}
      </h2>
      <p>{t('userdata.intro')}</p>
      <div
        className={`dropzone ${dragging ? 'is-dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <input
          id={`${id}-file`}
          ref={input}
          type="file"
          className="sr-only file-input"
          accept=".geojson,.json,.csv,.tsv,.txt,application/geo+json,application/json,text/csv"
          multiple
          onChange={(e) => void read(e.target.files)}
        />
        <label htmlFor={`${id}-file`} className="file-button">
          {t('userdata.pick')}
        </label>{' '}
        <span className="muted">{t('userdata.drop')}</span>
      </div>
      <p className="muted small">{t('userdata.csvHint')}</p>

      <div role="alert">
        {failures.map((f) => (
          <div key={f.file} className="problems-list">
            <p>
              <strong>{t('userdata.failed')}</strong>
            </p>
            <ul>
              {f.problems.map((p, i) => (
                <li key={i}>
                  <code>{formatUserProblem(p, t)}</code>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>

      {layers.length ? (
        <>
          <h3>{t('userdata.layers')}</h3>
          <ul className="user-layers">
            {layers.map((l) => (
              <li key={l.id} data-testid={`user-layer-${l.id}`}>
                <span className="swatch user-swatch" aria-hidden="true" />
                <strong>{l.file}</strong>{' '}
                <span className="muted small">
                  {t('userdata.summary', {
                    points: formatNumber(l.counts.points, lang),
                    lines: formatNumber(l.counts.lines, lang),
                    areas: formatNumber(l.counts.areas, lang),
                  })}
                </span>{' '}
                <button
                  type="button"
                  className="small-button"
                  onClick={() => remove(l.id)}
                  aria-label={t('userdata.removeNamed', { file: l.file })}
                >
                  {t('userdata.remove')}
                </button>
                {l.skipped.length ? (
                  <details className="problems-list">
                    <summary>
                      {t('userdata.skipped', { count: l.skipped.length + l.moreSkipped })}
                    </summary>
                    <ul>
                      {l.skipped.map((p, i) => (
                        <li key={i}>
                          <code>{formatUserProblem(p, t)}</code>
                        </li>
                      ))}
                      {l.moreSkipped ? (
                        <li>{t('userdata.more', { count: l.moreSkipped })}</li>
                      ) : null}
                    </ul>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
