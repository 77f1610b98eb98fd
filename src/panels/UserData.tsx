/**
 * The reader's own files: picked or dropped, read in a worker here (never uploaded), checked,
 * and shown as extra layers; every problem named file › row/feature › field › problem. While
 * a file loads, the panel shows how far it got and can cancel it; the page keeps answering.
 * Each layer has its colour, opacity, place (beneath or above the atlas's symbols), and can
 * be hidden or removed.
 */
import { useId, useRef, useState, type DragEvent } from 'react';
import { formatNumber } from '../i18n/format.ts';
import { useAtlas } from '../state/index.ts';
import { formatUserProblem } from '../userdata/format.ts';
import type { UserLayer } from '../userdata/types.ts';
import { USER_PALETTE } from '../userdata/palette.ts';
import { useT } from './useT.ts';
import './userdata.css';

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

function LoadProgress() {
  const [t, lang] = useT();
  const loading = useAtlas((s) => s.userLoading);
  const cancel = useAtlas((s) => s.cancelUserLoad);
  if (!loading) return null;
  const { file, bytes, total, rows, queued } = loading;
  return (
    <div className="user-loading" data-testid="user-loading">
      <p role="status">
        {t('userdata.loading', { file })}{' '}
        <span className="muted small">
          {rows
            ? t('userdata.rowsRead', { rows: formatNumber(rows, lang) })
            : t('userdata.bytesRead', {
                read: formatNumber(mb(bytes), lang),
                total: formatNumber(mb(total), lang),
              })}
          {queued ? ` · ${t('userdata.queued', { count: queued })}` : ''}
        </span>
      </p>
      <progress max={total || 1} value={bytes} aria-label={t('userdata.progress', { file })} />{' '}
      <button type="button" className="small-button" onClick={cancel}>
        {t('userdata.cancel')}
      </button>
    </div>
  );
}

function LayerControls({ layer: l }: { layer: UserLayer }) {
  const [t, lang] = useT();
  const setLook = useAtlas((s) => s.setUserLook);
  const remove = useAtlas((s) => s.removeUserLayer);
  const id = useId();
  return (
    <li data-testid={`user-layer-${l.id}`} className="user-layer">
      <span className="swatch" style={{ backgroundColor: l.color }} aria-hidden="true" />
      <strong>{l.file}</strong>{' '}
      <span className="muted small">
        {t('userdata.summary', {
          points: formatNumber(l.counts.points, lang),
          lines: formatNumber(l.counts.lines, lang),
          areas: formatNumber(l.counts.areas, lang),
        })}
      </span>
      <fieldset className="user-colours">
        <legend>{t('userdata.colour')}</legend>
        {USER_PALETTE.map((c, i) => (
          <label key={c} className="user-colour">
            <input
              type="radio"
              name={`${id}-colour`}
              checked={l.color === c}
              onChange={() => setLook(l.id, { color: c })}
              aria-label={t('userdata.colourN', { n: i + 1 })}
            />
            <span className="swatch" style={{ backgroundColor: c }} aria-hidden="true" />
          </label>
        ))}
      </fieldset>
      <label className="user-opacity">
        {t('userdata.opacity')}{' '}
        <input
          type="range"
          min={10}
          max={100}
          step={5}
          value={Math.round(l.opacity * 100)}
          onChange={(e) => setLook(l.id, { opacity: Number(e.target.value) / 100 })}
        />{' '}
        <span className="small">{Math.round(l.opacity * 100)} %</span>
      </label>
      <label>
        <input
          type="checkbox"
          checked={l.above}
          onChange={(e) => setLook(l.id, { above: e.target.checked })}
        />{' '}
        {t('userdata.above')}
      </label>{' '}
      <label>
        <input
          type="checkbox"
          checked={!l.hidden}
          onChange={(e) => setLook(l.id, { hidden: !e.target.checked })}
        />{' '}
        {t('userdata.shown')}
      </label>{' '}
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
          <summary>{t('userdata.skipped', { count: l.skipped.length + l.moreSkipped })}</summary>
          <ul>
            {l.skipped.map((p, i) => (
              <li key={i}>
                <code>{formatUserProblem(p, t)}</code>
              </li>
            ))}
            {l.moreSkipped ? <li>{t('userdata.more', { count: l.moreSkipped })}</li> : null}
          </ul>
        </details>
      ) : null}
    </li>
  );
}

export default function UserData() {
  const [t] = useT();
  const layers = useAtlas((s) => s.userLayers);
  const failures = useAtlas((s) => s.userFailures);
  const readFiles = useAtlas((s) => s.readUserFiles);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  const read = (files: FileList | null) => {
    const list = Array.from(files ?? []);
    if (input.current) input.current.value = '';
    if (list.length) void readFiles(list);
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    read(e.dataTransfer.files);
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
          onChange={(e) => read(e.target.files)}
        />
        <label htmlFor={`${id}-file`} className="file-button">
          {t('userdata.pick')}
        </label>{' '}
        <span className="muted">{t('userdata.drop')}</span>
      </div>
      <p className="muted small">{t('userdata.csvHint')}</p>
      <LoadProgress />

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
          <p className="muted small">{t('userdata.clickHint')}</p>
          <ul className="user-layers">
            {layers.map((l) => (
              <LayerControls key={l.id} layer={l} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
