import { useMemo } from 'react';
import type { Results } from '../api/types.ts';
import { Chart, type ChartOption } from '../charts/Chart.tsx';
import { useI18n } from '../i18n/i18n.tsx';

/** A fraction as a 0–100 score with one decimal, as the charts show it. */
const scale = (x: number | null | undefined) =>
  x === null || x === undefined ? null : Math.round(x * 1000) / 10;

/** Each task's primary metric with its 95% interval drawn as a whisker. */
export function TaskBars({ results }: { results: Results }) {
  const { t, pick, percent } = useI18n();
  const tasks = useMemo(
    () =>
      Object.entries(results.tasks).map(([key, task]) => {
        const metric = task.metrics[task.primary_metric];
        return { key, task, metric };
      }),
    [results],
  );
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 10, right: 50, top: 10, bottom: 30, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: tasks.map((x) => x.key),
        axisLabel: { width: 160, overflow: 'truncate' },
      },
      tooltip: { trigger: 'axis' },
      series: [
        {
          type: 'bar',
          name: t('run.score'),
          data: tasks.map((x) => scale(x.metric?.value)),
          itemStyle: { color: '#0b5394' },
          barMaxWidth: 18,
          label: { show: true, position: 'right', formatter: '{c}' },
        },
        // The interval: an invisible bar up to the low end, then the interval on top of it.
        {
          type: 'bar',
          stack: 'ci',
          silent: true,
          barGap: '-100%',
          barMaxWidth: 4,
          itemStyle: { color: 'transparent' },
          data: tasks.map((x) => scale(x.metric?.ci_low)),
        },
        {
          type: 'bar',
          stack: 'ci',
          silent: true,
          barMaxWidth: 4,
          name: t('evaluations.ci'),
          itemStyle: { color: '#1a2330' },
          data: tasks.map((x) => {
            const low = scale(x.metric?.ci_low);
            const high = scale(x.metric?.ci_high);
            return low === null || high === null ? null : Math.round((high - low) * 10) / 10;
          }),
        },
      ],
    }),
    [tasks, t],
  );

  return (
    <section className="panel" aria-labelledby="tasks-heading">
      <h2 id="tasks-heading">{t('run.tasks')}</h2>
      <Chart option={option} label={t('run.tasksLabel')} height={Math.max(160, 34 * tasks.length + 50)} />
      <div className="table-scroll">
        <table className="compact">
          <thead>
            <tr>
              <th scope="col">{t('run.task')}</th>
              <th scope="col">{t('run.metric')}</th>
              <th scope="col" className="num">
                {t('run.score')}
              </th>
              <th scope="col">{t('evaluations.ci')}</th>
              <th scope="col" className="num">
                {t('evaluations.items')}
              </th>
              <th scope="col" className="num">
                {t('run.errors')}
              </th>
            </tr>
          </thead>
          <tbody>
            {tasks.map(({ key, task, metric }) => (
              <tr key={key}>
                <th scope="row">{key}</th>
                <td>{metric ? pick(metric.label) : task.primary_metric}</td>
                <td className="num">{percent(metric?.value)}</td>
                <td>
                  {percent(metric?.ci_low)} – {percent(metric?.ci_high)}
                </td>
                <td className="num">{task.n_items}</td>
                <td className="num">{task.n_errors}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
