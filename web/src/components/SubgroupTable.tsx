import type { GroupTable, Results } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Empty } from './Notice.tsx';

/** Scores by subgroup (language, sex, age band…) and the gap between the best and worst group. */
export function SubgroupTable({ results }: { results: Results }) {
  const { t, percent } = useI18n();
  const tables: Array<[string, GroupTable]> = [
    ...Object.entries(results.subgroups),
    ...Object.entries(results.fairness).flatMap(([task, f]) =>
      Object.entries(f.slots).map(([slot, table]): [string, GroupTable] => [`${task} · ${slot}`, table]),
    ),
  ];
  return (
    <section className="panel" aria-labelledby="groups-heading">
      <h2 id="groups-heading">{t('run.subgroups')}</h2>
      <p className="muted">{t('run.subgroupsLead')}</p>
      {tables.length === 0 ? (
        <Empty>{t('run.noSubgroups')}</Empty>
      ) : (
        <div className="table-scroll">
          <table className="compact">
            <thead>
              <tr>
                <th scope="col">{t('run.grouping')}</th>
                <th scope="col">{t('run.groups')}</th>
                <th scope="col" className="num">
                  {t('run.disparity')}
                </th>
                <th scope="col">{t('evaluations.ci')}</th>
              </tr>
            </thead>
            <tbody>
              {tables.map(([name, table]) => {
                const gap = table.disparity;
                const wide = gap?.value !== null && gap?.value !== undefined && gap.value >= 0.1;
                return (
                  <tr key={name}>
                    <th scope="row">{name}</th>
                    <td>
                      {Object.entries(table.groups)
                        .map(([group, e]) => `${group}: ${percent(e.value)} (n=${e.n})`)
                        .join(' · ')}
                    </td>
                    <td className={`num ${wide ? 'text-danger' : ''}`}>
                      {percent(gap?.value)}{' '}
                      {wide && <span className="badge badge-warn">{t('run.gapFlag')}</span>}
                    </td>
                    <td>
                      {percent(gap?.ci_low)} – {percent(gap?.ci_high)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
