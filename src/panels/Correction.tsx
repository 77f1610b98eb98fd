/**
 * "Suggest a correction" for the selected record or one of its values: a button that opens a
 * small form composing a report (CorrectionForm.tsx, a lazy chunk loaded when first opened).
 * Nothing leaves without the reader's click.
 */
import { lazy, Suspense, useState } from 'react';
import type { Citation } from '../data/schema.ts';
import { useAtlas } from '../state/index.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { useT } from './useT.ts';

const CorrectionForm = lazy(() => import('./CorrectionForm.tsx'));

interface Props {
  /** The field as the panel names it ("Cost"); the whole record when absent. */
  field?: string;
  current: string;
  citations: readonly Citation[];
}

export function SuggestCorrection({ field, current, citations }: Props) {
  const [t, lang] = useT();
  const [open, setOpen] = useState(false);
  const selection = useAtlas((s) => s.selection);
  const lookup = useAtlas((s) => s.lookup);
  if (!selection) return null;
  const rec =
    selection.kind === 'place'
      ? lookup.places.get(selection.id)
      : lookup.projects.get(selection.id);
  const name = rec?.properties.name[lang] ?? selection.id;
  const fieldName = field ?? t('correction.record');

  if (!open)
    return (
      <button
        type="button"
        className="small-button suggest"
        onClick={() => setOpen(true)}
        aria-label={`${t('correction.suggest')}: ${name} · ${fieldName}`}
      >
        {t('correction.suggest')}
      </button>
    );

  // A form that fails to load costs only itself, not the record's panel.
  return (
    <ErrorBoundary fallback={(e) => <p role="alert">{t('tools.failed', { error: e.message })}</p>}>
      <Suspense fallback={<span role="status">{t('tools.loading')}</span>}>
        <CorrectionForm
          selection={selection}
          name={name}
          fieldName={fieldName}
          current={current}
          citations={citations}
          onCancel={() => setOpen(false)}
        />
      </Suspense>
    </ErrorBoundary>
  );
}
