/**
 * Composes the page: header, map (loaded lazily, and only where WebGL exists), legend,
 * timeline, side panel, and the list of data problems. Each part fails on its own: an
 * error boundary around each shows what failed, and the rest keeps working.
 */
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useAtlas } from './state/index.ts';
import { Header } from './panels/Header.tsx';
import { Legend } from './panels/Legend.tsx';
import { Timeline } from './panels/Timeline.tsx';
import { SidePanel } from './panels/SidePanel.tsx';
import { ProblemsBanner } from './panels/ProblemsBanner.tsx';
import { ErrorBoundary } from './panels/ErrorBoundary.tsx';
import { useT } from './panels/useT.ts';
import { hasWebGL } from './webgl.ts';
import { useUrlSync } from './state/useUrlSync.ts';
import { useBasemapUrlSync } from './state/basemapUrl.ts';
import { EmbedBar } from './panels/EmbedBar.tsx';

// The article reader and its text load only when a reader opens an article.
const Reader = lazy(() =>
  import('./panels/reader/Reader.tsx').then((m) => ({ default: m.Reader })),
);
// The project and meetings tables load only when opened (view=table).
const TableDrawer = lazy(() => import('./panels/table/TableDrawer.tsx'));
const MapView = lazy(() => import('./map/MapView.tsx').then((m) => ({ default: m.MapView })));

/** `?debug` (tests, measurement): `window.__remountMap()` mounts a fresh map. */
const debug = typeof location !== 'undefined' && new URLSearchParams(location.search).has('debug');

function MapUnavailable({ title, detail }: { title: string; detail: string }) {
  return (
    <div className="map-unavailable" role="status">
      <h2>{title}</h2>
      <p>{detail}</p>
    </div>
  );
}

/** One part of the page, which fails on its own with a message naming it. */
function Part({ name, children }: { name: string; children: ReactNode }) {
  const [t] = useT();
  return (
    <ErrorBoundary
      fallback={(e) => (
        <p className="part-failed" role="alert">
          {t('app.partFailed', { part: name, error: e.message })}
        </p>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}

/** `embed`: the page other sites may frame (embed.html): a slim bar instead of the header. */
export function App({ embed = false }: { embed?: boolean }) {
  const [t, lang] = useT();
  const closeTop = useAtlas((s) => s.closeTop);
  // False also when MapLibre could not start (its constructor threw): the same view.
  const [webgl, setWebgl] = useState(hasWebGL);
  const reading = useAtlas((s) => s.reading !== null);
  const table = useAtlas((s) => s.table !== null && s.status === 'ready');
  useUrlSync(useAtlas);
  useBasemapUrlSync(useAtlas);
  const [mapKey, setMapKey] = useState(0);
  useEffect(() => {
    if (!debug) return;
    const w = window as unknown as { __remountMap?: () => void };
    w.__remountMap = () => setMapKey((k) => k + 1);
    return () => {
      delete w.__remountMap;
    };
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, t]);

  // Escape closes what is on top of the side panel (the search box keeps its own Escape).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) closeTop();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [closeTop]);

  return (
    <div className="app">
      <Part name={t('part.header')}>{embed ? <EmbedBar /> : <Header />}</Part>
      <Part name={t('part.problems')}>
        <ProblemsBanner />
      </Part>
      <main className={`stage${reading ? ' is-reading' : ''}`}>
        {reading ? (
          <ErrorBoundary
            fallback={(e) => <MapUnavailable title={t('reader.failed')} detail={e.message} />}
          >
            <Suspense fallback={<p className="reader reader-loading">{t('reader.loading')}</p>}>
              <Reader />
            </Suspense>
          </ErrorBoundary>
        ) : null}
        <div className={`map-region${table ? ' has-table' : ''}`}>
          <div className="map-area" role="region" aria-label={t('app.title')}>
            {webgl ? (
              <ErrorBoundary
                key={mapKey}
                fallback={(e) => <MapUnavailable title={t('maperror.title')} detail={e.message} />}
              >
                <Suspense fallback={<p className="map-loading">{t('app.loading')}</p>}>
                  <MapView onUnavailable={() => setWebgl(false)} />
                </Suspense>
              </ErrorBoundary>
            ) : (
              <MapUnavailable title={t('nowebgl.title')} detail={t('nowebgl.body')} />
            )}
            <Part name={t('legend.title')}>
              <Legend />
            </Part>
          </div>
          {table ? (
            <Part name={t('table.title')}>
              <Suspense fallback={<p className="table-drawer">{t('app.loading')}</p>}>
                <TableDrawer />
              </Suspense>
            </Part>
          ) : null}
          <Part name={t('timeline.label')}>
            <Timeline />
          </Part>
        </div>
        <Part name={t('part.panel')}>
          <SidePanel />
        </Part>
      </main>
    </div>
  );
}
