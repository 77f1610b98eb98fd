/**
 * One box for every name: a keyboard-driven combobox (ARIA 1.2 pattern). Arrow keys move,
 * Enter opens, Escape closes; choosing a result flies there and opens its panel.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { buildSearchIndex, search, type SearchEntry } from '../data/search.ts';
import { useAtlas } from '../state/index.ts';
import { useT } from './useT.ts';

export function Search() {
  const [t, lang] = useT();
  const atlas = useAtlas((s) => s.atlas);
  const lookup = useAtlas((s) => s.lookup);
  const select = useAtlas((s) => s.select);
  const index = useMemo(() => buildSearchIndex(atlas, lookup), [atlas, lookup]);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const results = useMemo(() => search(index, query, lang), [index, query, lang]);
  const expanded = open && query.trim().length > 0;

  const choose = (r: SearchEntry | undefined) => {
    if (!r) return;
    select(r.target.kind, r.target.id, 'list');
    setOpen(false);
    setQuery(r.label[lang]);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(results.length - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(results[active]);
    } else if (e.key === 'Escape') {
      // Closes the list (or clears the box) without also closing the open panel.
      e.stopPropagation();
      e.nativeEvent.stopImmediatePropagation();
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };

  return (
    <div className="search" role="search">
      <input
        type="search"
        role="combobox"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && results[active] ? `${id}-${active}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <ul id={`${id}-list`} role="listbox" hidden={!expanded} aria-label={t('search.label')}>
        {results.length === 0 ? (
          <li className="muted" role="presentation">
            {t('search.none')}
          </li>
        ) : (
          results.map((r, i) => (
            <li
              key={`${r.kind}-${r.target.id}-${r.label.en}`}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(r)}
            >
              <span>{r.label[lang]}</span>
              <span className="muted small">
                {t(`search.kind.${r.kind}`)}
                {r.detail ? ` · ${r.detail}` : ''}
              </span>
            </li>
          ))
        )}
      </ul>
    </div>
  );
}
