/**
 * Export what the filters show: the records as GeoJSON or CSV (with their sources), the map
 * as a PNG with legend and attribution, and a ready-to-paste citation of the view with the
 * link that reopens it. Loaded only when opened; files are made in the browser.
 */
import { useMemo, useState } from 'react';
import { SECTORS, SEGMENT_CLASSES } from '../data/vocab.ts';
import { buildCitation, exportFileName, isoDate, type ViewSummary } from '../export/citation.ts';
import { csvRows, toCsv } from '../export/csv.ts';
import { download } from '../export/download.ts';
import { geoJsonText, toGeoJson } from '../export/geojson.ts';
import { composeSnapshot, type LegendSpec } from '../export/png.ts';
import { filterWords } from '../export/filterWords.ts';
import { scaleBar } from '../export/scalebar.ts';
import { embedSnippet, embedUrl } from '../export/embed.ts';
import { PROVIDERS } from '../basemaps.ts';
import { exportRecords } from '../export/records.ts';
import { dictionaryRows } from '../export/dictionary.ts';
import { isLinear, lengthKm } from '../geo/measure.ts';
import { SNAPSHOT_TIMEOUT_MS, withTimeout } from '../export/timeout.ts';
import { useAtlas, useVisible } from '../state/index.ts';
import { CopyButton } from './CopyButton.tsx';
import { partiesIn } from '../state/filters.ts';
import { activeFilters } from './Filters.tsx';
import { useT } from './useT.ts';

/** The picture's pixel ratios on offer; 2× (print) by default; 3× when the GPU allows. */
const PNG_SCALES = [1, 2, 3] as const;
type PngScale = (typeof PNG_SCALES)[number];

type Job =
  | { state: 'idle' }
  | { state: 'working' }
  | { state: 'done'; file: string }
  | { state: 'failed'; error: string };

