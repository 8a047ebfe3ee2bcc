import type { LeaderboardRow, ListOf, RunSummary } from '../api/types.ts';
import { useLoad } from '../api/useLoad.ts';
import { Leaderboard } from '../components/Leaderboard.tsx';
import { ErrorNotice, Loading } from '../components/Notice.tsx';
import { RunsTable } from '../components/RunsTable.tsx';
import { StartRunForm } from '../components/StartRunForm.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useApi, useSession } from '../session/SessionProvider.tsx';

/** Start a run (evaluators and admins), past runs to open or compare, and the leaderboard. */
export function EvaluationsPage() {
  const { t } = useI18n();
  const api = useApi();
  const { can } = useSession();
  const runs = useLoad(
    (signal) => api.get<ListOf<RunSummary>>('/api/console/evaluations/runs', { signal }),
    [api],
  );
  const board = useLoad(
    (signal) => api.get<ListOf<LeaderboardRow>>('/api/console/evaluations/leaderboard', { signal }),
    [api],
  );

  return (
    <>
      <h1>{t('evaluations.title')}</h1>
      <p className="lead">{t('evaluations.lead')}</p>
      {can('console.evaluations.run') && (
        <StartRunForm
          onFinished={() => {
            runs.reload();
            board.reload();
          }}
        />
      )}
      <section className="panel" aria-labelledby="runs-heading">
        <h2 id="runs-heading">{t('evaluations.runs')}</h2>
        <ErrorNotice error={runs.error} />
        {runs.loading && !runs.data ? <Loading /> : runs.data && <RunsTable runs={runs.data.data} />}
      </section>
      <section className="panel" aria-labelledby="board-heading">
        <h2 id="board-heading">{t('evaluations.leaderboard')}</h2>
        <ErrorNotice error={board.error} />
        {board.data && <Leaderboard rows={board.data.data} />}
      </section>
    </>
  );
}
