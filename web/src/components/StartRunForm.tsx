import { type FormEvent, useCallback, useState } from 'react';
import type { Job, ListOf, ModelEntry, SuiteEntry } from '../api/types.ts';
import { useLoad } from '../api/useLoad.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { navigate } from '../router/router.tsx';
import { useApi } from '../session/SessionProvider.tsx';
import { ErrorNotice } from './Notice.tsx';
import { RunProgress } from './RunProgress.tsx';

/** Choose a suite and a model, start the run, watch it, then open its results. */
export function StartRunForm({ onFinished }: { onFinished: () => void }) {
  const { t, pick } = useI18n();
  const api = useApi();
  const suites = useLoad(
    (signal) => api.get<ListOf<SuiteEntry>>('/api/console/evaluations/suites', { signal }),
    [api],
  );
  const models = useLoad(
    (signal) => api.get<ListOf<ModelEntry>>('/api/console/evaluations/models', { signal }),
    [api],
  );
  const [suite, setSuite] = useState('');
  const [model, setModel] = useState('');
  const [limit, setLimit] = useState('');
  const [job, setJob] = useState<Job>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const chosenSuite = suite || suites.data?.data[0]?.id || '';
  const chosenModel = model || models.data?.data[0]?.id || '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const started = await api.send<Job>('POST', '/api/console/evaluations/runs', {
        suite: chosenSuite,
        model: chosenModel,
        ...(limit ? { limit: Number(limit) } : {}),
      });
      setJob(started);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const finished = useCallback(
    (done: Job) => {
      onFinished();
      if (done.state === 'completed') navigate(`/evaluations/runs/${encodeURIComponent(done.run_id)}`);
    },
    [onFinished],
  );

  return (
    <section className="panel" aria-labelledby="start-heading">
      <h2 id="start-heading">{t('evaluations.start')}</h2>
      <form className="form-row" onSubmit={submit}>
        <label>
          {t('evaluations.suite')}
          <select name="suite" value={chosenSuite} onChange={(e) => setSuite(e.target.value)} required>
            {suites.data?.data.map((s) => (
              <option key={s.id} value={s.id}>
                {pick(s.title)} ({s.id})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('evaluations.model')}
          <select name="model" value={chosenModel} onChange={(e) => setModel(e.target.value)} required>
            {models.data?.data.map((m) => (
              <option key={m.id} value={m.id}>
                {m.id} · v{m.version}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('evaluations.limit')}
          <input
            name="limit"
            type="number"
            min={1}
            inputMode="numeric"
            placeholder={t('evaluations.limitAll')}
            value={limit}
            onChange={(e) => setLimit(e.target.value)}
          />
        </label>
        <button
          type="submit"
          className="button-primary"
          disabled={busy || !chosenSuite || !chosenModel || job?.state === 'running'}
        >
          {t('evaluations.run')}
        </button>
      </form>
      <ErrorNotice error={error ?? suites.error ?? models.error} />
      {job && <RunProgress key={job.run_id} job={job} onFinished={finished} />}
    </section>
  );
}
