/**
 * The article reader: which article is open, at which paragraph, in which language layout,
 * and the passage the reader chose. `read` and `p` go into the link (state/url.ts).
 *
 * Choosing a passage selects its record in the same update, so the link gains one history
 * entry (not two) and the map flies there (origin 'list').
 */
import type { StateCreator } from 'zustand';
import type { ArticleId } from '../../data/article.ts';
import type { AtlasState } from '../store.ts';
import type { SelectionKind } from './view.ts';
import { panelState, selectRecord } from './sidePanel.ts';

/** Kyrgyz only, the atlas's translation only, or both side by side (ru/en interface). */
export type ReaderLayout = 'original' | 'translation' | 'both';

export interface Reading {
  id: ArticleId;
  /** The paragraph the link points at (null: the top). */
  p: number | null;
}

export interface ReaderSlice {
  reading: Reading | null;
  readerLayout: ReaderLayout;
  /** A passage to find once the text is loaded (opened from a citation). */
  readerFind: string | null;
  /** The passage the reader chose (or was sent to), marked in the text. */
  readerPassage: string | null;
  openReader: (id: ArticleId, p?: number | null, find?: string | null) => void;
  setReaderParagraph: (p: number | null) => void;
  closeReader: () => void;
  setReaderLayout: (layout: ReaderLayout) => void;
  /** Marks paragraph p and selects a record the passage there is about. */
  choosePassage: (
    p: number,
    passage: string,
    record: { kind: SelectionKind; id: string } | null,
  ) => void;
}

export const initialReader = () => ({
  reading: null as Reading | null,
  readerLayout: 'both' as ReaderLayout,
  readerFind: null as string | null,
  readerPassage: null as string | null,
});

export const createReaderSlice: StateCreator<AtlasState, [], [], ReaderSlice> = (set, get) => ({
  ...initialReader(),
  openReader: (id, p = null, find = null) => {
    const cur = get().reading;
    if (cur?.id === id && cur.p === p && !find) return;
    const passage = find ?? (cur?.id === id ? get().readerPassage : null);
    set({ reading: { id, p }, readerFind: find, readerPassage: passage });
  },
  setReaderParagraph: (p) => {
    const cur = get().reading;
    if (cur && cur.p !== p) set({ reading: { ...cur, p }, readerFind: null });
  },
  closeReader: () => {
    if (get().reading) set({ reading: null, readerFind: null });
  },
  setReaderLayout: (readerLayout) => set({ readerLayout }),
  choosePassage: (p, passage, record) => {
    const { reading, lookup, selection } = get();
    if (!reading) return;
    const exists =
      record &&
      (record.kind === 'place' ? lookup.places.has(record.id) : lookup.projects.has(record.id));
    const same = selection?.kind === record?.kind && selection?.id === record?.id;
    set({
      reading: { ...reading, p },
      readerFind: null,
      readerPassage: passage,
      ...(exists && !same
        ? panelState(
            selectRecord(get().sidePanel, { kind: record.kind, id: record.id, origin: 'list' }),
          )
        : {}),
    });
  },
});
