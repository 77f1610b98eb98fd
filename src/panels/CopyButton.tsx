/** Copies a text to the clipboard and says so; where copying is blocked, says what to do. */
import { useState } from 'react';
import { useT } from './useT.ts';

export function CopyButton({ text, label }: { text: string; label?: string }) {
  const [t] = useT();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = () => {
    const done = navigator.clipboard?.writeText(text);
    if (!done) return setState('failed');
    done.then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return (
    <>
      <button type="button" className="small-button" onClick={copy}>
        {label ?? t('probe.copy')}
      </button>
      <span className="muted small" role="status">
        {state === 'copied'
          ? ` ${t('probe.copied')}`
          : state === 'failed'
            ? ` ${t('probe.copyFailed')}`
            : ''}
      </span>
    </>
  );
}
