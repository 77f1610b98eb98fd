/** Data that failed validation, named file › record › field › problem; never blocking. */
import { formatProblem } from '../data/problem.ts';
import { useAtlas } from '../state/index.ts';
import { useT } from './useT.ts';

export function ProblemsBanner() {
  const [t] = useT();
  const problems = useAtlas((s) => s.problems);
  const more = useAtlas((s) => s.problemsMore);
  if (!problems.length) return null;
  return (
    <details className="problems" role="alert">
      <summary>⚠ {t('problems.title', { count: problems.length + more })}</summary>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <code>{formatProblem(p)}</code>
          </li>
        ))}
        {more ? <li>{t('problems.more', { count: more })}</li> : null}
      </ul>
    </details>
  );
}
