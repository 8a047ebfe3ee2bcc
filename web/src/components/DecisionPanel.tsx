import type { YihengDecisions } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Link } from '../router/router.tsx';
import { useSession } from '../session/SessionProvider.tsx';
import { Badge } from './Badge.tsx';
import { FindingList } from './FindingList.tsx';

/** Every guard decision behind one answer, from the response's `yiheng` object. */
export function DecisionPanel({ y }: { y: YihengDecisions }) {
  const { t } = useI18n();
  const { can } = useSession();
  return (
    <aside className="decisions" aria-label={t('playground.decisions')} data-testid="decision-panel">
      <p className="decisions-head">
        {t('playground.decision')} <Badge value={y.decision} />
      </p>
      <dl>
        <div>
          <dt>{t('playground.inputCheck')}</dt>
          <dd>
            <Badge value={y.input.decision} /> <FindingList findings={y.input.findings} />
          </dd>
        </div>
        {y.escalated && (
          <div className="decision-alert" data-testid="escalated">
            <dt>{t('playground.escalated')}</dt>
            <dd>
              <Badge value="escalate" /> {y.triage ? t(`triage.${y.triage}` as never) : ''}
            </dd>
          </div>
        )}
        {y.input.decision === 'block' && (
          <div className="decision-alert" data-testid="blocked">
            <dt>{t('playground.blocked')}</dt>
            <dd>{t('playground.blockedExplain')}</dd>
          </div>
        )}
        <div>
          <dt>{t('playground.outputCheck')}</dt>
          <dd>
            <Badge value={y.output.decision} /> <FindingList findings={y.output.findings} />
          </dd>
        </div>
        <div>
          <dt>{t('playground.label')}</dt>
          <dd>{y.label ?? t('playground.noLabel')}</dd>
        </div>
        <div>
          <dt>{t('playground.review')}</dt>
          <dd data-testid="review-status">
            {y.review.queued ? (
              <>
                {t('playground.reviewQueued')}{' '}
                {can('review.read') ? <Link to="/review">{y.review.id}</Link> : <code>{y.review.id}</code>}
              </>
            ) : (
              t('playground.reviewNo')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('playground.model')}</dt>
          <dd>
            {y.model ? `${y.model.id} v${y.model.version}` : t('playground.notCalled')}
            {y.fallback && (
              <span className="muted small">
                {' '}
                ({t('playground.fallback')}: {y.fallback.map((f) => `${f.model} ${f.outcome}`).join(' → ')})
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('playground.policy')}</dt>
          <dd>
            {y.policy.name} v{y.policy.version} · {y.deployment} · {y.use_case}
          </dd>
        </div>
        <div>
          <dt>{t('playground.restored')}</dt>
          <dd>{y.personal_data_restored ? t('common.yes') : t('common.no')}</dd>
        </div>
      </dl>
    </aside>
  );
}