export default function Export() {
  const [t, lang] = useT();
  const atlas = useAtlas((s) => s.atlas);
  const lookup = useAtlas((s) => s.lookup);
  const filters = useAtlas((s) => s.filters);
  const selection = useAtlas((s) => s.selection);
  const snapshot = useAtlas((s) => s.mapSnapshot);
  const userLayers = useAtlas((s) => s.userLayers);
  const basemap = useAtlas((s) => s.basemap);
  const visible = useVisible();
  // The link in the citation follows the camera too (state/useUrlSync.ts writes it).
  useAtlas((s) => s.camera);
  const [job, setJob] = useState<Job>({ state: 'idle' });
  const [semicolon, setSemicolon] = useState(false);
  const [pngScale, setPngScale] = useState<PngScale>(2);
  /** The last picture's size in pixels (and whether the GPU allowed less than asked). */
  const [pngNote, setPngNote] = useState('');

  const km = useMemo(() => {
    const out = new Map<string, number>();
    for (const p of atlas.projects)
      if (isLinear(p.geometry)) out.set(p.properties.id, lengthKm(p.geometry));
    return out;
  }, [atlas]);
  const records = useMemo(
    () => exportRecords(atlas, lookup, visible, lang, km),
    [atlas, lookup, visible, lang, km],
  );
  const view: ViewSummary = {
    period: filters.period,
    filtered: activeFilters(filters) > 0,
    ...(selection
      ? {
          selection:
            selection.kind === 'place'
              ? lookup.places.get(selection.id)?.properties.name[lang]
              : lookup.projects.get(selection.id)?.properties.name[lang],
        }
      : {}),
  };
  const now = new Date();
  const url = location.href;
  const citation = buildCitation(t, view, url, now);
  const embed = embedSnippet(embedUrl(url, { lang, basemap }), { title: t('app.title') });
  const counts = {
    projects: Object.keys(visible.projects).length,
    cities: Object.keys(visible.cities).length,
    meetings: visible.meetings.length,
  };

  const run = async (make: () => Promise<{ blob: Blob; file: string }[]>) => {
    setJob({ state: 'working' });
    try {
      const files = await make();
      for (const { blob, file } of files) download(blob, file);
      setJob({ state: 'done', file: files.map((f) => f.file).join(', ') });
    } catch (e) {
      setJob({ state: 'failed', error: e instanceof Error ? e.message : String(e) });
    }
  };

  // The data dictionary travels with the data: one more file, downloaded alongside.
  const dictionary = () => ({
    blob: new Blob([toCsv(dictionaryRows(), { semicolon })], { type: 'text/csv;charset=utf-8' }),
    file: exportFileName('dictionary.csv', now),
  });
  const geojson = () =>
    run(async () => {
      const fc = toGeoJson(records, lang, {
        title: t('app.title'),
        url,
        accessed: isoDate(now),
        dictionary: exportFileName('dictionary.csv', now),
      });
      return [
        {
          blob: new Blob([geoJsonText(fc)], { type: 'application/geo+json' }),
          file: exportFileName('geojson', now),
        },
        dictionary(),
      ];
    });
  const csv = () =>
    run(async () => [
      {
        blob: new Blob([toCsv(csvRows(records, lang), { semicolon })], {
          type: 'text/csv;charset=utf-8',
        }),
        file: exportFileName('csv', now),
      },
      dictionary(),
    ]);
  /** The period, the filters in words and the selection: for the picture's footer and the workbook. */
  const inWords = () => {
    const regionName = new Intl.DisplayNames([lang, 'en'], { type: 'region' });
    return [
      t('export.view.period', { from: filters.period[0], to: filters.period[1] }),
      ...(activeFilters(filters) > 0
        ? filterWords(filters, t, {
            country: (c) => regionName.of(c) ?? c,
            party: (facet, key) => partiesIn(atlas, facet).get(key)?.[lang] ?? key,
          })
        : [t('export.view.all')]),
      ...(view.selection ? [t('export.png.selection', { name: view.selection })] : []),
    ].join(' · ');
  };
  // The spreadsheet writer (and its zip library) loads only when a workbook is asked for.
  const xlsx = () =>
    run(async () => {
      const { recordSheets, workbook, XLSX_MIME } = await import('../export/xlsx.ts');
      const about: [string, string][] = [
        ['title', `${t('app.title')}: ${t('app.subtitle')}`],
        ['view', inWords()],
        ['link', url],
        ['accessed', isoDate(now)],
        ['credits', t('export.attribution')],
      ];
      const bytes = workbook(recordSheets(records, lang, about));
      return [
        {
          blob: new Blob([bytes as BlobPart], { type: XLSX_MIME }),
          file: exportFileName('xlsx', now),
        },
      ];
    });
  const png = () =>
    run(async () => {
      if (!snapshot) throw new Error(t('export.noMap'));
      setPngNote('');
      const sectorCounts = Object.fromEntries(SECTORS.map((s) => [s, 0]));
      for (const id of Object.keys(visible.projects)) {
        const sector = lookup.projects.get(id)?.properties.sector;
        if (sector) sectorCounts[sector] = (sectorCounts[sector] ?? 0) + 1;
      }
      const legend: LegendSpec = {
        title: t('legend.title'),
        ...(filters.showCities
          ? { cities: { label: t('legend.cities'), count: counts.cities } }
          : {}),
        sectors: SECTORS.filter((s) => filters.sectors.includes(s)).map((s) => ({
          sector: s,
          label: t(`sector.${s}`),
          count: sectorCounts[s] ?? 0,
        })),
        ...(filters.showCities ? { pointsNote: t('legend.citiesHint') } : {}),
        // The line styles as the map draws them and the on-screen legend names them.
        linesNote: t('legend.precision'),
        lines: SEGMENT_CLASSES.map((c) => ({ segment: c, label: t(`segment.${c}`) })),
        notes: [t('legend.hollow')],
        ...(userLayers.some((l) => !l.hidden)
          ? {
              user: {
                label: t('userdata.legend'),
                colours: [...new Set(userLayers.filter((l) => !l.hidden).map((l) => l.color))],
              },
            }
          : {}),
      };
      const viewWords = inWords();
      // The map draws the picture once tiles and labels are placed, which may never happen:
      // do not hang, and let the map put its pixel ratio back.
      const abort = new AbortController();
      const picture = await withTimeout(
        snapshot({ pixelRatio: pngScale, signal: abort.signal }),
        SNAPSHOT_TIMEOUT_MS,
        () => {
          abort.abort();
          return new Error(t('export.timeout'));
        },
      );
      const bar = scaleBar(picture.metresPerPixel);
      const png = await composeSnapshot(
        {
          canvas: picture.canvas,
          pixelRatio: picture.pixelRatio,
          scale: bar && {
            px: bar.px,
            label:
              bar.metres >= 1000
                ? t('export.km', { n: bar.metres / 1000 })
                : t('export.m', { n: bar.metres }),
          },
        },
        legend,
        {
          title: t('app.title'),
          subtitle: t('app.subtitle'),
          footer: [
            viewWords,
            `${t('export.png.accessed', { date: isoDate(now) })} ${
              basemap === 'offline'
                ? t('export.attribution')
                : `${t('export.attribution')} ${t('basemap.credit', { credit: PROVIDERS[basemap].attribution })}`
            }`,
            url,
          ],
        },
      );
      const size = t('export.size', { width: png.width, height: png.height });
      const clamped =
        picture.pixelRatio < pngScale - 0.01
          ? ` ${t('export.clamped', { ratio: Math.round(picture.pixelRatio * 100) / 100 })}`
          : '';
      setPngNote(`${size}${clamped}`);
      return [{ blob: png.blob, file: exportFileName('png', now) }];
    });

  const busy = job.state === 'working';
  return (
    <section aria-labelledby="details-title" className="export">
      <h2 id="details-title" tabIndex={-1}>
        {t('export.title')}
      </h2>
      <p>{t('export.counts', counts)}</p>
      <h3>{t('export.data')}</h3>
      <p className="buttons">
        <button type="button" onClick={geojson} disabled={busy}>
          {t('export.geojson')}
        </button>
        <button type="button" onClick={csv} disabled={busy}>
          {t('export.csv')}
        </button>
        <button type="button" onClick={xlsx} disabled={busy}>
          {t('export.xlsx')}
        </button>
      </p>
      <label className="toggle">
        <input
          type="checkbox"
          checked={semicolon}
          onChange={(e) => setSemicolon(e.currentTarget.checked)}
        />
        <span className="toggle-label">{t('export.semicolon')}</span>
      </label>
      <p className="muted small">{t('export.dataNote')}</p>
      <p className="muted small">{t('export.dictionaryNote')}</p>
      <p className="muted small">{t('export.xlsxNote')}</p>
      <h3>{t('export.image')}</h3>
      <fieldset className="png-scale">
        <legend>{t('export.scale')}</legend>
        {PNG_SCALES.map((n) => (
          <label key={n} className="toggle">
            <input
              type="radio"
              name="png-scale"
              value={n}
              checked={pngScale === n}
              onChange={() => setPngScale(n)}
            />
            <span className="toggle-label">{t(`export.scale.${n}`)}</span>
          </label>
        ))}
      </fieldset>
      <p className="buttons">
        <button type="button" onClick={png} disabled={busy || !snapshot}>
          {t('export.png')}
        </button>
      </p>
      <p className="muted small">{snapshot ? t('export.pngNote') : t('export.noMap')}</p>
      {pngNote ? <p className="small png-size">{pngNote}</p> : null}
      <p role="status" className="small">
        {job.state === 'working'
          ? t('export.working')
          : job.state === 'done'
            ? t('export.done', { file: job.file })
            : job.state === 'failed'
              ? t('export.failed', { error: job.error })
              : ''}
      </p>
      <h3>{t('export.cite')}</h3>
      <textarea
        className="citation"
        readOnly
        value={citation}
        rows={5}
        aria-label={t('export.cite')}
        onFocus={(e) => e.currentTarget.select()}
      />
      <p>
        <CopyButton text={citation} label={t('export.copy')} />
      </p>
      <p className="muted small">{t('export.citeNote')}</p>
      <h3>{t('embed.title')}</h3>
      <textarea
        className="citation embed-code"
        readOnly
        value={embed}
        rows={4}
        aria-label={t('embed.code')}
        onFocus={(e) => e.currentTarget.select()}
      />
      <p>
        <CopyButton text={embed} label={t('embed.copy')} />
      </p>
      <p className="muted small">{t('embed.note')}</p>
    </section>
  );
}
