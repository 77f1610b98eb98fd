/**
 * The charts page of the side panel (loaded only when opened): Chinese investment by sector
 * since 2013, Kyrgyzstan's trade with SCO members in 2007 by country, and the atlas's
 * projects by status year by year — each with its sources and a table.
 */
import { useMemo } from 'react';
import { STATUSES, SECTORS, type Sector } from '../../data/vocab.ts';
import { formatNumber, formatQuantity } from '../../i18n/format.ts';
import { useAtlas } from '../../state/index.ts';
import { theme } from '../../theme.ts';
import { useT } from '../useT.ts';
import { Bars } from './Bars.tsx';
import { ChartFigure } from './ChartFigure.tsx';
import {
  investmentBySector,
  shareRest,
  statusByYear,
  timelineCitations,
  tradeByCountry,
  INVESTMENT_ID,
  TRADE_ID,
} from './data.ts';
import { STATUS_COLOUR, StatusChart } from './StatusChart.tsx';

const isSector = (k: string): k is Sector => (SECTORS as readonly string[]).includes(k);

export default function Charts() {
  const [t, lang] = useT();
  const indicators = useAtlas((s) => s.atlas.indicators);
  const projects = useAtlas((s) => s.atlas.projects);
  const investment = useMemo(() => investmentBySector(indicators), [indicators]);
  const trade = useMemo(() => tradeByCountry(indicators), [indicators]);
  const years = useMemo(() => statusByYear(projects), [projects]);
  const historyCites = useMemo(() => timelineCitations(projects), [projects]);
  const usd = (value: number) => formatQuantity({ value, unit: 'USD' }, lang);
  const pct = (value: number) => formatQuantity({ value, unit: 'percent' }, lang);

  return (
    <section aria-labelledby="details-title" className="charts">
      <h2 id="details-title" tabIndex={-1}>
        {t('charts.title')}
      </h2>
      <p className="muted small">{t('charts.intro')}</p>

      {investment ? (
        <ChartFigure
          testId="chart-investment"
          title={investment.title[lang]}
          chart={
            <Bars
              bars={investment.bars}
              lang={lang}
              format={usd}
              colour={(b) => (isSector(b.key) ? theme.sector[b.key] : '#5f6b76')}
            />
          }
          notes={
            investment.total ? (
              <p className="small">{t('charts.total', { value: usd(investment.total.value) })}</p>
            ) : null
          }
          table={{
            head: [t('charts.col.sector'), t('charts.col.amount')],
            rows: [
              ...investment.bars.map((b) => [b.label[lang], usd(b.value)]),
              ...(investment.total ? [[t('charts.col.total'), usd(investment.total.value)]] : []),
            ],
          }}
          citations={investment.citations}
        />
      ) : (
        <p>{t('charts.missing', { id: INVESTMENT_ID })}</p>
      )}

      {trade ? (
        <ChartFigure
          testId="chart-trade"
          title={trade.title[lang]}
          chart={<Bars bars={trade.bars} lang={lang} format={pct} colour={() => theme.linked} />}
          notes={
            <p className="small">
              {trade.total ? `${trade.total.label?.[lang] ?? ''}: ${usd(trade.total.value)}. ` : ''}
              {t('charts.trade.rest', {
                sum: pct(shareRest(trade).sum),
                rest: pct(shareRest(trade).rest),
              })}
            </p>
          }
          table={{
            head: [t('charts.col.country'), t('charts.col.share')],
            rows: trade.bars.map((b) => [b.label[lang], pct(b.value)]),
          }}
          citations={trade.citations}
        />
      ) : (
        <p>{t('charts.missing', { id: TRADE_ID })}</p>
      )}

      <ChartFigure
        testId="chart-status"
        title={t('charts.status.title')}
        chart={<StatusChart years={years} />}
        notes={
          <>
            <ul className="chart-legend small">
              {STATUSES.map((s) => (
                <li key={s}>
                  <span className="swatch" style={{ background: STATUS_COLOUR[s] }} />
                  {t(`status.${s}`)}
                </li>
              ))}
            </ul>
            <p className="muted small">{t('charts.status.note')}</p>
          </>
        }
        table={{
          head: [
            t('charts.col.year'),
            ...STATUSES.map((s) => t(`status.${s}`)),
            t('charts.col.total'),
          ],
          rows: years
            .filter((y) => y.total > 0)
            .map((y) => [
              String(y.year),
              ...STATUSES.map((s) => formatNumber(y.counts[s], lang)),
              formatNumber(y.total, lang),
            ]),
        }}
        citations={historyCites}
      />
    </section>
  );
}
