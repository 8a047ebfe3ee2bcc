import { useMemo, useState } from 'react';
import { type GovernedDeployment, governanceApi } from '../api/governance.ts';
import type { ListOf, Overview } from '../api/types.ts';
import { useLoad } from '../api/useLoad.ts';
import { Chart, type ChartOption } from '../charts/Chart.tsx';
import { Badge } from '../components/Badge.tsx';
import { DECISIONS, decisionColours } from '../components/decisions.ts';
import { ErrorNotice, Loading } from '../components/Notice.tsx';
import { RecentIncidents } from '../components/RecentIncidents.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { Link } from '../router/router.tsx';
import { useApi, useSession } from '../session/SessionProvider.tsx';

const WINDOWS = [24, 24 * 7, 24 * 30];

/** The first page: what is deployed and in what state, how the guard decided, what needs a person. */
export function OverviewPage() {
  const { t, percent, number, dateTime } = useI18n();
  const api = useApi();
  const { can } = useSession();
  const [hours, setHours] = useState(24);
  const overview = useLoad(
    (signal) => api.get<Overview>(`/api/console/overview?hours=${hours}`, { signal }),
    [api, hours],
  );
  // What governance knows of each deployment (risk tier, gate hold), when this gateway serves it.
  const governed = useLoad(
    (signal) =>
      can('governance.records.read')
        ? api
            .get<ListOf<GovernedDeployment>>(governanceApi.deployments, { signal })
            .catch(() => ({ data: [] }))
        : Promise.resolve({ data: [] }),
    [api, can],
  );
  const governance = new Map((governed.data?.data ?? []).map((g) => [g.name, g]));
  const o = overview.data;
  const answered = o?.requests.answered ?? 0;
  const rate = (decision: string) => (answered > 0 ? (o?.decisions[decision] ?? 0) / answered : null);

  const option = useMemo<ChartOption>(() => {
    const labels = DECISIONS.map((d) => t(`value.${d}`));
    return {
      grid: { left: 10, right: 60, top: 10, bottom: 30, containLabel: true },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', inverse: true, data: labels },
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => `${v}%` },
      series: [
        {
          type: 'bar',
          barMaxWidth: 22,
          label: { show: true, position: 'right', formatter: '{c}%' },
          data: DECISIONS.map((d) => ({
            value: answered > 0 ? Math.round(((o?.decisions[d] ?? 0) / answered) * 1000) / 10 : 0,
            itemStyle: { color: decisionColours[d] },
          })),
        },
      ],
    };
  }, [o, answered, t]);

  return (
    <>
      <div className="page-head">
        <h1>{t('overview.title')}</h1>
        <label className="inline-field">
          {t('overview.window')}
          <select value={hours} onChange={(e) => setHours(Number(e.target.value))}>
            {WINDOWS.map((h) => (
              <option key={h} value={h}>
                {t(`overview.window.${h}` as never)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorNotice error={overview.error} />
      {overview.loading && !o && <Loading />}
      {o && (
        <>
          <section aria-labelledby="kpi-heading">
            <h2 id="kpi-heading" className="visually-hidden">
              {t('overview.kpis')}
            </h2>
            <dl className="kpis">
              <div className="kpi">
                <dt>{t('overview.answered')}</dt>
                <dd>{number(answered)}</dd>
              </div>
              <div className="kpi">
                <dt>{t('overview.redactRate')}</dt>
                <dd>{percent(rate('redact'))}</dd>
              </div>
              <div className="kpi">
                <dt>{t('overview.escalateRate')}</dt>
                <dd>{percent(rate('escalate'))}</dd>
              </div>
              <div className="kpi">
                <dt>{t('overview.blockRate')}</dt>
                <dd>{percent(rate('block'))}</dd>
              </div>
              <div className="kpi">
                <dt>{t('overview.reviewsPending')}</dt>
                <dd>
                  {can('review.read') ? (
                    <Link to="/review">{number(o.reviews_pending)}</Link>
                  ) : (
                    number(o.reviews_pending)
                  )}
                </dd>
              </div>
              <div className="kpi">
                <dt>{t('overview.errors')}</dt>
                <dd>{number(o.requests.errors)}</dd>
              </div>
            </dl>
          </section>

          <div className="grid-2">
            <section className="panel" aria-labelledby="rates-heading">
              <h2 id="rates-heading">{t('overview.decisionRates')}</h2>
              {answered === 0 ? (
                <p className="empty">{t('overview.noTraffic')}</p>
              ) : (
                <Chart option={option} label={t('overview.decisionRatesChart')} height={220} />
              )}
              <table className="compact">
                <caption className="visually-hidden">{t('overview.decisionRates')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('common.decision')}</th>
                    <th scope="col" className="num">
                      {t('common.count')}
                    </th>
                    <th scope="col" className="num">
                      {t('common.rate')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {DECISIONS.map((d) => (
                    <tr key={d}>
                      <th scope="row">
                        <Badge value={d} />
                      </th>
                      <td className="num">{number(o.decisions[d] ?? 0)}</td>
                      <td className="num">{percent(rate(d))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <RecentIncidents />
          </div>

          <section className="panel" aria-labelledby="deployments-heading">
            <h2 id="deployments-heading">{t('overview.deployments')}</h2>
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('deployments.name')}</th>
                    <th scope="col">{t('deployments.upstreams')}</th>
                    <th scope="col">{t('deployments.useCase')}</th>
                    <th scope="col">{t('common.status')}</th>
                    <th scope="col">{t('overview.gate')}</th>
                    <th scope="col" className="num">
                      {t('overview.answered')}
                    </th>
                    <th scope="col" className="num">
                      {t('overview.blockRate')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {o.deployments.map((d) => {
                    const total = Object.values(d.decisions).reduce((a, b) => a + b, 0);
                    const g = governance.get(d.name);
                    return (
                      <tr key={d.name}>
                        <th scope="row">
                          {can('deployments.read') ? (
                            <Link to={`/deployments?name=${encodeURIComponent(d.name)}`}>{d.name}</Link>
                          ) : (
                            d.name
                          )}
                        </th>
                        <td>{d.upstreams.join(' → ')}</td>
                        <td>{d.use_case ?? t('deployments.anyUseCase')}</td>
                        <td>
                          <Badge value={d.status} />
                          {d.status_reason && <span className="muted small"> {d.status_reason}</span>}
                        </td>
                        <td>
                          {g ? (
                            <>
                              {g.riskTier ? t('gate.tier', { tier: g.riskTier }) : t('gate.noUseCase')}
                              {g.gated && (
                                <span className={`badge ${g.status.heldByGate ? 'badge-warn' : 'badge-ok'}`}>
                                  {g.status.heldByGate ? t('overview.heldByGate') : t('overview.gatePassed')}
                                </span>
                              )}
                            </>
                          ) : (
                            '—'
                          )}
                        </td>
                        <td className="num">{number(total)}</td>
                        <td className="num">
                          {percent(total > 0 ? (d.decisions.block ?? 0) / total : null)}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>

          <section className="panel" aria-labelledby="runs-heading">
            <h2 id="runs-heading">{t('overview.recentRuns')}</h2>
            {o.recent_runs.length === 0 ? (
              <p className="empty">{t('evaluations.noRuns')}</p>
            ) : (
              <ul className="plain-list">
                {o.recent_runs.map((r) => (
                  <li key={r.id}>
                    <Link to={`/evaluations/runs/${encodeURIComponent(r.id)}`}>
                      {r.suite.id} · {r.model.id}
                    </Link>{' '}
                    <Badge value={r.status} /> <span className="muted small">{dateTime(r.started_at)}</span>
                    {r.overall !== null && <span className="score"> {percent(r.overall)}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}
