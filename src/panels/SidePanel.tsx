/**
 * The side panel (a bottom sheet on a phone): the selected record, the about page, or the
 * contents list. Focus moves to its heading when it changes, so keyboard and screen-reader
 * users land on what they opened.
 */
import { useEffect, useRef, useState } from 'react';
import { useAtlas } from '../state/index.ts';
import { About } from './About.tsx';
import { ContentsList } from './ContentsList.tsx';
import { PlaceDetails } from './PlaceDetails.tsx';
import { ProjectDetails } from './ProjectDetails.tsx';
import { ToolPanel } from './ToolPanel.tsx';
import { toolShown } from '../state/slices/panels.ts';
import { useT } from './useT.ts';

export function SidePanel() {
  const [t] = useT();
  const selection = useAtlas((s) => s.selection);
  const showAbout = useAtlas((s) => s.showAbout);
  const clear = useAtlas((s) => s.clearSelection);
  // A tool (charts, export, data, point): on top, or under a later selection or about page.
  const tool = useAtlas((s) => s.panel);
  const toolOnTop = useAtlas(toolShown);
  const closeTool = useAtlas((s) => s.closePanel);
  const status = useAtlas((s) => s.status);
  const [expanded, setExpanded] = useState(false);
  const body = useRef<HTMLDivElement>(null);
  const open = !!selection || showAbout || !!tool;

  useEffect(() => {
    if (!open) return;
    body.current?.scrollTo({ top: 0 });
    body.current?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }, [open, selection, showAbout, tool, toolOnTop]);

  return (
    <aside
      className={`panel ${open || expanded ? 'is-expanded' : ''}`}
      aria-label={open ? undefined : t('app.contents')}
      data-testid="panel"
    >
      <div className="panel-bar">
        {open ? (
          <button
            type="button"
            className="close"
            onClick={toolOnTop ? closeTool : clear}
            aria-label={t('panel.close')}
          >
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
        {status === 'loading' ? (
          <p role="status">{t('app.loading')}</p>
        ) : toolOnTop ? (
          <ToolPanel />
        ) : selection?.kind === 'place' ? (
          <PlaceDetails id={selection.id} />
        ) : selection?.kind === 'project' ? (
          <ProjectDetails id={selection.id} />
        ) : showAbout ? (
          <About />
        ) : (
          <ContentsList />
        )}
      </div>
    </aside>
  );
}
