import type { ReactNode } from 'react';
import { ApiFailure } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** The gateway's own words for a failure (they say what to do), or a generic line for the unexpected. */
export function ErrorNotice({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  const message =
    error instanceof ApiFailure
      ? error.status === 0
        ? t('error.network')
        : error.status === 403
          ? `${t('error.forbidden')} ${error.message}`
          : error.message
      : error instanceof Error
        ? error.message
        : String(error);
  return (
    <div className="notice notice-error" role="alert">
      <strong>{t('error.title')}</strong> {message}
    </div>
  );
}

/** A feature whose API this gateway does not have yet: said plainly, never faked. */
export function NotAvailable({ what, api }: { what: string; api: string }) {
  const { t } = useI18n();
  return (
    <div className="notice notice-info" data-testid="not-available">
      <strong>{t('notAvailable.title')}</strong> {t('notAvailable.body', { what })} <code>{api}</code>
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="muted" aria-live="polite">
      {t('common.loading')}
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}
