import type { Comparison } from '../api/types.ts';
import { useLoad } from '../api/useLoad.ts';
import { ErrorNotice, Loading } from '../components/Notice.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { Link, useLocation } from '../router/router.tsx';
import { useApi } from '../session/SessionProvider.tsx';

/** Two runs item by item: the paired difference with its interval and p-value, per task and dimension. */
export function ComparePage() {
  const { t, percent, number } = useI18n();
  const api = useApi();
  const { query } = useLocation();
  const a = query.get('a') ?? '';
  const b = query.get('b') ?? '';
  const cmp = useLoad(
    (signal) =>
      api.get<Comparison>(
        `/api/console/evaluations/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`,
        {
          signal,
        },
      ),
    [api, a, b],
  );
  const c = cmp.data;
  const signed = (x: number | null | undefined) =>
    x === null || x === undefined ? '—' : `${x > 0 ? '+' : ''}${number(x * 100, 1)}`;
  const p = (x: number | null | undefined) =>
    x === null || x === undefined ? '—' : x < 0.001 ? '< 0.001' : number(x, 3);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/evaluations">{t('nav.evaluations')}</Link> / {t('compare.title')}
      </p>
      <h1>{t('compare.title')}</h1>
      <ErrorNotice error={cmp.error} />
      {cmp.loading && !c && <Loading />}
      {c && (
        <>
          <dl className="facts">
            <div>
              <dt>A</dt>
              <dd>
                <Link to={`/evaluations/runs/${encodeURIComponent(c.a.run_id)}`}>{c.a.run_id}</Link> ·{' '}
                {c.a.model} v{c.a.version}
              </dd>
            </div>
            <div>
              <dt>B</dt>
              <dd>
                <Link to={`/evaluations/runs/${encodeURIComponent(c.b.run_id)}`}>{c.b.run_id}</Link> ·{' '}
                {c.b.model} v{c.b.version}
              </dd>
            </div>
          </dl>
          {!c.same_suite && <div className="notice notice-info">{t('compare.differentSuites')}</div>}
          <section className="panel" aria-labelledby="overall-heading">
            <h2 id="overall-heading">{t('compare.overall')}</h2>
            <p className="score-big">
              {signed(c.overall.paired.delta)} {t('compare.points')}{' '}
              <span className="muted small">
                [{signed(c.overall.paired.ci_low)}, {signed(c.overall.paired.ci_high)}] · p ={' '}
                {p(c.overall.paired.p_value)} · n = {c.overall.n_paired}
              </span>
            </p>
            <p className="muted">{t('compare.explain')}</p>
          </section>
          <section className="panel" aria-labelledby="tasks-cmp-heading">
            <h2 id="tasks-cmp-heading">{t('run.tasks')}</h2>
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('run.task')}</th>
                    <th scope="col" className="num">
                      {t('compare.delta')}
                    </th>
                    <th scope="col">{t('evaluations.ci')}</th>
                    <th scope="col" className="num">
                      p
                    </th>
                    <th scope="col" className="num">
                      n
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {Object.entries(c.tasks).map(([key, task]) => (
                    <tr key={key}>
                      <th scope="row">{key}</th>
                      <td className="num">{signed(task.paired.delta)}</td>
                      <td>
                        [{signed(task.paired.ci_low)}, {signed(task.paired.ci_high)}]
                      </td>
                      <td className="num">{p(task.paired.p_value)}</td>
                      <td className="num">{task.n_paired}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section className="panel" aria-labelledby="dims-cmp-heading">
            <h2 id="dims-cmp-heading">{t('compare.dimensions')}</h2>
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('run.dimension')}</th>
                    <th scope="col" className="num">
                      A
                    </th>
                    <th scope="col" className="num">
                      B
                    </th>
                    <th scope="col" className="num">
                      {t('compare.delta')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {Object.entries(c.dimensions).map(([key, d]) => (
                    <tr key={key}>
                      <th scope="row">{key}</th>
                      <td className="num">{percent(d.a)}</td>
                      <td className="num">{percent(d.b)}</td>
                      <td className="num">{signed(d.delta)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </>
  );
}
