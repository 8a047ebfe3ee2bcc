import type { LeaderboardRow } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Link } from '../router/router.tsx';
import { Empty } from './Notice.tsx';

/** The latest completed run of each model version, ranked within each suite. */
export function Leaderboard({ rows }: { rows: LeaderboardRow[] }) {
  const { t, percent } = useI18n();
  if (rows.length === 0) return <Empty>{t('evaluations.noLeaderboard')}</Empty>;
  const suites = [...new Set(rows.map((r) => r.suite))];
  return (
    <>
      {suites.map((suite) => (
        <div className="table-scroll" key={suite}>
          <table>
            <caption>{t('evaluations.leaderboardFor', { suite })}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('evaluations.rank')}
                </th>
                <th scope="col">{t('evaluations.model')}</th>
                <th scope="col" className="num">
                  {t('evaluations.overall')}
                </th>
                <th scope="col">{t('evaluations.ci')}</th>
                <th scope="col" className="num">
                  {t('evaluations.items')}
                </th>
                <th scope="col">{t('evaluations.run')}</th>
              </tr>
            </thead>
            <tbody>
              {rows
                .filter((r) => r.suite === suite)
                .map((r) => (
                  <tr key={r.run_id}>
                    <td className="num">{r.rank}</td>
                    <th scope="row">
                      {r.model} <span className="muted small">v{r.version}</span>
                    </th>
                    <td className="num">{percent(r.overall)}</td>
                    <td>
                      {percent(r.ci_low)} – {percent(r.ci_high)}
                    </td>
                    <td className="num">{r.n_items}</td>
                    <td>
                      <Link to={`/evaluations/runs/${encodeURIComponent(r.run_id)}`}>{r.run_id}</Link>
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}
