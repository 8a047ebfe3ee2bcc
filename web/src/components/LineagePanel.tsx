import { type DeploymentLineage, governanceApi, type LineageStep } from '../api/governance.ts';
import { useLoad } from '../api/useLoad.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useApi } from '../session/SessionProvider.tsx';
import { GovernanceSection } from './GovernanceSection.tsx';

function Steps({ steps }: { steps: LineageStep[] }) {
  const { t } = useI18n();
  return (
    <ol className="lineage">
      {steps.map((s) => (
        <li key={`${s.stage}-${s.step}-${s.version}`}>
          <strong>{s.subject}</strong> {s.version === 'unknown' ? '' : `v${s.version} `}·{' '}
          {t(`lineage.role.${s.role}`)}
          {s.organisation && <span> ({s.organisation})</span>}
          <div className="muted small">{s.description}</div>
        </li>
      ))}
    </ol>
  );
}

/** Base model → provider modifications → this deployment, with the WHO value-chain role of each step. */
export function LineagePanel({ name }: { name: string }) {
  const { t } = useI18n();
  const api = useApi();
  const lineage = useLoad(
    (signal) => api.get<DeploymentLineage>(governanceApi.lineage(name), { signal }),
    [api, name],
  );
  return (
    <section className="panel" aria-labelledby="lineage-heading">
      <h2 id="lineage-heading">{t('deployments.lineage')}</h2>
      <GovernanceSection loaded={lineage} what={t('deployments.lineage')} api={governanceApi.lineage(name)}>
        {(l) => (
          <>
            {l.chains.map((c) => (
              <div key={c.model}>
                <h3 className="h4">
                  {c.model} v{c.version}
                </h3>
                <Steps steps={c.steps} />
              </div>
            ))}
            {l.deploymentSteps.length > 0 && (
              <>
                <h3 className="h4">{t('lineage.deployment')}</h3>
                <Steps steps={l.deploymentSteps} />
              </>
            )}
          </>
        )}
      </GovernanceSection>
    </section>
  );
}
