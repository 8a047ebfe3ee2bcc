import type { ReactNode } from 'react';
import { ApiFailure } from '../api/client.ts';
import type { Loaded } from '../api/useLoad.ts';
import { ErrorNotice, Loading, NotAvailable } from './Notice.tsx';

/** Renders governance data, or says plainly that this gateway does not serve it yet. */
export function GovernanceSection<T>({
  loaded,
  what,
  api,
  children,
}: {
  loaded: Loaded<T>;
  what: string;
  api: string;
  children: (data: T) => ReactNode;
}) {
  if (loaded.error instanceof ApiFailure && loaded.error.missing)
    return <NotAvailable what={what} api={api} />;
  if (loaded.error) return <ErrorNotice error={loaded.error} />;
  if (loaded.loading && loaded.data === undefined) return <Loading />;
  return loaded.data === undefined ? null : children(loaded.data);
}
