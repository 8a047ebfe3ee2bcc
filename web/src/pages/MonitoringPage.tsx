import { useMemo, useState } from 'react';
import { type DriftVerdict, governanceApi, type SeriesPoint } from '../api/governance.ts';
import type { ListOf } from '../api/types.ts';
import { useLoad } from '../api/useLoad.ts';
import { Chart, type ChartOption } from '../charts/Chart.tsx';
import { Badge } from '../components/Badge.tsx';
import { palette } from '../components/decisions.ts';
import { GovernanceSection } from '../components/GovernanceSection.tsx';
import { ErrorNotice } from '../components/Notice.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useApi } from '../session/SessionProvider.tsx';

const RATES = [
  'block_rate',
  'refusal_rate',
  'escalation_rate',
  'review_rate',
  'negative_feedback_rate',
  'correction_rate',
] as const;
const GROUPINGS = ['', 'age_band', 'sex', 'language', 'region'] as const;

/** Post-release monitoring: rates over time for one deployment, overall or by user group, and drift. */
export function MonitoringPage() {
  const { t, pick, percent, dateTime } = useI18n();
  const api = useApi();
  const deployments = useLoad(
    (signal) =>
      api
        .get<ListOf<{ name: string }>>('/api/deployments', { signal })
        .then((l) => l.data.map((d) => d.name)),
    [api],
  );
  const [chosen, setChosen] = useState('');
  const [bucket, setBucket] = useState<'day' | 'hour'>('day');
  const [by, setBy] = useState<(typeof GROUPINGS)[number]>('');
  const [rate, setRate] = useState<(typeof RATES)[number]>('block_rate');
  const name = chosen || deployments.data?.[0] || '';

  const series = useLoad(
    (signal) =>
      name
        ? api.get<{ data: SeriesPoint[] }>(
            governanceApi.monitoring(name, `bucket=${bucket}${by ? `&by=${by}` : ''}`),
            { signal },
          )
        : Promise.resolve({ data: [] }),
    [api, name, bucket, by],
  );
  const drift = useLoad(
    (signal) =>
      name
        ? api.get<{ data: DriftVerdict[] }>(governanceApi.drift(name), { signal })
        : Promise.resolve({ data: [] }),
    [api, name],
  );

  const points = useMemo(() => series.data?.data ?? [], [series.data]);
  const groups = useMemo(() => [...new Set(points.map((p) => p.group))], [points]);
  const starts = useMemo(() => [...new Set(points.map((p) => p.start))].sort(), [points]);

  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (v === null ? '—' : `${v}%`) },
      legend: { top: 0 },
      grid: { left: 50, right: 20, top: 40, bottom: 40 },
      xAxis: { type: 'category', data: starts.map((s) => dateTime(s)) },
      yAxis: { type: 'value', min: 0, axisLabel: { formatter: '{value}%' } },
      series: groups.map((g, i) => ({
        type: 'line',
        name: g === 'all' ? t('monitoring.all') : g,
        connectNulls: false,
        itemStyle: { color: palette[i % palette.length] },
        data: starts.map((s) => {
          const v = points.find((p) => p.start === s && p.group === g)?.rates[rate].value;
          return v === null || v === undefined ? null : Math.round(v * 1000) / 10;
        }),
      })),
    }),
    [points, groups, starts, rate, t, dateTime],
  );

  return (
    <>
      <h1>{t('monitoring.title')}</h1>
      <p className="lead">{t('monitoring.lead')}</p>
      <ErrorNotice error={deployments.error} />
      <div className="form-row">
        <label>
          {t('deployments.name')}
          <select value={name} onChange={(e) => setChosen(e.target.value)}>
            {deployments.data?.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('monitoring.rate')}
          <select value={rate} onChange={(e) => setRate(e.target.value as (typeof RATES)[number])}>
            {RATES.map((r) => (
              <option key={r} value={r}>
                {t(`monitoring.rate.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('monitoring.bucket')}
          <select value={bucket} onChange={(e) => setBucket(e.target.value as 'day' | 'hour')}>
            <option value="day">{t('monitoring.byDay')}</option>
            <option value="hour">{t('monitoring.byHour')}</option>
          </select>
        </label>
        <label>
          {t('monitoring.groupBy')}
          <select value={by} onChange={(e) => setBy(e.target.value as (typeof GROUPINGS)[number])}>
            {GROUPINGS.map((g) => (
              <option key={g} value={g}>
                {t(`monitoring.group.${g || 'none'}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <section className="panel" aria-labelledby="series-heading">
        <h2 id="series-heading">{t(`monitoring.rate.${rate}`)}</h2>
        <GovernanceSection
          loaded={series}
          what={t('nav.monitoring')}
          api={governanceApi.monitoring(name || ':name', 'bucket=day')}
        >
          {() =>
            points.length === 0 ? (
              <p className="empty">{t('monitoring.noData')}</p>
            ) : (
              <>
                <Chart
                  option={option}
                  label={t('monitoring.chartLabel', { rate: t(`monitoring.rate.${rate}`), name })}
                  height={300}
                />
                <div className="table-scroll">
                  <table className="compact">
                    <thead>
                      <tr>
                        <th scope="col">{t('monitoring.period')}</th>
                        <th scope="col">{t('monitoring.group')}</th>
                        <th scope="col" className="num">
                          {t('monitoring.requests')}
                        </th>
                        <th scope="col" className="num">
                          {t(`monitoring.rate.${rate}`)}
                        </th>
                        <th scope="col">{t('evaluations.ci')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {points.map((p) => (
                        <tr key={`${p.start}-${p.group}`}>
                          <td>{dateTime(p.start)}</td>
                          <td>{p.group === 'all' ? t('monitoring.all') : p.group}</td>
                          <td className="num">{p.counts.requests}</td>
                          <td className="num">{percent(p.rates[rate].value)}</td>
                          <td>
                            {percent(p.rates[rate].ci_low)} – {percent(p.rates[rate].ci_high)}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )
          }
        </GovernanceSection>
      </section>
      <section className="panel" aria-labelledby="drift-heading">
        <h2 id="drift-heading">{t('monitoring.drift')}</h2>
        <GovernanceSection
          loaded={drift}
          what={t('monitoring.drift')}
          api={governanceApi.drift(name || ':name')}
        >
          {(d) =>
            d.data.length === 0 ? (
              <p className="empty">{t('monitoring.noDriftRules')}</p>
            ) : (
              <ul className="plain-list">
                {d.data.map((v) => (
                  <li key={v.rule}>
                    <Badge value={v.status} /> <strong>{pick(v.title)}</strong> — {pick(v.message)}
                  </li>
                ))}
              </ul>
            )
          }
        </GovernanceSection>
      </section>
    </>
  );
}
