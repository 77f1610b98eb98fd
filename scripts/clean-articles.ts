/**
 * `npx tsx scripts/clean-articles.ts`: turns the PDF-extracted article texts
 * (geodata/articles/*.txt, unchanged) into the structured files the reader shows
 * (geodata/articles/<name>.json): abstracts, keywords, headings and paragraphs, each
 * numbered. Deterministic; a contract test reruns it in memory and compares.
 *
 * What it undoes:
 *  - line breaks inside paragraphs (the page width), and blank lines between every line;
 *  - page breaks (runs of blank lines) in the middle of a sentence;
 *  - hyphenation across lines: "Рес-|публика" → "Республика", while a real hyphen stays
 *    ("кыргыз-|кытай", "2002-|жылы"): kept when both halves are words of their own in the
 *    articles, or the first is a number;
 *  - the bullet glyph of the PDF's private-use font ("\uf0b7").
 * Where a paragraph ends is not in the text reliably, so each article lists the opening
 * words of its paragraphs (below); the script fails if one is not found where expected.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleBlock, ArticleDoc, ArticleId } from '../src/data/article.ts';
import { ARTICLE_FILES } from '../src/data/article.ts';
import type { Lang } from '../src/data/schema.ts';

interface Start {
  /** The block's first words, as they stand in the cleaned text. */
  at: string;
  kind?: ArticleBlock['kind'];
  lang?: Lang;
  /** A run-in heading at the start of the paragraph, split off as a heading of its own. */
  heading?: string;
}

export interface ArticleSpec {
  id: ArticleId;
  starts: Start[];
}

const BULLET = '\uf0b7';
/** Words broken at a line end whose halves happen to be words too ("ал" + "тын"). */
const BROKEN_WORDS = new Set(['ал|тын', 'демилгеси|не']);
/** Hyphenated compounds broken at the hyphen whose second half stands nowhere else. */
const COMPOUNDS = new Set([
  'жылдан|жылга',
  'илимий|техникалык',
  'транспорттук|коммуникациялык',
  'азия|тынч',
]);
/** A hyphenation left in the middle of a line by an earlier layout. */
const REPAIRS: [string, string][] = [['Кы-тайдын', 'Кытайдын']];
/** A word with no hyphen attached: the halves of "Кы-тай" or "кыргыз-кытай" do not count. */
const standalone = /(?<![\p{L}-])\p{L}+(?![\p{L}-])/gu;

/** Lines of the text with the hyphenation undone and the line breaks as single spaces. */
export function joinLines(raw: string, lexicon: ReadonlySet<string>): string {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/u, '').replace(/^\s+/u, ''))
    .filter((l) => l !== '');
  let out = '';
  for (const line of lines) {
    if (out === '') {
      out = line;
      continue;
    }
    const m = /(\p{L}+|\d+)-$/u.exec(out);
    const next = /^\p{L}+/u.exec(line);
    if (m && next && !/\s-$/u.test(out)) {
      const before = m[1] ?? '';
      const after = next[0];
      const pair = `${before}|${after}`.toLowerCase();
      const real =
        /^\d+$/.test(before) ||
        COMPOUNDS.has(pair) ||
        (!BROKEN_WORDS.has(pair) &&
          lexicon.has(before.toLowerCase()) &&
          lexicon.has(after.toLowerCase()));
      out = real ? out + line : out.slice(0, -1) + line;
    } else out = `${out} ${line}`;
  }
  return out.replace(/[ \t]+/g, ' ');
}

/** Every word that stands whole (not broken at a line end) somewhere in the texts. */
export function lexiconOf(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const t of texts) {
    let broken = false;
    for (const line of t.split('\n')) {
      if (line.trim() === '') continue;
      // A line ending in a hyphen breaks its last word; the next line starts with the rest.
      let body = line.replace(/\S*-\s*$/u, '');
      if (broken) body = body.replace(/^\s*\S+/u, '');
      broken = /\p{L}-\s*$/u.test(line);
      for (const w of body.match(standalone) ?? []) words.add(w.toLowerCase());
    }
  }
  return words;
}

/** Splits the joined text into blocks at each start, in order. */
export function cleanArticle(raw: string, spec: ArticleSpec, lexicon: ReadonlySet<string>) {
  let text = joinLines(raw, lexicon).replaceAll(BULLET, '\n').trim();
  for (const [from, to] of REPAIRS) text = text.replaceAll(from, to);
  const blocks: ArticleBlock[] = [];
  let from = 0;
  const cuts: { index: number; start: Start }[] = [];
  for (const start of spec.starts) {
    const index = text.indexOf(start.at, from);
    if (index < 0) throw new Error(`${spec.id}: "${start.at}" not found after ${from}`);
    cuts.push({ index, start });
    from = index + start.at.length;
  }
  if (cuts[0]?.index !== 0 && text.slice(0, cuts[0]?.index).trim() !== '')
    throw new Error(`${spec.id}: text before the first block`);
  let n = 0;
  for (const [i, { index, start }] of cuts.entries()) {
    const end = cuts[i + 1]?.index ?? text.length;
    let body = text.slice(index, end).replace(/\s+/g, ' ').trim();
    const lang = start.lang ?? 'ky';
    if (start.heading) {
      if (!body.startsWith(start.heading)) throw new Error(`${spec.id}: no "${start.heading}"`);
      blocks.push({ n: ++n, kind: 'heading', lang, text: start.heading.replace(/\.$/, '') });
      body = body.slice(start.heading.length).trim();
    }
    blocks.push({ n: ++n, kind: start.kind ?? 'p', lang, text: body });
  }
  return { id: spec.id, file: `articles/${ARTICLE_FILES[spec.id]}.txt`, blocks } as ArticleDoc;
}

