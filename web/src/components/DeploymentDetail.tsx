import { useState } from 'react';
import { governanceApi } from '../api/governance.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { LiveDeployment } from '../pages/DeploymentsPage.tsx';
import { useApi, useSession } from '../session/SessionProvider.tsx';
import { Badge } from './Badge.tsx';
import { GatePanel } from './GatePanel.tsx';
import { KillSwitch } from './KillSwitch.tsx';
import { LineagePanel } from './LineagePanel.tsx';
import { ModelCardPanel } from './ModelCardPanel.tsx';
import { ErrorNotice } from './Notice.tsx';
import { NutritionLabelCard } from './NutritionLabelCard.tsx';

/** One deployment: routing facts, the kill switch, then what governance knows of it and of its models. */
export function DeploymentDetail({
  deployment: d,
  onChanged,
}: {
  deployment: LiveDeployment;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const { can } = useSession();
  // Bumped after a suspension or resumption, so the gate and the label are read again.
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<unknown>();

  const dossier = async () => {
    setError(undefined);
    try {
      const blob = await api.blob(governanceApi.dossier(d.name));
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `yiheng-dossier-${d.name}.html`;
      a.click();
      URL.revokeObjectURL(url);
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <>
      <section className="panel" aria-labelledby="detail-heading">
        <h2 id="detail-heading">
          {d.name} <Badge value={d.status} />
        </h2>
        {d.statusReason && (
          <p className="notice notice-error" data-testid="status-reason">
            {d.statusReason}
          </p>
        )}
        <dl className="facts">
          <div>
            <dt>{t('deployments.publicModel')}</dt>
            <dd>{d.publicModel}</dd>
          </div>
          <div>
            <dt>{t('deployments.useCase')}</dt>
            <dd>{d.useCase ?? t('deployments.anyUseCase')}</dd>
          </div>
          <div>
            <dt>{t('deployments.upstreams')}</dt>
            <dd>{d.upstreams.map((u) => u.modelId).join(' → ')}</dd>
          </div>
          <div>
            <dt>{t('deployments.policy')}</dt>
            <dd>{d.policy ?? t('deployments.policyByUseCase')}</dd>
          </div>
          <div>
            <dt>{t('deployments.origin')}</dt>
            <dd>{d.origin}</dd>
          </div>
        </dl>
        {can('governance.dossier.export') && (
          <button type="button" onClick={dossier}>
            {t('deployments.dossier')}
          </button>
        )}
        <ErrorNotice error={error} />
      </section>
      <KillSwitch
        name={d.name}
        suspended={d.status === 'suspended'}
        onChanged={() => {
          setVersion((v) => v + 1);
          onChanged();
        }}
      />
      <div className="grid-2">
        <GatePanel name={d.name} version={version} />
        <NutritionLabelCard name={d.name} version={version} />
      </div>
      <LineagePanel name={d.name} />
      {d.upstreams.map((u) => (
        <ModelCardPanel key={u.modelId} model={u.modelId} />
      ))}
    </>
  );
}
