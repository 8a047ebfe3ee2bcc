import type { RunDetail } from '../api/types.ts';
import { useLoad } from '../api/useLoad.ts';
import { Badge } from '../components/Badge.tsx';
import { FailuresList } from '../components/FailuresList.tsx';
import { ErrorNotice, Loading } from '../components/Notice.tsx';
import { RadarFigure } from '../components/RadarFigure.tsx';
import { RunProgress } from '../components/RunProgress.tsx';
import { SubgroupTable } from '../components/SubgroupTable.tsx';
import { TaskBars } from '../components/TaskBars.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { Link } from '../router/router.tsx';
import { useApi } from '../session/SessionProvider.tsx';

/** One run's report: the radar over the indicator system, tasks, subgroups and the worst answers. */
export function RunPage({ runId }: { runId: string }) {
  const { t, pick, percent, number, dateTime } = useI18n();
  const api = useApi();
  const run = useLoad(
    (signal) =>
      api.get<RunDetail & { live: null }>(`/api/console/evaluations/runs/${encodeURIComponent(runId)}`, {
        signal,
      }),
    [api, runId],
  );
  const r = run.data;
  const results = r?.results;

  const download = async () => {
    const blob = await api.blob(`/api/console/evaluations/runs/${encodeURIComponent(runId)}/report`);
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `yiheng-report-${runId}.html`;
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/evaluations">{t('nav.evaluations')}</Link> / {runId}
      </p>
      <h1>{results ? pick(results.suite.title) : t('run.title')}</h1>
      <ErrorNotice error={run.error} />
      {run.loading && !r && <Loading />}
      {r && (
        <dl className="facts">
          <div>
            <dt>{t('evaluations.model')}</dt>
            <dd>
              {r.model.id} v{r.model.version}
            </dd>
          </div>
          <div>
            <dt>{t('evaluations.suite')}</dt>
            <dd>
              {r.suite.id} v{r.suite.version}
            </dd>
          </div>
          <div>
            <dt>{t('common.status')}</dt>
            <dd>
              <Badge value={r.status} />
            </dd>
          </div>
          <div>
            <dt>{t('evaluations.overall')}</dt>
            <dd className="score-big" data-testid="overall">
              {percent(results?.overall?.value)}
              {results?.overall && (
                <span className="muted small">
                  {' '}
                  [{percent(results.overall.ci_low)} – {percent(results.overall.ci_high)}]
                </span>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('evaluations.items')}</dt>
            <dd>
              {number(r.n_items)} ({t('run.errorsCount', { n: r.n_errors })})
            </dd>
          </div>
          <div>
            <dt>{t('common.started')}</dt>
            <dd>{dateTime(r.started_at)}</dd>
          </div>
        </dl>
      )}
      {r && r.status === 'running' && (
        <RunProgress
          job={{
            run_id: r.id,
            suite: r.suite.id,
            model: r.model.id,
            state: 'running',
            done: 0,
            total: 0,
            errors: 0,
            overall: null,
            error: null,
          }}
          onFinished={run.reload}
        />
      )}
      {r?.error && <ErrorNotice error={new Error(r.error)} />}
      {results && (
        <>
          <p>
            <button type="button" onClick={download}>
              {t('run.downloadReport')}
            </button>
          </p>
          <RadarFigure results={results} />
          <TaskBars results={results} />
          <SubgroupTable results={results} />
          <FailuresList failures={results.failures} />
          <section className="panel" aria-labelledby="resources-heading">
            <h2 id="resources-heading">{t('run.resources')}</h2>
            <dl className="facts">
              <div>
                <dt>{t('run.calls')}</dt>
                <dd>
                  {number(results.resources.calls)} ({t('run.cached', { n: results.resources.cached_calls })})
                </dd>
              </div>
              <div>
                <dt>{t('run.tokens')}</dt>
                <dd>{number(results.resources.prompt_tokens + results.resources.completion_tokens)}</dd>
              </div>
              <div>
                <dt>{t('run.latency')}</dt>
                <dd>
                  p50 {results.resources.latency_ms.p50 ?? '—'} ms · p95{' '}
                  {results.resources.latency_ms.p95 ?? '—'} ms
                </dd>
              </div>
              <div>
                <dt>{t('run.duration')}</dt>
                <dd>{number(results.duration_s, 1)} s</dd>
              </div>
            </dl>
          </section>
        </>
      )}
    </>
  );
}
