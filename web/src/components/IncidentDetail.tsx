import { type FormEvent, useState } from 'react';
import { governanceApi, INCIDENT_TRANSITIONS, type Incident } from '../api/governance.ts';
import { useLoad } from '../api/useLoad.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Link } from '../router/router.tsx';
import { useApi, useSession } from '../session/SessionProvider.tsx';
import { Badge } from './Badge.tsx';
import { ErrorNotice, Loading } from './Notice.tsx';

/** One incident: what happened, its history, a status change, and the kill switch for its deployment. */
export function IncidentDetail({ id, onChanged }: { id: string; onChanged: () => void }) {
  const { t, dateTime } = useI18n();
  const api = useApi();
  const { can } = useSession();
  const incident = useLoad((signal) => api.get<Incident>(governanceApi.incident(id), { signal }), [api, id]);
  const [status, setStatus] = useState('');
  const [note, setNote] = useState('');
  const [action, setAction] = useState('');
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string>();
  const i = incident.data;

  const update = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      await api.send('PATCH', governanceApi.incident(id), {
        ...(status ? { status } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(action.trim() ? { corrective_action: action.trim() } : {}),
      });
      setStatus('');
      setNote('');
      setAction('');
      setDone(t('incidents.updated'));
      incident.reload();
      onChanged();
    } catch (failure) {
      setError(failure);
    }
  };

  const suspend = async () => {
    if (!i?.deployment) return;
    setError(undefined);
    try {
      await api.send('POST', governanceApi.suspend(i.deployment), { reason: i.title, incident: i.id });
      setDone(t('killswitch.suspended', { name: i.deployment }));
    } catch (failure) {
      setError(failure);
    }
  };

  if (incident.error) return <ErrorNotice error={incident.error} />;
  if (!i) return <Loading />;
  return (
    <section className="panel" aria-labelledby="incident-heading">
      <h2 id="incident-heading">
        {i.title} <Badge value={i.severity} /> <Badge value={i.status} />
      </h2>
      <p className="muted small">
        <code>{i.id}</code> · {t(`incidents.source.${i.source}`)} · {dateTime(i.created_at)}
        {i.deployment && (
          <>
            {' '}
            · <Link to={`/deployments?name=${encodeURIComponent(i.deployment)}`}>{i.deployment}</Link>
          </>
        )}
      </p>
      <p className="message-text">{i.description}</p>
      {i.corrective_action && (
        <p>
          <strong>{t('incidents.correctiveAction')}:</strong> {i.corrective_action}
        </p>
      )}
      {i.events && i.events.length > 0 && (
        <>
          <h3 className="h4">{t('incidents.history')}</h3>
          <ol className="plain-list">
            {i.events.map((e) => (
              <li key={`${e.at}-${e.action}`}>
                {dateTime(e.at)} · {e.action}
                {e.to_status && <> → {t(`value.${e.to_status}` as never)}</>}
                {e.note && <span className="muted"> — {e.note}</span>}
              </li>
            ))}
          </ol>
        </>
      )}
      <p role="status" className="status-line">
        {done}
      </p>
      {can('governance.incident.update') && INCIDENT_TRANSITIONS[i.status].length > 0 && (
        <form className="stack" onSubmit={update}>
          <div className="form-row">
            <label>
              {t('incidents.newStatus')}
              <select value={status} onChange={(e) => setStatus(e.target.value)}>
                <option value="">{t('incidents.keepStatus')}</option>
                {INCIDENT_TRANSITIONS[i.status].map((s) => (
                  <option key={s} value={s}>
                    {t(`value.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('incidents.note')}
              <input value={note} onChange={(e) => setNote(e.target.value)} />
            </label>
          </div>
          <label>
            {t('incidents.correctiveAction')}
            <textarea rows={2} value={action} onChange={(e) => setAction(e.target.value)} />
          </label>
          <div className="button-row">
            <button
              type="submit"
              className="button-primary"
              disabled={!status && !note.trim() && !action.trim()}
            >
              {t('incidents.update')}
            </button>
            {i.deployment && can('governance.deployment.suspend') && (
              <button type="button" className="button-danger" onClick={suspend}>
                {t('incidents.killSwitch', { name: i.deployment })}
              </button>
            )}
          </div>
        </form>
      )}
      <ErrorNotice error={error} />
    </section>
  );
}
