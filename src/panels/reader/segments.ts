/**
 * Cuts one block's text into runs for rendering: plain text, quoted passages, and the
 * numbers and dates inside passages (each its own run, so no link nests in another). Pure.
 */
import { numbersIn, type Span } from '../../data/quotes.ts';

export interface Run {
  text: string;
  /** Indexes into the article's quotes that cover this run (shortest passage first). */
  quotes: number[];
  number: boolean;
}

export function runsOf(
  text: string,
  n: number,
  spans: readonly { quote: number; span: Span; length: number }[],
  /** Numbers as the atlas records them ("800 миң"): marked whole, before bare digits. */
  printed: readonly string[] = [],
): Run[] {
  const mine = spans.filter((s) => s.span.n === n);
  const cuts = new Set([0, text.length]);
  for (const { span } of mine) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const inPassage = (i: number) => mine.some((s) => s.span.start <= i && i < s.span.end);
  const whole = printed.flatMap((p) => {
    const start = p ? text.indexOf(p) : -1;
    return start >= 0 && inPassage(start) ? [{ start, end: start + p.length, text: p }] : [];
  });
  const numbers = [
    ...whole,
    ...numbersIn(text).filter(
      (m) => inPassage(m.start) && !whole.some((w) => w.start < m.end && m.start < w.end),
    ),
  ];
  for (const m of numbers) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k] ?? 0;
    const end = points[k + 1] ?? start;
    const quotes = mine
      .filter((s) => s.span.start <= start && end <= s.span.end)
      .sort((a, b) => a.length - b.length)
      .map((s) => s.quote);
    const number = quotes.length > 0 && numbers.some((m) => m.start <= start && end <= m.end);
    const last = runs.at(-1);
    const piece = text.slice(start, end);
    if (last && !number && !last.number && last.quotes.join() === quotes.join()) last.text += piece;
    else runs.push({ text: piece, quotes: [...new Set(quotes)], number });
  }
  return runs;
}
