import type { ListOf } from '../api/types.ts';
import { useLoad } from '../api/useLoad.ts';
import { Badge } from '../components/Badge.tsx';
import { DeploymentDetail } from '../components/DeploymentDetail.tsx';
import { ErrorNotice, Loading } from '../components/Notice.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { Link, useLocation } from '../router/router.tsx';
import { useApi } from '../session/SessionProvider.tsx';

export interface LiveDeployment {
  name: string;
  publicModel: string;
  useCase: string | null;
  policy: string | null;
  upstreams: Array<{ modelId: string; timeoutMs: number }>;
  origin: string;
  status: 'active' | 'suspended';
  statusReason: string | null;
  suspendedModels: string[];
}

/** Every deployment the gateway serves; pick one for its card, lineage, label, gate and kill switch. */
export function DeploymentsPage() {
  const { t } = useI18n();
  const api = useApi();
  const { query } = useLocation();
  const list = useLoad((signal) => api.get<ListOf<LiveDeployment>>('/api/deployments', { signal }), [api]);
  const selected = query.get('name') ?? list.data?.data[0]?.name;
  const deployment = list.data?.data.find((d) => d.name === selected);

  return (
    <>
      <h1>{t('deployments.title')}</h1>
      <p className="lead">{t('deployments.lead')}</p>
      <ErrorNotice error={list.error} />
      {list.loading && !list.data && <Loading />}
      {list.data && (
        <section className="panel" aria-labelledby="list-heading">
          <h2 id="list-heading">{t('deployments.list')}</h2>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('deployments.name')}</th>
                  <th scope="col">{t('deployments.publicModel')}</th>
                  <th scope="col">{t('deployments.useCase')}</th>
                  <th scope="col">{t('deployments.upstreams')}</th>
                  <th scope="col">{t('deployments.policy')}</th>
                  <th scope="col">{t('common.status')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.data.map((d) => (
                  <tr key={d.name}>
                    <th scope="row">
                      <Link
                        to={`/deployments?name=${encodeURIComponent(d.name)}`}
                        aria-current={d.name === selected ? 'true' : undefined}
                      >
                        {d.name}
                      </Link>
                    </th>
                    <td>{d.publicModel}</td>
                    <td>{d.useCase ?? t('deployments.anyUseCase')}</td>
                    <td>{d.upstreams.map((u) => u.modelId).join(' → ')}</td>
                    <td>{d.policy ?? t('deployments.policyByUseCase')}</td>
                    <td>
                      <Badge value={d.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {deployment && (
        <DeploymentDetail key={deployment.name} deployment={deployment} onChanged={list.reload} />
      )}
    </>
  );
}
