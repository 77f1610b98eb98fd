/**
 * Fetches every dataset on its own, so a missing or broken file costs only that file.
 * Vite fingerprints the files (`?url`), so they cache forever and never go stale.
 *
 * Texts the build validated (data/verified.ts) are used as they are; anything else is
 * validated record by record first (data/validate.ts, in a worker: data/offThread.ts; both
 * loaded only then). Either way, `recheck` runs the full validation again, for when the
 * page is idle.
 */
import sourcesUrl from '../../geodata/sources.json?url';
import placesUrl from '../../geodata/places.geojson?url';
import meetingsUrl from '../../geodata/meetings.json?url';
import projectsUrl from '../../geodata/projects.geojson?url';
import indicatorsUrl from '../../geodata/indicators.json?url';
import linksUrl from '../../geodata/links.json?url';
import contextUrl from '../../geodata/context.json?url';
import type { Atlas, DatasetKey } from './registry.ts';
import type { Problem } from './problem.ts';
import { LOAD_ORDER, verifiedAtlas, type Verified } from './verified.ts';

export const datasetUrls: Record<DatasetKey, string> = {
  sources: sourcesUrl,
  places: placesUrl,
  meetings: meetingsUrl,
  projects: projectsUrl,
  indicators: indicatorsUrl,
  links: linksUrl,
  context: contextUrl,
};

async function fetchText(url: string): Promise<string | Error> {
  try {
    const res = await fetch(url);
    if (!res.ok) return new Error(`HTTP ${res.status}`);
    return await res.text();
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

export interface Loaded {
  atlas: Atlas;
  problems: Problem[];
  /** The full validation of what was loaded, to run later (set when it was skipped). */
  recheck?: () => Promise<{ atlas: Atlas; problems: Problem[] }>;
}

export async function loadAtlas(
  urls: Record<DatasetKey, string> = datasetUrls,
  verified: Verified = __GEODATA_VERIFIED__,
): Promise<Loaded> {
  const list = await Promise.all(LOAD_ORDER.map((k) => fetchText(urls[k])));
  const texts = Object.fromEntries(LOAD_ORDER.map((k, i) => [k, list[i]]));
  // The schemas and the worker that runs them load only when a text needs them.
  const validate = async () => (await import('./offThread.ts')).validateOffThread(texts);
  const atlas = verifiedAtlas(texts, verified);
  return atlas ? { atlas, problems: [], recheck: validate } : validate();
}
