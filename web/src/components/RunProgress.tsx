import { useEffect, useRef, useState } from 'react';
import { ApiFailure } from '../api/client.ts';
import type { Job } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Link } from '../router/router.tsx';
import { useApi } from '../session/SessionProvider.tsx';
import { Badge } from './Badge.tsx';
import { ErrorNotice } from './Notice.tsx';

/** Follows a run over server-sent events until it completes or fails. */
export function RunProgress({ job: started, onFinished }: { job: Job; onFinished?: (job: Job) => void }) {
  const { t, percent } = useI18n();
  const api = useApi();
  const [job, setJob] = useState(started);
  const [error, setError] = useState<unknown>();
  // The latest callback, without re-opening the event stream when the parent re-renders.
  const finishedRef = useRef(onFinished);
  finishedRef.current = onFinished;

  useEffect(() => {
    const controller = new AbortController();
    api
      .events(
        `/api/console/evaluations/runs/${encodeURIComponent(started.run_id)}/events`,
        (_event, data) => {
          const next = data as Job;
          setJob(next);
          if (next.state !== 'running') finishedRef.current?.(next);
        },
        controller.signal,
      )
      .catch((failure) => {
        if (!controller.signal.aborted)
          setError(failure instanceof ApiFailure ? failure : new Error(String(failure)));
      });
    return () => controller.abort();
  }, [api, started.run_id]);

  const fraction = job.total > 0 ? job.done / job.total : 0;
  return (
    <section className="panel run-progress" aria-labelledby="progress-heading" data-testid="run-progress">
      <h3 id="progress-heading">
        {t('evaluations.progressTitle', { suite: job.suite, model: job.model })} <Badge value={job.state} />
      </h3>
      <progress
        max={Math.max(job.total, 1)}
        value={job.done}
        aria-labelledby="progress-heading progress-text"
      />
      <p id="progress-text" aria-live="polite">
        {t('evaluations.progressText', { done: job.done, total: job.total, errors: job.errors })} (
        {percent(fraction, 0)})
      </p>
      {job.state === 'completed' && (
        <p>
          {t('evaluations.finished', { overall: percent(job.overall) })}{' '}
          <Link to={`/evaluations/runs/${encodeURIComponent(job.run_id)}`}>
            {t('evaluations.openResults')}
          </Link>
        </p>
      )}
      {job.state === 'failed' && <ErrorNotice error={new Error(job.error ?? t('evaluations.failed'))} />}
      <ErrorNotice error={error} />
    </section>
  );
}
