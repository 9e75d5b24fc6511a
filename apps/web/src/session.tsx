import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { api, call, setCsrfToken } from './api/client';
import type { Session } from './api/types';
import { LoadingBlock, ErrorBlock } from './components/States';

const SessionContext = createContext<Session | undefined>(undefined);

export const useSession = (): Session => {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in page');
  return session;
};

/** Manufacturers read what a firm shares; auditors read only: no forms for either. */
export const useReadOnly = (): boolean => {
  const session = useSession();
  return session.organisation.kind === 'manufacturer' || session.user.role === 'auditor';
};

/** Provides a known session (RequireSession does this after asking the API; component tests give one). */
export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export const SESSION_QUERY = ['session'];

declare global {
  interface Window {
    /** GET /auth/session started by index.html before the app's code loaded (used once). */
    __earlySession?: Promise<Response>;
  }
}

/** Who is signed in: the answer index.html already asked for, or a new request; null when nobody is. */
async function currentSession(): Promise<Session | null> {
  const early = window.__earlySession;
  window.__earlySession = undefined;
  const answer = early
    ? await early.then(
        async (response) => ({ status: response.status, ok: response.ok, data: response.ok ? await response.json() : undefined }),
        () => undefined,
      )
    : undefined;
  const { data, response } = answer
    ? { data: answer.data, response: { status: answer.status, ok: answer.ok } }
    : await api.GET('/auth/session');
  if (response.status === 401) return null;
  if (!response.ok) throw new Error(`could not check your session (${response.status})`);
  const session = data as unknown as Session;
  setCsrfToken(session.csrfToken);
  return session;
}

/** Who is signed in, checked again after a minute. */
export const sessionQuery = { queryKey: SESSION_QUERY, queryFn: currentSession, staleTime: 60_000 };

/** Pages behind sign-in: an ended session goes to sign-in and comes back to the page asked for. */
export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const query = useQuery(sessionQuery);
  if (query.isPending) return <LoadingBlock label="Checking your session" />;
  if (query.isError) return <ErrorBlock error={query.error} retry={() => void query.refetch()} />;
  if (!query.data) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <SessionProvider session={query.data}>{children}</SessionProvider>;
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return async () => {
    await api.POST('/auth/logout');
    setCsrfToken(undefined);
    queryClient.clear();
  };
}

export { call };
