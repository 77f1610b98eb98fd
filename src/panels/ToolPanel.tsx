/**
 * The side panel's tools — charts, export, the reader's own data, a point on the map — each
 * loaded only when first opened (none of it is in the first-load JavaScript). Focus goes to
 * its heading once it has loaded. (Escape and Close close whatever is on top: see App.tsx.)
 */
import { lazy, Suspense, useEffect, useRef, type RefObject } from 'react';
import { selectToolName, useAtlas } from '../state/index.ts';
import type { ToolPanel as ToolName } from '../state/slices/sidePanel.ts';
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
  const panel = useAtlas(selectToolName);
  const box = useRef<HTMLDivElement>(null);

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
