import type { MessageKey } from '../i18n/zh.ts';

/** The console's pages, in menu order, and the capability (from /api/console/session) each needs. */
export interface PageEntry {
  path: string;
  title: MessageKey;
  needs: string;
}

export const pages: PageEntry[] = [
  { path: '/', title: 'nav.overview', needs: 'console.overview.read' },
  { path: '/deployments', title: 'nav.deployments', needs: 'deployments.read' },
  { path: '/evaluations', title: 'nav.evaluations', needs: 'console.evaluations.read' },
  { path: '/playground', title: 'nav.playground', needs: 'chat' },
  { path: '/review', title: 'nav.review', needs: 'review.read' },
  { path: '/audit', title: 'nav.audit', needs: 'audit.read' },
  { path: '/incidents', title: 'nav.incidents', needs: 'governance.records.read' },
  { path: '/assessments', title: 'nav.assessments', needs: 'governance.records.read' },
  { path: '/monitoring', title: 'nav.monitoring', needs: 'governance.monitoring.read' },
];

/** The page a path belongs to (sub-pages such as /evaluations/runs/… belong to their section). */
export function pageOf(path: string): PageEntry | undefined {
  if (path === '/') return pages[0];
  return pages.find((p) => p.path !== '/' && (path === p.path || path.startsWith(`${p.path}/`)));
}
