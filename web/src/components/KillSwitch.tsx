import { type FormEvent, useState } from 'react';
import { ApiFailure } from '../api/client.ts';
import { governanceApi } from '../api/governance.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useApi, useSession } from '../session/SessionProvider.tsx';
import { ErrorNotice, NotAvailable } from './Notice.tsx';

/**
 * Suspend (auditors and admins) or resume (admins) a deployment. A suspension is the kill switch:
 * the gateway answers 503 for it within a second, on every replica.
 */
export function KillSwitch({
  name,
  suspended,
  onChanged,
}: {
  name: string;
  suspended: boolean;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const { can } = useSession();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string>();

  const act = async (event: FormEvent, action: 'suspend' | 'resume') => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api.send(
        'POST',
        action === 'suspend' ? governanceApi.suspend(name) : governanceApi.resume(name),
        action === 'suspend' ? { reason } : {},
      );
      setDone(action === 'suspend' ? t('killswitch.suspended', { name }) : t('killswitch.resumed', { name }));
      setReason('');
      onChanged();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  if (error instanceof ApiFailure && error.missing)
    return <NotAvailable what={t('killswitch.title')} api={governanceApi.suspend(name)} />;

  return (
    <section className="panel" aria-labelledby="kill-heading">
      <h2 id="kill-heading">{t('killswitch.title')}</h2>
      <p className="muted">{t('killswitch.lead')}</p>
      <p role="status" className="status-line">
        {done}
      </p>
      {!suspended && can('governance.deployment.suspend') && (
        <form className="form-row" onSubmit={(e) => act(e, 'suspend')}>
          <label>
            {t('killswitch.reason')}
            <input
              name="reason"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              required
              minLength={3}
              maxLength={300}
            />
          </label>
          <button type="submit" className="button-danger" disabled={busy || reason.trim().length < 3}>
            {t('killswitch.suspend')}
          </button>
        </form>
      )}
      {suspended && can('governance.deployment.resume') && (
        <form onSubmit={(e) => act(e, 'resume')}>
          <button type="submit" className="button-primary" disabled={busy}>
            {t('killswitch.resume')}
          </button>
        </form>
      )}
      {!can('governance.deployment.suspend') && <p className="muted">{t('killswitch.notAllowed')}</p>}
      <ErrorNotice error={error} />
    </section>
  );
}
