import { governanceApi, type ModelCard } from '../api/governance.ts';
import { useLoad } from '../api/useLoad.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Link } from '../router/router.tsx';
import { useApi } from '../session/SessionProvider.tsx';
import { GovernanceSection } from './GovernanceSection.tsx';

/** A model's card, built from records only: who made it, what for, and how it scored in real runs. */
export function ModelCardPanel({ model }: { model: string }) {
  const { t, pick, percent, dateTime } = useI18n();
  const api = useApi();
  const card = useLoad(
    (signal) => api.get<ModelCard>(governanceApi.modelCard(model), { signal }),
    [api, model],
  );
  return (
    <section className="panel" aria-labelledby={`card-${model}`}>
      <h2 id={`card-${model}`}>{t('card.title', { model })}</h2>
      <GovernanceSection loaded={card} what={t('card.what')} api={governanceApi.modelCard(model)}>
        {(c) => (
          <>
            <dl className="label-facts">
              <dt>{t('card.version')}</dt>
              <dd>
                {c.model.version} · {c.model.provider}
                {c.model.upstreamModel && ` · ${c.model.upstreamModel}`}
              </dd>
              <dt>{t('card.valueChain')}</dt>
              <dd>
                {t('lineage.role.developer')}: {c.valueChain.developer ?? '—'} · {t('lineage.role.provider')}:{' '}
                {c.valueChain.provider ?? '—'} · {t('lineage.role.deployer')}: {c.valueChain.deployer ?? '—'}
              </dd>
              <dt>{t('label.intendedUse')}</dt>
              <dd>{c.intendedUse ?? t('label.unknown')}</dd>
              <dt>{t('label.languages')}</dt>
              <dd>{c.languages.join(', ') || t('label.unknown')}</dd>
              <dt>{t('label.cutoff')}</dt>
              <dd>{c.knowledgeCutoff ?? t('label.unknown')}</dd>
            </dl>
            <h3 className="h4">{t('label.capabilities')}</h3>
            {c.evaluations.length === 0 ? (
              <p className="empty">{t('label.noEvaluations')}</p>
            ) : (
              <ul className="plain-list">
                {c.evaluations.map((e) => (
                  <li key={e.runId}>
                    <Link to={`/evaluations/runs/${encodeURIComponent(e.runId)}`}>{pick(e.title)}</Link>:{' '}
                    {percent(e.overall?.value)} [{percent(e.overall?.ci_low)}–{percent(e.overall?.ci_high)}],
                    n={e.nItems} · <span className="muted small">{dateTime(e.finishedAt)}</span>
                  </li>
                ))}
              </ul>
            )}
            {c.limits.length > 0 && (
              <>
                <h3 className="h4">{t('label.limits')}</h3>
                <ul>
                  {c.limits.map((x) => (
                    <li key={x.en}>{pick(x)}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </GovernanceSection>
    </section>
  );
}
