import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type Api, ApiFailure, createApi } from '../api/client.ts';
import type { Session } from '../api/types.ts';

const STORAGE_KEY = 'yiheng.apiKey';

interface SessionState {
  /** undefined while the stored key is being checked. */
  session: Session | null | undefined;
  api: Api | null;
  can(capability: string): boolean;
  /** Checks the key with the gateway; rejects with the gateway's reason. */
  signIn(key: string): Promise<void>;
  signOut(): void;
  /** Why the last session ended on its own (the key was revoked or is wrong). */
  expired: boolean;
  /** Signed in from the form just now (not a reload): the first page takes the focus. */
  justSignedIn: boolean;
}

const SessionContext = createContext<SessionState | undefined>(undefined);

/**
 * The signed-in API key. It lives in sessionStorage: gone when the tab closes, never sent anywhere
 * but this gateway, and never written to localStorage where it would outlive the session.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [key, setKey] = useState<string | null>(() => window.sessionStorage.getItem(STORAGE_KEY));
  const [session, setSession] = useState<Session | null | undefined>(key ? undefined : null);
  const [expired, setExpired] = useState(false);
  const [justSignedIn, setJustSignedIn] = useState(false);

  const signOut = useCallback(() => {
    window.sessionStorage.removeItem(STORAGE_KEY);
    setKey(null);
    setSession(null);
  }, []);

  const api = useMemo(
    () =>
      key
        ? createApi(key, () => {
            setExpired(true);
            signOut();
          })
        : null,
    [key, signOut],
  );

  useEffect(() => {
    if (!api) return;
    let live = true;
    api.get<Session>('/api/console/session').then(
      (s) => live && setSession(s),
      () => live && signOut(),
    );
    return () => {
      live = false;
    };
  }, [api, signOut]);

  const signIn = useCallback(async (candidate: string) => {
    const trimmed = candidate.trim();
    const probe = createApi(trimmed, () => {});
    const s = await probe.get<Session>('/api/console/session');
    if (!s?.key?.role) throw new ApiFailure(0, 'bad_session', 'unexpected answer from the gateway');
    window.sessionStorage.setItem(STORAGE_KEY, trimmed);
    setExpired(false);
    setJustSignedIn(true);
    setKey(trimmed);
    setSession(s);
  }, []);

  const value = useMemo<SessionState>(
    () => ({
      session,
      api,
      can: (capability) => Boolean(session?.can.includes(capability)),
      signIn,
      signOut,
      expired,
      justSignedIn,
    }),
    [session, api, signIn, signOut, expired, justSignedIn],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The API of a signed-in page (pages render only when signed in). */
export function useApi(): Api {
  const { api } = useSession();
  if (!api) throw new Error('useApi while signed out');
  return api;
}
