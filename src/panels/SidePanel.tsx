/**
 * The side panel (a bottom sheet on a phone): the selected record, the about page, a tool or
 * the contents list (state/slices/sidePanel.ts decides which). Focus moves to its heading
 * when it changes, so keyboard and screen-reader users land on what they opened; when the
 * panel closes, focus goes back to what opened it (see useReturnFocus.ts).
 */
import { useEffect, useRef, useState } from 'react';
import { useAtlas } from '../state/index.ts';
import { About } from './About.tsx';
import { ContentsList } from './ContentsList.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { PlaceDetails } from './PlaceDetails.tsx';
import { ProjectDetails } from './ProjectDetails.tsx';
import { ToolPanel } from './ToolPanel.tsx';
import { UserFeature } from './UserFeature.tsx';
import { layerKeys, useReturnFocus } from './useReturnFocus.ts';
import { useT } from './useT.ts';

export function SidePanel() {
  const [t] = useT();
  const sidePanel = useAtlas((s) => s.sidePanel);
  const closeTop = useAtlas((s) => s.closeTop);
  const status = useAtlas((s) => s.status);
  const [expanded, setExpanded] = useState(false);
  const body = useRef<HTMLDivElement>(null);
  const open = sidePanel.top !== 'contents';
  // What is on top, by name: a new point in the point tool is not a new panel.
  const topKey = layerKeys(sidePanel)[0];
  useReturnFocus(sidePanel.top);

  useEffect(() => {
    if (!topKey) return;
    body.current?.scrollTo({ top: 0 });
    body.current?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }, [topKey]);

  return (
    <aside
      className={`panel ${open || expanded ? 'is-expanded' : ''}`}
      aria-label={open ? undefined : t('app.contents')}
      data-testid="panel"
    >
      <div className="panel-bar">
        {open ? (
          <button type="button" className="close" onClick={closeTop} aria-label={t('panel.close')}>
            ✕ <span className="close-text">{t('panel.close')}</span>
          </button>
        ) : (
          <button
            type="button"
            className="sheet-toggle"
            aria-expanded={expanded}
            onClick={() => setExpanded(!expanded)}
          >
            {t('app.contents')} {expanded ? '▾' : '▴'}
          </button>
        )}
      </div>
      <div className="panel-body" ref={body}>
        {/* A record that fails to show costs only itself: Close still works, and the next
            record, tool or page starts afresh. */}
        <ErrorBoundary
          key={topKey ?? 'contents'}
          fallback={(e) => (
            <p role="alert">{t('app.partFailed', { part: t('part.panel'), error: e.message })}</p>
          )}
        >
          {status === 'loading' ? (
            <p role="status">{t('app.loading')}</p>
          ) : sidePanel.top === 'tool' ? (
            <ToolPanel />
          ) : sidePanel.top === 'record' && sidePanel.record.kind === 'place' ? (
            <PlaceDetails id={sidePanel.record.id} />
          ) : sidePanel.top === 'record' ? (
            <ProjectDetails id={sidePanel.record.id} />
          ) : sidePanel.top === 'userFeature' ? (
            <UserFeature feature={sidePanel.feature} />
          ) : sidePanel.top === 'about' ? (
            <About />
          ) : (
            <ContentsList />
          )}
        </ErrorBoundary>
      </div>
    </aside>
  );
}
