import { useState } from 'react';
import type { RunSummary } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Link, navigate } from '../router/router.tsx';
import { Badge } from './Badge.tsx';
import { Empty } from './Notice.tsx';

/** Past runs; tick two completed runs to compare them. */
export function RunsTable({ runs }: { runs: RunSummary[] }) {
  const { t, percent, dateTime } = useI18n();
  const [picked, setPicked] = useState<string[]>([]);
  const toggle = (id: string) =>
    setPicked((now) => (now.includes(id) ? now.filter((x) => x !== id) : [...now, id].slice(-2)));
  if (runs.length === 0) return <Empty>{t('evaluations.noRuns')}</Empty>;
  const [a, b] = picked;

  return (
    <>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{t('evaluations.runs')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('evaluations.compareSelect')}</th>
              <th scope="col">{t('evaluations.run')}</th>
              <th scope="col">{t('evaluations.suite')}</th>
              <th scope="col">{t('evaluations.model')}</th>
              <th scope="col">{t('common.status')}</th>
              <th scope="col" className="num">
                {t('evaluations.overall')}
              </th>
              <th scope="col" className="num">
                {t('evaluations.items')}
              </th>
              <th scope="col">{t('common.started')}</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((r) => (
              <tr key={r.id}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('evaluations.compareThis', { id: r.id })}
                    disabled={r.status !== 'completed'}
                    checked={picked.includes(r.id)}
                    onChange={() => toggle(r.id)}
                  />
                </td>
                <th scope="row">
                  <Link to={`/evaluations/runs/${encodeURIComponent(r.id)}`}>{r.id}</Link>
                </th>
                <td>{r.suite.id}</td>
                <td>
                  {r.model.id} <span className="muted small">v{r.model.version}</span>
                </td>
                <td>
                  <Badge value={r.status} />
                </td>
                <td className="num">{percent(r.overall)}</td>
                <td className="num">{r.n_items}</td>
                <td>{dateTime(r.started_at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <button
          type="button"
          disabled={!a || !b}
          onClick={() =>
            navigate(`/evaluations/compare?a=${encodeURIComponent(a!)}&b=${encodeURIComponent(b!)}`)
          }
        >
          {t('evaluations.compareTwo')}
        </button>{' '}
        <span className="muted small">{t('evaluations.compareHint')}</span>
      </p>
    </>
  );
}
