/** A project named with its sector symbol, as a link that opens it; with a note beside it. */
import type { ReactNode } from 'react';
import type { ProjectFeatureT } from '../data/registry.ts';
import { useAtlas } from '../state/index.ts';
import { SectorSymbol } from './SectorSymbol.tsx';
import { useT } from './useT.ts';

export function ProjectRow({ project, aside }: { project: ProjectFeatureT; aside: ReactNode }) {
  const [, lang] = useT();
  const select = useAtlas((s) => s.select);
  const p = project.properties;
  return (
    <li>
      <span>
        <SectorSymbol sector={p.sector} size={14} />{' '}
        <button type="button" className="linklike" onClick={() => select('project', p.id, 'list')}>
          {p.name[lang]}
        </button>
      </span>
      <span className="km">{aside}</span>
    </li>
  );
}
