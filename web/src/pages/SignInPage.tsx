import { type FormEvent, useState } from 'react';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { ErrorNotice } from '../components/Notice.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/SessionProvider.tsx';

/** Paste an API key; the gateway says which role it has, and the console shows that role's pages. */
export function SignInPage() {
  const { t } = useI18n();
  const { signIn, expired } = useSession();
  const [key, setKey] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signIn(key);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="signin">
      <header className="signin-header">
        <LanguageSwitch />
      </header>
      <main id="main" className="signin-card">
        <h1>
          <span aria-hidden="true" className="brand-mark">
            衡
          </span>{' '}
          {t('app.name')}
        </h1>
        <p className="lead">{t('signin.lead')}</p>
        {expired && (
          <div className="notice notice-info" role="status">
            {t('signin.expired')}
          </div>
        )}
        <form onSubmit={submit} aria-describedby="key-help">
          <label htmlFor="api-key">{t('signin.keyLabel')}</label>
          <input
            id="api-key"
            name="api-key"
            type="password"
            autoComplete="off"
            spellCheck={false}
            required
            value={key}
            onChange={(e) => setKey(e.target.value)}
          />
          <p id="key-help" className="hint">
            {t('signin.keyHelp')} <code>yiheng keys create --role admin</code>
          </p>
          <button type="submit" className="button-primary" disabled={busy || key.trim() === ''}>
            {busy ? t('signin.checking') : t('signin.submit')}
          </button>
        </form>
        <ErrorNotice error={error} />
        <p className="hint">{t('signin.storage')}</p>
      </main>
    </div>
  );
}
