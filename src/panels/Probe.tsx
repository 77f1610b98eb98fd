/**
 * A point the reader picked on the map: its coordinates (decimal and DMS, copyable, and
 * editable for keyboard users) and the projects and meeting cities within N km of it.
 * Loaded with the side panel's tools, so its turf code is not in the first load.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { formatDecimal, formatDms, parseCoordinate } from '../geo/coords.ts';
import { within } from '../geo/measure.ts';
import { formatNumber, formatQuantity } from '../i18n/format.ts';
import { useAtlas } from '../state/index.ts';
import { MAX_PROBE_RADIUS_KM } from '../state/slices/probe.ts';
import { CopyButton } from './CopyButton.tsx';
import { ProjectRow } from './ProjectRow.tsx';
import { useT } from './useT.ts';

export function Probe() {
  const [t, lang] = useT();
  const probe = useAtlas((s) => s.probe);
  const radius = useAtlas((s) => s.probeRadiusKm);
  const setRadius = useAtlas((s) => s.setProbeRadius);
  const setProbe = useAtlas((s) => s.setProbe);
  const projects = useAtlas((s) => s.atlas.projects);
  const places = useAtlas((s) => s.atlas.places);
  const select = useAtlas((s) => s.select);

  const near = useMemo(() => {
    if (!probe) return null;
    const at: [number, number] = [probe.lng, probe.lat];
    return {
      projects: within(at, radius, projects, (p) => p.geometry),
      cities: within(
        at,
        radius,
        places.filter((p) => p.properties.kind === 'city'),
        (p) => p.geometry,
      ),
    };
  }, [probe, radius, projects, places]);

  if (!probe || !near) return null;
  const hemispheres = {
    N: t('coords.N'),
    S: t('coords.S'),
    E: t('coords.E'),
    W: t('coords.W'),
  };
  const decimal = formatDecimal(probe.lng, probe.lat);
  const dms = `${formatDms(probe.lat, 'lat', hemispheres)}, ${formatDms(probe.lng, 'lng', hemispheres)}`;
  const km = (value: number) =>
    t('measure.approx', {
      value: formatQuantity(
        { value: value < 10 ? Math.round(value * 10) / 10 : Math.round(value), unit: 'km' },
        lang,
      ),
    });
  const radiusText = formatNumber(radius, lang);

  return (
    <section aria-labelledby="details-title" className="probe">
      <h2 id="details-title" tabIndex={-1}>
        {t('probe.title')}
      </h2>
      <p className="muted small">{t('probe.hint')}</p>
      <dl className="facts">
        <dt>{t('probe.decimal')}</dt>
        <dd>
          <code data-testid="probe-decimal">{decimal}</code> <CopyButton text={decimal} />
        </dd>
        <dt>{t('probe.dms')}</dt>
        <dd>
          <code data-testid="probe-dms">{dms}</code> <CopyButton text={dms} />
        </dd>
      </dl>
      <PointForm key={decimal} lng={probe.lng} lat={probe.lat} onGo={(p) => setProbe(p)} />
      <label className="radius">
        {t('probe.radius')}{' '}
        <input
          type="number"
          min={0}
          max={MAX_PROBE_RADIUS_KM}
          step={5}
          value={radius}
          onChange={(e) => {
            if (e.target.value !== '') setRadius(Number(e.target.value));
          }}
        />
      </label>
      <h3>{t('probe.projects', { count: near.projects.length, km: radiusText })}</h3>
      {near.projects.length ? (
        <ol className="near-list">
          {near.projects.map(({ item, km: d }) => (
            <ProjectRow key={item.properties.id} project={item} aside={km(d)} />
          ))}
        </ol>
      ) : null}
      <h3>{t('probe.cities', { count: near.cities.length, km: radiusText })}</h3>
      {near.cities.length ? (
        <ol className="near-list">
          {near.cities.map(({ item, km: d }) => (
            <li key={item.properties.id}>
              <button
                type="button"
                className="linklike"
                onClick={() => select('place', item.properties.id, 'list')}
              >
                {item.properties.name[lang]}
              </button>
              <span className="km">{km(d)}</span>
            </li>
          ))}
        </ol>
      ) : null}
      <p className="muted small">{t('probe.note')}</p>
    </section>
  );
}

/** Latitude and longitude typed in: the point panel without a mouse. */
function PointForm({
  lng,
  lat,
  onGo,
}: {
  lng: number;
  lat: number;
  onGo: (p: { lng: number; lat: number }) => void;
}) {
  const [t] = useT();
  const [la, setLa] = useState(lat.toFixed(5));
  const [ln, setLn] = useState(lng.toFixed(5));
  const hint = useId();
  // An empty or non-numeric field is no coordinate (not 0): the button waits, and says why.
  const p = { lat: parseCoordinate(la, 'lat'), lng: parseCoordinate(ln, 'lng') };
  const valid = p.lat !== null && p.lng !== null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (p.lat !== null && p.lng !== null) onGo({ lat: p.lat, lng: p.lng });
  };
  return (
    <form className="point-form" onSubmit={submit}>
      <label>
        {t('probe.latitude')}{' '}
        <input
          inputMode="decimal"
          value={la}
          onChange={(e) => setLa(e.target.value)}
          aria-invalid={p.lat === null}
          pattern="\s*[+\-]?\d{1,2}([.,]\d+)?\s*"
          size={10}
        />
      </label>
      <label>
        {t('probe.longitude')}{' '}
        <input
          inputMode="decimal"
          value={ln}
          onChange={(e) => setLn(e.target.value)}
          aria-invalid={p.lng === null}
          pattern="\s*[+\-]?\d{1,3}([.,]\d+)?\s*"
          size={10}
        />
      </label>
      <button
        type="submit"
        className="small-button"
        disabled={!valid}
        aria-describedby={valid ? undefined : hint}
      >
        {t('probe.go')}
      </button>
      <p id={hint} className="small" role="status">
        {valid ? '' : t('probe.invalid')}
      </p>
    </form>
  );
}
