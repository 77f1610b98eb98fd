/** What the GeoJSON and CSV readers share: limits, labels, counts, the result's shape. */
import type { Feature } from 'geojson';
import type { ParseResult, UserFormat, UserGeometry, UserProblem, UserProps } from './types.ts';

/** Files larger than this are refused before they are read (bytes). */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
/**
 * More features than this would make the map slow: the file is refused. 100,000 points load
 * in a worker and pan smoothly (issue 10); twice that still does.
 */
export const MAX_FEATURES = 200_000;
/** Problems listed one by one; the rest are counted. */
export const MAX_LISTED = 50;

/** Property names whose value is a good label, in order of preference (any case; en, ru, ky). */
const LABEL_KEYS = [
  'name',
  'title',
  'label',
  'name_en',
  'название',
  'наименование',
  'имя',
  'аталышы',
  'аты',
  'id',
];

export function labelOf(props: Record<string, unknown>): string {
  const keys = Object.keys(props);
  for (const want of LABEL_KEYS) {
    const key = keys.find((k) => k.trim().toLowerCase() === want);
    const v = key === undefined ? undefined : props[key];
    if ((typeof v === 'string' && v.trim()) || typeof v === 'number') return String(v).trim();
  }
  return '';
}

export class Problems {
  readonly listed: UserProblem[] = [];
  more = 0;
  constructor(readonly file: string) {}
  add(p: Omit<UserProblem, 'file'>): void {
    if (this.listed.length < MAX_LISTED) this.listed.push({ file: this.file, ...p });
    else this.more++;
  }
}

export function fileProblem(
  file: string,
  code: UserProblem['code'],
  params?: UserProblem['params'],
): ParseResult {
  return { layer: null, problems: [{ file, where: { kind: 'file' }, field: '', code, params }] };
}

/** The result: a layer when anything can be drawn, else the reasons why not. */
export function result(
  file: string,
  format: UserFormat,
  features: Feature<UserGeometry, UserProps>[],
  problems: Problems,
): ParseResult {
  if (features.length === 0)
    return {
      layer: null,
      problems: [
        ...problems.listed,
        { file, where: { kind: 'file' }, field: '', code: 'nothingToDraw' },
      ],
    };
  const counts = { points: 0, lines: 0, areas: 0 };
  // Each feature's id is its index: a click on the map names the feature by it.
  features.forEach((f, i) => (f.id = i));
  for (const f of features) {
    const t = f.geometry.type;
    if (t === 'Point' || t === 'MultiPoint') counts.points++;
    else if (t === 'LineString' || t === 'MultiLineString') counts.lines++;
    else counts.areas++;
  }
  return {
    layer: {
      file,
      format,
      data: { type: 'FeatureCollection', features },
      counts,
      skipped: problems.listed,
      moreSkipped: problems.more,
    },
    problems: [],
  };
}
