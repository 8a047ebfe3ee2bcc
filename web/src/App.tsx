import { useEffect } from 'react';
import { Layout } from './components/Layout.tsx';
import { Loading } from './components/Notice.tsx';
import { pageOf, pages } from './components/pages.ts';
import { useI18n } from './i18n/i18n.tsx';
import { AssessmentsPage } from './pages/AssessmentsPage.tsx';
import { AuditPage } from './pages/AuditPage.tsx';
import { ComparePage } from './pages/ComparePage.tsx';
import { DeploymentsPage } from './pages/DeploymentsPage.tsx';
import { EvaluationsPage } from './pages/EvaluationsPage.tsx';
import { IncidentsPage } from './pages/IncidentsPage.tsx';
import { MonitoringPage } from './pages/MonitoringPage.tsx';
import { OverviewPage } from './pages/OverviewPage.tsx';
import { PlaygroundPage } from './pages/PlaygroundPage.tsx';
import { ReviewPage } from './pages/ReviewPage.tsx';
import { RunPage } from './pages/RunPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { matchPath, navigate, useLocation } from './router/router.tsx';
import { useSession } from './session/SessionProvider.tsx';

function Routes() {
  const { path } = useLocation();
  const run = matchPath('/evaluations/runs/:id', path);
  if (run) return <RunPage runId={run.id!} />;
  switch (path) {
    case '/':
      return <OverviewPage />;
    case '/deployments':
      return <DeploymentsPage />;
    case '/evaluations':
      return <EvaluationsPage />;
    case '/evaluations/compare':
      return <ComparePage />;
    case '/playground':
      return <PlaygroundPage />;
    case '/review':
      return <ReviewPage />;
    case '/audit':
      return <AuditPage />;
    case '/incidents':
      return <IncidentsPage />;
    case '/assessments':
      return <AssessmentsPage />;
    case '/monitoring':
      return <MonitoringPage />;
    default:
      return <NotFound />;
  }
}

function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
    </>
  );
}

/** Sends a role to the first page it may open when it lands on one it may not (e.g. a patient app on /). */
function useAllowedPage(): boolean {
  const { path } = useLocation();
  const { can, session } = useSession();
  const page = pageOf(path);
  const allowed = !page || can(page.needs);
  useEffect(() => {
    if (!session || allowed) return;
    const first = pages.find((p) => can(p.needs));
    if (first && first.path !== path) navigate(first.path, { replace: true });
  }, [session, allowed, can, path]);
  return allowed;
}

export function App() {
  const { session } = useSession();
  const allowed = useAllowedPage();
  if (session === undefined) return <Loading />;
  if (session === null) return <SignInPage />;
  return <Layout>{allowed ? <Routes /> : <Loading />}</Layout>;
}
