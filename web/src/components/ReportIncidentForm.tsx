import { type FormEvent, useState } from 'react';
import { governanceApi, type Incident } from '../api/governance.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useApi } from '../session/SessionProvider.tsx';
import { ErrorNotice } from './Notice.tsx';

const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

/** Report an incident about a deployment; the description is about the system, never a patient. */
export function ReportIncidentForm({
  deployments,
  onReported,
}: {
  deployments: string[];
  onReported: (i: Incident) => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [severity, setSeverity] = useState<(typeof SEVERITIES)[number]>('medium');
  const [deployment, setDeployment] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const target = deployment || deployments[0] || '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const created = await api.send<Incident>('POST', governanceApi.incidents, {
        title,
        description,
        severity,
        deployment: target,
      });
      setTitle('');
      setDescription('');
      onReported(created);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="report-heading">
      <h2 id="report-heading">{t('incidents.report')}</h2>
      <form className="stack" onSubmit={submit}>
        <div className="form-row">
          <label>
            {t('incidents.titleField')}
            <input
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              required
              minLength={3}
              maxLength={200}
            />
          </label>
          <label>
            {t('incidents.severity')}
            <select
              value={severity}
              onChange={(e) => setSeverity(e.target.value as (typeof SEVERITIES)[number])}
            >
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {t(`value.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('deployments.name')}
            <select value={target} onChange={(e) => setDeployment(e.target.value)}>
              {deployments.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label>
          {t('incidents.description')}
          <textarea rows={3} value={description} onChange={(e) => setDescription(e.target.value)} required />
          <span className="hint">{t('incidents.descriptionHint')}</span>
        </label>
        <div>
          <button
            type="submit"
            className="button-primary"
            disabled={busy || title.trim().length < 3 || !description.trim() || !target}
          >
            {t('incidents.submit')}
          </button>
        </div>
      </form>
      <ErrorNotice error={error} />
    </section>
  );
}
