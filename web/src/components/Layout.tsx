import { type ReactNode, useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { Link, useLocation } from '../router/router.tsx';
import { useSession } from '../session/SessionProvider.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { pageOf, pages } from './pages.ts';

/**
 * The frame of every signed-in page: a skip link, the header (who is signed in, language, sign
 * out), the menu of the pages this role may open, and the main region, which takes the focus
 * after each navigation so a screen reader starts at the new page's heading.
 */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { session, can, signOut, justSignedIn } = useSession();
  const { path } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  const active = pageOf(path);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new `path` is what moves the focus.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      // Just signed in: the sign-in form and its focus are gone, so start at the content.
      if (justSignedIn) main.current?.focus();
      return;
    }
    main.current?.focus();
  }, [path, justSignedIn]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          <span aria-hidden="true" className="brand-mark">
            衡
          </span>
          <span>{t('app.name')}</span>
        </Link>
        <div className="topbar-tools">
          {session && (
            <span className="whoami" data-testid="whoami">
              {t('session.signedInAs', { name: session.key.name || session.key.prefix })}{' '}
              <span className="badge badge-neutral">{t(`role.${session.key.role}` as never)}</span>
            </span>
          )}
          <LanguageSwitch />
          <button type="button" className="button-quiet" onClick={signOut}>
            {t('session.signOut')}
          </button>
        </div>
      </header>
      <nav className="sidenav" aria-label={t('nav.label')}>
        <ul>
          {pages
            .filter((p) => can(p.needs))
            .map((p) => (
              <li key={p.path}>
                <Link to={p.path} aria-current={active?.path === p.path ? 'page' : undefined}>
                  {t(p.title)}
                </Link>
              </li>
            ))}
        </ul>
      </nav>
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
