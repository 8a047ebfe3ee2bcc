import { useMemo } from 'react';
import type { Results } from '../api/types.ts';
import { Chart, type ChartOption } from '../charts/Chart.tsx';
import { useI18n } from '../i18n/i18n.tsx';

const LEVELS = ['basic', 'advanced', 'extended', 'ux'];

/** One spoke per dimension of the indicator system, 0–100, with the numbers in a table beside it. */
export function RadarFigure({ results }: { results: Results }) {
  const { t, pick, percent } = useI18n();
  const dims = useMemo(
    () =>
      Object.entries(results.dimensions).sort(
        ([, a], [, b]) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level),
      ),
    [results],
  );
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: {},
      radar: {
        indicator: dims.map(([, d]) => ({ name: pick(d.label), max: 100 })),
        radius: '58%',
        center: ['50%', '52%'],
        axisName: { color: '#1a2330', fontSize: 12 },
        splitArea: { areaStyle: { color: ['#f7f9fc', '#eaf0f7'] } },
      },
      series: [
        {
          type: 'radar',
          name: results.model.id,
          data: [
            {
              name: results.model.id,
              value: dims.map(([, d]) => (d.value === null ? 0 : Math.round(d.value * 1000) / 10)),
              areaStyle: { color: 'rgba(11, 83, 148, 0.22)' },
              lineStyle: { color: '#0b5394', width: 2 },
              itemStyle: { color: '#0b5394' },
              label: { show: true, formatter: '{c}', color: '#0b3a66', fontSize: 11 },
            },
          ],
        },
      ],
    }),
    [dims, pick, results.model.id],
  );

  return (
    <section className="panel" aria-labelledby="radar-heading">
      <h2 id="radar-heading">{t('run.radar')}</h2>
      <div className="grid-2">
        {dims.length >= 3 ? (
          <figure className="figure" data-testid="radar-chart">
            <Chart option={option} label={t('run.radarLabel', { model: results.model.id })} height={360} />
          </figure>
        ) : (
          <p className="empty">{t('run.radarTooFew')}</p>
        )}
        <table className="compact">
          <caption className="visually-hidden">{t('run.radar')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('run.dimension')}</th>
              <th scope="col">{t('run.level')}</th>
              <th scope="col" className="num">
                {t('run.score')}
              </th>
              <th scope="col">{t('evaluations.ci')}</th>
              <th scope="col" className="num">
                n
              </th>
            </tr>
          </thead>
          <tbody>
            {dims.map(([id, d]) => (
              <tr key={id}>
                <th scope="row">{pick(d.label)}</th>
                <td>{pick(d.level_label)}</td>
                <td className="num">{percent(d.value)}</td>
                <td>
                  {percent(d.ci_low)} – {percent(d.ci_high)}
                </td>
                <td className="num">{d.n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
