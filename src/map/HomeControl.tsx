/**
 * A map control that is always there: one button, styled like MapLibre's own, that brings
 * the camera back to the home view (Kyrgyzstan and its neighbours). A child of <Map>.
 */
import { useEffect, useRef } from 'react';
import { useControl, type ControlPosition } from 'react-map-gl/maplibre';
import type { IControl } from 'maplibre-gl';

const SVG = 'http://www.w3.org/2000/svg';

class HomeButton implements IControl {
  readonly container = document.createElement('div');
  readonly button = document.createElement('button');

  constructor(onClick: () => void) {
    this.container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    this.button.type = 'button';
    this.button.className = 'maplibregl-ctrl-home';
    // A small house, drawn as SVG elements (no markup strings).
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 20 20');
    svg.setAttribute('width', '20');
    svg.setAttribute('height', '20');
    svg.setAttribute('aria-hidden', 'true');
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', 'M10 3 2.5 9.5H5V17h4v-4.5h2V17h4V9.5h2.5Z');
    path.setAttribute('fill', 'currentColor');
    svg.append(path);
    this.button.append(svg);
    this.button.addEventListener('click', onClick);
    this.container.append(this.button);
  }

  setLabel(label: string) {
    this.button.title = label;
    this.button.setAttribute('aria-label', label);
  }

  onAdd() {
    return this.container;
  }

  onRemove() {
    this.container.remove();
  }
}

export function HomeControl({
  label,
  onHome,
  position = 'top-left',
}: {
  label: string;
  onHome: () => void;
  position?: ControlPosition;
}) {
  const latest = useRef(onHome);
  useEffect(() => {
    latest.current = onHome;
  }, [onHome]);
  const control = useControl(() => new HomeButton(() => latest.current()), { position });
  useEffect(() => control.setLabel(label), [control, label]);
  return null;
}
