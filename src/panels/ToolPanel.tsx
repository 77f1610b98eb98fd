/**
 * The side panel's tools — charts, export, the reader's own data, a point on the map — each
 * loaded only when first opened (none of it is in the first-load JavaScript). Escape closes
 * the tool; focus goes to its heading once it has loaded.
 */
import { lazy, Suspense, useEffect, useRef, type RefObject } from 'react';
import { useAtlas } from '../state/index.ts';
import { toolShown, type ToolPanel as ToolName } from '../state/slices/panels.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { useT } from './useT.ts';

const TOOLS = {
  charts: lazy(() => import('./charts/Charts.tsx')),
  export: lazy(() => import('./Export.tsx')),
  data: lazy(() => import('./UserData.tsx')),
  point: lazy(() => import('./Probe.tsx').then((m) => ({ default: m.Probe }))),
} satisfies Record<ToolName, unknown>;

/** Moves focus to the tool's heading when it appears (after its code has loaded). */
function FocusHeading({ within }: { within: RefObject<HTMLDivElement | null> }) {
  useEffect(() => {
    within.current?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }, [within]);
  return null;
}

export function ToolPanel() {
  const [t] = useT();
  const panel = useAtlas((s) => s.panel);
  const close = useAtlas((s) => s.closePanel);
  const box = useRef<HTMLDivElement>(null);

  // Escape closes the tool, and only the tool: caught on the way down (capture) so that the
  // page's own Escape does not also clear the selection beneath. The search box keeps its
  // Escape (it closes its list).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      if (e.target instanceof Element && e.target.closest('[role="search"]')) return;
      if (!toolShown(useAtlas.getState())) return;
      e.stopPropagation();
      close();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [close]);

  if (!panel) return null;
  const Tool = TOOLS[panel];
  return (
    <div ref={box} className="tool-panel">
      <ErrorBoundary
        key={panel}
        fallback={(e) => <p role="alert">{t('tools.failed', { error: e.message })}</p>}
      >
        <Suspense fallback={<p role="status">{t('tools.loading')}</p>}>
          <Tool />
          <FocusHeading key={panel} within={box} />
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}
