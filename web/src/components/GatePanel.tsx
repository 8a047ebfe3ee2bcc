import { type GateResult, governanceApi } from '../api/governance.ts';
import { useLoad } from '../api/useLoad.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useApi } from '../session/SessionProvider.tsx';
import { GovernanceSection } from './GovernanceSection.tsx';

/** Every go-live requirement of the deployment, met or not, and how to meet what is missing. */
export function GatePanel({ name, version }: { name: string; version: number }) {
  const { t, pick } = useI18n();
  const api = useApi();
  const gate = useLoad(
    (signal) => api.get<GateResult>(governanceApi.gate(name), { signal }),
    [api, name, version],
  );
  return (
    <section className="panel" aria-labelledby="gate-heading">
      <h2 id="gate-heading">{t('deployments.gate')}</h2>
      <GovernanceSection loaded={gate} what={t('deployments.gate')} api={governanceApi.gate(name)}>
        {(g) => (
          <>
            <p>
              <span className={`badge ${g.mayGoLive ? 'badge-ok' : 'badge-danger'}`}>
                {g.mayGoLive ? t('gate.mayGoLive') : t('gate.blocked')}
              </span>{' '}
              {g.useCase
                ? `${pick(g.useCase.title)} · ${t('gate.tier', { tier: g.useCase.riskTier })}`
                : t('gate.noUseCase')}
              {g.gated && <span className="muted small"> · {t('gate.gated')}</span>}
            </p>
            <ul className="requirements">
              {g.requirements.map((r) => (
                <li key={r.id} className={r.met ? 'met' : 'unmet'}>
                  <span aria-hidden="true">{r.met ? '✓' : '✗'}</span>
                  <span className="visually-hidden">{r.met ? t('gate.met') : t('gate.unmet')}</span>{' '}
                  <strong>{pick(r.title)}</strong> — {pick(r.found)}
                  {!r.met && r.fix && <div className="hint">{pick(r.fix)}</div>}
                </li>
              ))}
            </ul>
          </>
        )}
      </GovernanceSection>
    </section>
  );
}
