/**
 * The side panel (a bottom sheet on a phone): the selected record, the about page, a tool or
 * the contents list (state/slices/sidePanel.ts decides which). Focus moves to its heading
 * when it changes, so keyboard and screen-reader users land on what they opened; when the
 * panel closes, focus goes back to what opened it (see useReturnFocus.ts).
 *
 * Only the contents list is part of the first map: a record's panel (city, project), the
 * about page and a feature of the reader's own data are lazy chunks, loaded when first
 * shown ("Loading…" meanwhile); its heading takes focus once it has arrived.
 */
import {
  lazy,
  Suspense,
  useDeferredValue,
  useEffect,
  useRef,
  useState,
  type PointerEvent,
} from 'react';
import { useAtlas } from '../state/index.ts';
import { ContentsList } from './ContentsList.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { ToolPanel } from './ToolPanel.tsx';
import { layerKeys, useReturnFocus } from './useReturnFocus.ts';
import { useT } from './useT.ts';

const PlaceDetails = lazy(() =>
  import('./PlaceDetails.tsx').then((m) => ({ default: m.PlaceDetails })),
);
const ProjectDetails = lazy(() =>
  import('./ProjectDetails.tsx').then((m) => ({ default: m.ProjectDetails })),
);
const About = lazy(() => import('./About.tsx').then((m) => ({ default: m.About })));
const UserFeature = lazy(() =>
  import('./UserFeature.tsx').then((m) => ({ default: m.UserFeature })),
);

/** Calls `onShown` once it is committed: beside a lazy panel, when the panel has arrived. */
function Shown({ onShown }: { onShown: () => void }) {
  useEffect(onShown, [onShown]);
  return null;
}

export function SidePanel() {
  const [t] = useT();
  // Deferred: a click's first frame (the map's highlight, drawn by the reconciler) comes
  // before the record's panel is rendered, which React then does in the background.
  const sidePanel = useDeferredValue(useAtlas((s) => s.sidePanel));
  const closeTop = useAtlas((s) => s.closeTop);
  const status = useAtlas((s) => s.status);
  // On a phone (styles.css) the panel is a bottom sheet: closed (just its bar), at its peek
  // height (theme.sheet.peek, the map frames a selection above it) or full. Elsewhere these
  // classes change nothing.
  const open = sidePanel.top !== 'contents';
  const [sheet, setSheet] = useState<'closed' | 'peek' | 'full'>(open ? 'peek' : 'closed');
  const body = useRef<HTMLDivElement>(null);
  const dragFrom = useRef<number | null>(null);
  // A record, tool or page opens the sheet at its peek height; closing it closes the sheet.
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    setSheet(open ? (sheet === 'full' ? 'full' : 'peek') : 'closed');
  }
  const grow = () => setSheet(sheet === 'closed' ? 'peek' : 'full');
  const shrink = () => setSheet(sheet === 'full' ? 'peek' : open ? 'peek' : 'closed');
  const onHandleDown = (e: PointerEvent<HTMLButtonElement>) => {
    dragFrom.current = e.clientY;
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onHandleUp = (e: PointerEvent<HTMLButtonElement>) => {
    const from = dragFrom.current;
    dragFrom.current = null;
    if (from === null) return;
    const dy = e.clientY - from;
    if (dy < -24) grow();
    else if (dy > 24) shrink();
    else if (sheet === 'full')
      shrink(); // a tap: the other height
    else grow();
  };
  // What is on top, by name: a new point in the point tool is not a new panel.
  const topKey = layerKeys(sidePanel)[0];
  useReturnFocus(sidePanel.top);

  // The layer whose heading is to take focus once its code has loaded (see Shown).
  const focusWhenShown = useRef<string | undefined>(undefined);
  const focusHeading = () =>
    body.current?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  useEffect(() => {
    focusWhenShown.current = undefined;
    if (!topKey) return;
    body.current?.scrollTo({ top: 0 });
    // Its chunk is still loading: the heading does not exist yet.
    if (body.current?.querySelector('.panel-loading')) focusWhenShown.current = topKey;
    else focusHeading();
  }, [topKey]);
  const onShown = () => {
    if (!topKey || focusWhenShown.current !== topKey) return;
    focusWhenShown.current = undefined;
    focusHeading();
  };

  return (
    <aside
      className={`panel ${sheet !== 'closed' ? 'is-expanded' : ''} ${sheet === 'full' ? 'is-full' : ''}`}
      aria-label={open ? undefined : t('app.contents')}
      data-testid="panel"
      data-sheet={sheet}
    >
      <div className="panel-bar">
        {/* The sheet's handle: drag up or down, or tap, to change its height (keyboard: Enter). */}
        <button
          type="button"
          className="sheet-handle"
          aria-expanded={sheet === 'full'}
          aria-label={
            !open ? undefined : sheet === 'full' ? t('panel.sheetLess') : t('panel.sheetMore')
          }
          onPointerDown={onHandleDown}
          onPointerUp={onHandleUp}
          onPointerCancel={() => (dragFrom.current = null)}
          onClick={(e) => {
            // Pointer taps are handled on pointer-up; this is the keyboard's click.
            if (e.detail === 0) (sheet === 'full' ? shrink : grow)();
          }}
        >
          <span className="grip" aria-hidden="true" />
          {!open && (
            <span className="sheet-title">
              {t('app.contents')} {sheet === 'closed' ? '▴' : '▾'}
            </span>
          )}
        </button>
        {open && (
          <button type="button" className="close" onClick={closeTop} aria-label={t('panel.close')}>
            <span aria-hidden="true">✕</span>
            <span className="close-text">{t('panel.close')}</span>
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
          ) : sidePanel.top === 'contents' ? (
            <ContentsList />
          ) : (
            <Suspense
              fallback={
                <p role="status" className="panel-loading">
                  {t('tools.loading')}
                </p>
              }
            >
              {sidePanel.top === 'record' && sidePanel.record.kind === 'place' ? (
                <PlaceDetails id={sidePanel.record.id} />
              ) : sidePanel.top === 'record' ? (
                <ProjectDetails id={sidePanel.record.id} />
              ) : sidePanel.top === 'userFeature' ? (
                <UserFeature feature={sidePanel.feature} />
              ) : (
                <About />
              )}
              <Shown onShown={onShown} />
            </Suspense>
          )}
        </ErrorBoundary>
      </div>
    </aside>
  );
}
