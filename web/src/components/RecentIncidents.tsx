import { governanceApi, type Incident } from '../api/governance.ts';
import { useLoad } from '../api/useLoad.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Link } from '../router/router.tsx';
import { useApi, useSession } from '../session/SessionProvider.tsx';
import { Badge } from './Badge.tsx';
import { GovernanceSection } from './GovernanceSection.tsx';
import { Empty } from './Notice.tsx';

/** The latest incidents, newest first, for the overview. */
export function RecentIncidents() {
  const { t, dateTime } = useI18n();
  const api = useApi();
  const { can } = useSession();
  const allowed = can('governance.records.read');
  const incidents = useLoad(
    (signal) =>
      allowed
        ? api.get<{ data: Incident[] }>(governanceApi.incidents, { signal })
        : Promise.resolve({ data: [] }),
    [api, allowed],
  );
  return (
    <section className="panel" aria-labelledby="incidents-heading">
      <h2 id="incidents-heading">{t('overview.incidents')}</h2>
      <GovernanceSection loaded={incidents} what={t('nav.incidents')} api={governanceApi.incidents}>
        {(list) =>
          list.data.length === 0 ? (
            <Empty>{t('incidents.none')}</Empty>
          ) : (
            <ul className="plain-list">
              {list.data.slice(0, 5).map((i) => (
                <li key={i.id}>
                  <Badge value={i.severity} /> <Badge value={i.status} />{' '}
                  <Link to={`/incidents?id=${encodeURIComponent(i.id)}`}>{i.title}</Link>
                  {i.deployment && <span className="muted small"> · {i.deployment}</span>}
                  <span className="muted small"> · {dateTime(i.created_at)}</span>
                </li>
              ))}
            </ul>
          )
        }
      </GovernanceSection>
    </section>
  );
}
