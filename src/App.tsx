/**
 * Composes the page: header, map (loaded lazily, and only where WebGL exists), legend,
 * side panel, and the list of data problems. Each part fails on its own.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
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

// The article reader and its text load only when a reader opens an article.
const Reader = lazy(() =>
  import('./panels/reader/Reader.tsx').then((m) => ({ default: m.Reader })),
);
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

export function App() {
  const [t, lang] = useT();
  const clearSelection = useAtlas((s) => s.clearSelection);
  const [webgl] = useState(hasWebGL);
  const reading = useAtlas((s) => s.reading !== null);
  useUrlSync(useAtlas);
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

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') clearSelection();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [clearSelection]);

  return (
    <div className="app">
      <Header />
      <ProblemsBanner />
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
        <div className="map-region">
          <div className="map-area" role="region" aria-label={t('app.title')}>
            {webgl ? (
              <ErrorBoundary
                key={mapKey}
                fallback={(e) => <MapUnavailable title={t('maperror.title')} detail={e.message} />}
              >
                <Suspense fallback={<p className="map-loading">{t('app.loading')}</p>}>
                  <MapView />
                </Suspense>
              </ErrorBoundary>
            ) : (
              <MapUnavailable title={t('nowebgl.title')} detail={t('nowebgl.body')} />
            )}
            <Legend />
          </div>
          <Timeline />
        </div>
        <SidePanel />
      </main>
    </div>
  );
}
