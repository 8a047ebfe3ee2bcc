import { useState } from 'react';
import { governanceApi, type Incident } from '../api/governance.ts';
import type { ListOf } from '../api/types.ts';
import { useLoad } from '../api/useLoad.ts';
import { Badge } from '../components/Badge.tsx';
import { GovernanceSection } from '../components/GovernanceSection.tsx';
import { IncidentDetail } from '../components/IncidentDetail.tsx';
import { Empty } from '../components/Notice.tsx';
import { ReportIncidentForm } from '../components/ReportIncidentForm.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { Link, navigate, useLocation } from '../router/router.tsx';
import { useApi, useSession } from '../session/SessionProvider.tsx';

/** Incidents: report one, follow it to resolution, and pull the kill switch from it. */
export function IncidentsPage() {
  const { t, dateTime } = useI18n();
  const api = useApi();
  const { can } = useSession();
  const { query } = useLocation();
  const selected = query.get('id');
  const [open, setOpen] = useState(true);
  const list = useLoad(
    (signal) =>
      api.get<ListOf<Incident>>(
        `${governanceApi.incidents}${open ? '?status=open,investigating,mitigated' : ''}`,
        { signal },
      ),
    [api, open],
  );
  const deployments = useLoad(
    (signal) =>
      api
        .get<ListOf<{ name: string }>>('/api/deployments', { signal })
        .then((l) => l.data.map((d) => d.name)),
    [api],
  );

  return (
    <>
      <h1>{t('incidents.title')}</h1>
      <p className="lead">{t('incidents.lead')}</p>
      {selected && <IncidentDetail key={selected} id={selected} onChanged={list.reload} />}
      <section className="panel" aria-labelledby="incident-list-heading">
        <div className="page-head">
          <h2 id="incident-list-heading">{t('incidents.list')}</h2>
          <label className="inline-field">
            <input type="checkbox" checked={open} onChange={(e) => setOpen(e.target.checked)} />
            {t('incidents.onlyOpen')}
          </label>
        </div>
        <GovernanceSection loaded={list} what={t('nav.incidents')} api={governanceApi.incidents}>
          {(l) =>
            l.data.length === 0 ? (
              <Empty>{t('incidents.none')}</Empty>
            ) : (
              <div className="table-scroll">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('incidents.titleField')}</th>
                      <th scope="col">{t('incidents.severity')}</th>
                      <th scope="col">{t('common.status')}</th>
                      <th scope="col">{t('deployments.name')}</th>
                      <th scope="col">{t('incidents.source')}</th>
                      <th scope="col">{t('incidents.reported')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {l.data.map((i) => (
                      <tr key={i.id}>
                        <th scope="row">
                          <Link
                            to={`/incidents?id=${encodeURIComponent(i.id)}`}
                            aria-current={i.id === selected ? 'true' : undefined}
                          >
                            {i.title}
                          </Link>
                        </th>
                        <td>
                          <Badge value={i.severity} />
                        </td>
                        <td>
                          <Badge value={i.status} />
                        </td>
                        <td>{i.deployment ?? i.model ?? '—'}</td>
                        <td>{t(`incidents.source.${i.source}`)}</td>
                        <td>{dateTime(i.created_at)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </GovernanceSection>
      </section>
      {can('governance.incident.report') && deployments.data && !(list.error && !list.data) && (
        <ReportIncidentForm
          deployments={deployments.data}
          onReported={(i) => {
            list.reload();
            navigate(`/incidents?id=${encodeURIComponent(i.id)}`);
          }}
        />
      )}
    </>
  );
}
