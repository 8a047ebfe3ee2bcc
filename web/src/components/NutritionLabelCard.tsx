import { governanceApi, type Known, type NutritionLabel } from '../api/governance.ts';
import { useLoad } from '../api/useLoad.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useApi } from '../session/SessionProvider.tsx';
import { GovernanceSection } from './GovernanceSection.tsx';

/** The WHO-style disclosure "nutrition label": what the deployment is for, how it scored, its limits. */
export function NutritionLabelCard({ name, version }: { name: string; version: number }) {
  const { t, pick, percent, number } = useI18n();
  const api = useApi();
  const label = useLoad(
    (signal) => api.get<NutritionLabel>(governanceApi.label(name), { signal }),
    [api, name, version],
  );
  const known = <T,>(k: Known<T>, show: (v: T) => string) =>
    k.known ? show(k.value) : `${t('label.unknown')} (${pick(k.reason)})`;

  return (
    <section className="panel" aria-labelledby="label-heading">
      <h2 id="label-heading">{t('deployments.label')}</h2>
      <GovernanceSection loaded={label} what={t('deployments.label')} api={governanceApi.label(name)}>
        {(l) => (
          <div className="label-card" data-testid="nutrition-label">
            <h3>{pick(l.aiGenerated)}</h3>
            {l.warnings.map((w) => (
              <p key={w.en} className="label-warning">
                {pick(w)}
              </p>
            ))}
            <dl className="label-facts">
              <dt>{t('label.intendedUse')}</dt>
              <dd>{l.intendedUse.useCase ? pick(l.intendedUse.useCase.title) : t('label.unknown')}</dd>
              <dt>{t('label.riskTier')}</dt>
              <dd>
                {l.intendedUse.riskTier ? pick(l.intendedUse.riskTier.title) : t('label.unknown')}
                {l.intendedUse.euAiActClass && (
                  <span className="muted"> · EU AI Act: {l.intendedUse.euAiActClass}</span>
                )}
              </dd>
              <dt>{t('label.oversight')}</dt>
              <dd>
                {l.intendedUse.humanOversight ? pick(l.intendedUse.humanOversight.title) : t('label.unknown')}
              </dd>
              <dt>{t('label.models')}</dt>
              <dd>
                {l.models
                  .map((m) => `${m.id} v${m.version}${m.developer ? ` (${m.developer})` : ''}`)
                  .join(' → ')}
              </dd>
              <dt>{t('label.capabilities')}</dt>
              <dd>
                {l.capabilities.length === 0
                  ? t('label.noEvaluations')
                  : l.capabilities
                      .map(
                        (c) =>
                          `${pick(c.title)}: ${percent(c.overall?.value)} [${percent(c.overall?.ci_low)}–${percent(c.overall?.ci_high)}]`,
                      )
                      .join('; ')}
              </dd>
              <dt>{t('label.hallucination')}</dt>
              <dd>{known(l.hallucination, (h) => `${percent(h.rate.value)} (n=${h.rate.n})`)}</dd>
              <dt>{t('label.subgroupGaps')}</dt>
              <dd>
                {known(l.subgroupGaps, (gaps) =>
                  gaps.length === 0
                    ? t('label.none')
                    : gaps.map((g) => `${g.attribute}: ${percent(g.disparity.value)}`).join('; '),
                )}
              </dd>
              <dt>{t('label.languages')}</dt>
              <dd>{l.languages.join(', ') || t('label.unknown')}</dd>
              <dt>{t('label.cutoff')}</dt>
              <dd>{known(l.knowledgeCutoff, (v) => v)}</dd>
              <dt>{t('label.cost')}</dt>
              <dd>{known(l.costPer1kRequestsUsd, (v) => `$${number(v, 2)}`)}</dd>
              <dt>{t('label.energy')}</dt>
              <dd>{known(l.energyPer1kRequestsWh, (v) => `${number(v, 1)} Wh`)}</dd>
              <dt>{t('label.gate')}</dt>
              <dd>
                {l.gate.met}/{l.gate.total} · {l.gate.mayGoLive ? t('gate.mayGoLive') : t('gate.blocked')}
              </dd>
              <dt>{t('label.incidents')}</dt>
              <dd>{t('label.incidentCount', { open: l.incidents.open, total: l.incidents.total })}</dd>
            </dl>
            {l.limits.length > 0 && (
              <>
                <h4>{t('label.limits')}</h4>
                <ul>
                  {l.limits.map((x) => (
                    <li key={x.en}>{pick(x)}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </GovernanceSection>
    </section>
  );
}