const ky = (at: string, extra: Omit<Start, 'at'> = {}): Start => ({ at, ...extra });
const item = (at: string): Start => ({ at, kind: 'item' });

export const SPECS: ArticleSpec[] = [
  {
    id: 'article-sco',
    starts: [
      ky('Аннотация. Аймактык', { kind: 'abstract' }),
      ky('Аннотация. Региональное', { kind: 'abstract', lang: 'ru' }),
      ky('Abstract. Regional', { kind: 'abstract', lang: 'en' }),
      ky('Key words:', { kind: 'keywords', lang: 'en' }),
      ky('Кыргыз Республикасы ШКУнын'),
      ky('ШКУнун өлкөлөрүнүн экономикалык кызматташуусу'),
      ky('Соода - экономикалык чөйрөдөгү'),
      ky('2006-жылдын 15-июнунда'),
      ky('Жалпысынан алганда'),
      ky('Регламентке ылайык'),
      ky('ШКУнун мүчө-мамлекеттеринин жетекчилери кол койгон'),
      item('1. Шанхай кызматташтык уюмунун мүчө-мамлекеттеринин жетекчилеринин Душанбе'),
      item('2. Шанхай'),
      item('3. Шанхай'),
      item('4. Шанхай'),
      item('5. Шанхай'),
      ky('ШКУнун мүчө-мамлекеттеринин жетекчилеринин катышуусунда'),
      item('1. Шанхай'),
      item('2. Шанхай'),
      item('3. Шанхай'),
      ky('Алгачында, чегара'),
      ky('ШКУда аймактык кызматташуунун жаңы үлгүсү'),
      ky('Таасирдүү саясий кызматташууну'),
      ky('ШКУ өз ишмердигинде'),
      ky('Соода – экономиалык чөйрөдө'),
      ky('Ушул Программанын алкагындагы'),
      ky('Шанхай саммитинин жүрүшүндө'),
      ky('Маданий – гуманитардык чөйрөдө'),
      ky('Россия, тескерисинче'),
      ky('ШКУ мүчө-мамлекеттериндеги'),
    ],
  },
  {
    id: 'article-bri',
    starts: [
      ky('Кытай менен Кыргызстан коңшу', { kind: 'abstract' }),
      ky('Негизги сөздөр:', { kind: 'keywords' }),
      ky('Китай и Кыргызстан', { kind: 'abstract', lang: 'ru' }),
      ky('Ключевые слова:', { kind: 'keywords', lang: 'ru' }),
      ky('China and Kyrgyzstan', { kind: 'abstract', lang: 'en' }),
      ky('Key words:', { kind: 'keywords', lang: 'en' }),
      ky('Киришүү.', { heading: 'Киришүү.' }),
      ky('Кыргыз-кытай мамилелеринин негизинде'),
      ky('Кыргызстан менен Кытайдын ортосундагы эко'),
      ky('Кыргыз-кытай кызматташтыгын бул өңүттөн'),
      ky('Кытайдын "Бир алкак- бир жол" долбоору'),
      ky('Борбордук Азия өлкөлөрү, тагыраак'),
      ky('Бул контекстте көп нерсе'),
      ky('«Бир алкак-бир жол» долбоорунун алкагында кыргыз', {
        heading:
          '«Бир алкак-бир жол» долбоорунун алкагында кыргыз-кытай экономикалык кызматташтыгы.',
      }),
      ky('Кыргызстан биринчилерден болуп'),
      ky('2013-жылдан бери Кытайдын Кыргызстанга'),
      ky('«Кытай Сино-Пиплайн'),
      ky('Кыргызстандын шахталарында'),
      ky('Экономикалык демилгени узак'),
      ky('«Бир алкак-бир жол» долбоорунун алкагында Кыргызстан', {
        heading:
          '«Бир алкак-бир жол» долбоорунун алкагында Кыргызстан-Кытай экономикалык мамилелеринин келечеги.',
      }),
      item('учурдагы темир жолдорду'),
      item('Энергетикалык ресурстарды'),
      item('Евразия экономикалык биримдигине мүчө'),
      item('Кыргызстандын транспорт жана'),
      item('эркин соода зонасын'),
      ky('Айрыкча, Кыргызстандын'),
      ky('Корутунду.', { heading: 'Корутунду.' }),
      ky('Бул долбоордун алкагында Кыргыз-Кытай'),
      item('1. Ишкана ачылган'),
      item('2. Кытай-Кыргыз ишканасында'),
      item('3. Кытай ишканаларынын'),
      ky('Жогоруда аталган терс'),
      ky('Мындан тышкары Кытай өкмөтү'),
      ky('Жыйынтыктап айтканда'),
    ],
  },
];

export const articlesDir = join(import.meta.dirname, '..', 'geodata', 'articles');

/** The cleaned documents, computed from the texts on disk (what the script writes). */
export function cleanAll(): { name: string; json: string }[] {
  const raws = SPECS.map((s) =>
    readFileSync(join(articlesDir, `${ARTICLE_FILES[s.id]}.txt`), 'utf8'),
  );
  const lexicon = lexiconOf(raws);
  return SPECS.map((spec, i) => ({
    name: `${ARTICLE_FILES[spec.id]}.json`,
    json: `${JSON.stringify(cleanArticle(raws[i] ?? '', spec, lexicon), null, 2)}\n`,
  }));
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  for (const { name, json } of cleanAll()) {
    writeFileSync(join(articlesDir, name), json);
    console.log(`wrote geodata/articles/${name}`);
  }
}
