/**
 * Fetches every dataset on its own, so a missing or broken file costs only that file.
 * Vite fingerprints the files (`?url`), so they cache forever and never go stale.
 */
import sourcesUrl from '../../geodata/sources.json?url';
import placesUrl from '../../geodata/places.geojson?url';
import meetingsUrl from '../../geodata/meetings.json?url';
import projectsUrl from '../../geodata/projects.geojson?url';
import indicatorsUrl from '../../geodata/indicators.json?url';
import linksUrl from '../../geodata/links.json?url';
import contextUrl from '../../geodata/context.json?url';
import { DATASET_KEYS, type Atlas, type DatasetKey } from './registry.ts';
import { buildAtlas, type Problem } from './validate.ts';

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

export async function loadAtlas(
  urls: Record<DatasetKey, string> = datasetUrls,
): Promise<{ atlas: Atlas; problems: Problem[] }> {
  const texts = await Promise.all(DATASET_KEYS.map((k) => fetchText(urls[k])));
  return buildAtlas(Object.fromEntries(DATASET_KEYS.map((k, i) => [k, texts[i]])));
}
