/**
 * The header's tools: charts, export, the reader's own data and a point on the map. On a
 * wide screen they are buttons in the header; on a phone, one "Tools" menu.
 */
import { useRef } from 'react';
import { selectToolName, toolShown, useAtlas } from '../state/index.ts';
import type { ToolPanel } from '../state/slices/sidePanel.ts';
import type { Key } from '../i18n/index.ts';
import { useT } from './useT.ts';

/** Where the point tool starts without a mouse: the map's centre, else central Kyrgyzstan. */
const HOME_POINT = { lng: 74.6, lat: 41.5 };

const BUTTONS: { panel: ToolPanel; label: Key; title?: Key }[] = [
  { panel: 'charts', label: 'tools.charts' },
  { panel: 'export', label: 'tools.export' },
  { panel: 'data', label: 'tools.data' },
  { panel: 'point', label: 'tools.point', title: 'tools.pointHint' },
];

export function Tools() {
  const [t] = useT();
  const current = useAtlas(selectToolName);
  const open = useAtlas((s) => s.openPanel);
  const close = useAtlas((s) => s.closePanel);
  const setProbe = useAtlas((s) => s.setProbe);
  const menu = useRef<HTMLDetailsElement>(null);

  const toggle = (panel: ToolPanel) => {
    if (menu.current) menu.current.open = false;
    const s = useAtlas.getState();
    if (current === panel && toolShown(s)) return close();
    if (panel !== 'point') return open(panel);
    setProbe(s.probe ?? (s.camera ? { lng: s.camera.lng, lat: s.camera.lat } : HOME_POINT));
  };

  const buttons = BUTTONS.map((b) => (
    <button
      key={b.panel}
      type="button"
      aria-pressed={current === b.panel}
      title={b.title ? t(b.title) : undefined}
      onClick={() => toggle(b.panel)}
    >
      {t(b.label)}
    </button>
  ));

  return (
    <>
      <div className="tool-buttons" role="group" aria-label={t('tools.label')}>
        {buttons}
      </div>
      <details className="tools-menu" ref={menu}>
        <summary>{t('tools.label')}</summary>
        <div className="tools-menu-list" role="group" aria-label={t('tools.label')}>
          {buttons}
        </div>
      </details>
    </>
  );
}
