import { lazy, Suspense } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { preloadable } from './components/preloadable';
import { Navigate, Route, Routes } from 'react-router';
import { Layout } from './components/Layout';
import { LoadingBlock } from './components/States';
import { caseSummaryQuery } from './case/case-query';
import { pastCutFrom } from './case/past-cut';
import { RequireSession, SESSION_QUERY, sessionQuery } from './session';

// Every page is its own chunk, so the first load evaluates only the shell (React, Mantine's core, the router) and the page
// asked for: opening a case does not also evaluate the case list, its new-case form and the date pickers, nor the sign-in forms.
const CasePage = preloadable(() => import('./case/CasePage'));
const CasesPage = preloadable(() => import('./pages/CasesPage').then((module) => ({ default: module.CasesPage })));
const SignInPage = preloadable(() => import('./pages/SignInPage').then((module) => ({ default: module.SignInPage })));
const InvitationPage = preloadable(() => import('./pages/InvitationPage').then((module) => ({ default: module.InvitationPage })));
const DocketPage = lazy(() => import('./pages/DocketPage'));
const AdminPage = lazy(() => import('./pages/AdminPage'));
const DirectoryPage = lazy(() => import('./pages/DirectoryPage'));
const SignaturePage = lazy(() => import('./pages/LetterheadForms'));
const JurisdictionsPage = lazy(() => import('./pages/JurisdictionsPage'));
const JurisdictionPage = lazy(() => import('./pages/JurisdictionPage'));

/** The case asked for in the address bar, if any (/app/cases/{id}). */
const caseInAddress = () => /^\/app\/cases\/([0-9a-f-]{36})\/?$/.exec(window.location.pathname)?.[1];

/**
 * The page in the address bar starts loading its code at once, before the app's first render, and a page behind
 * sign-in its session check; opening a case page directly, also the case (index.html has already asked for the
 * session, the case and the case page's chunks: session.tsx, case-query.ts, vite.config.mts casePagePreload). main.tsx
 * renders once these are in, so the page appears in one render instead of after "Checking your session",
 * "Opening the case" and "Loading the case" one after another. Resolves when they are in (never rejects: a failure
 * is shown by the page itself).
 */
export function startPageHead(queryClient: QueryClient): Promise<unknown> {
  const path = window.location.pathname;
  if (/^\/app\/sign-in\/?$/.test(path)) return SignInPage.preload();
  if (/^\/app\/invitation\/?$/.test(path)) return InvitationPage.preload();
  const session = queryClient.prefetchQuery(sessionQuery);
  const caseId = caseInAddress();
  if (caseId)
    return Promise.all([
      CasePage.preload(),
      // Only for someone signed in: asked for without a session, the case would answer 401 and send them to sign-in twice.
      session.then(
        () =>
          queryClient.getQueryData(SESSION_QUERY) &&
          queryClient.prefetchQuery(caseSummaryQuery(caseId, pastCutFrom(new URLSearchParams(window.location.search)))),
      ),
    ]);
  if (/^\/app\/(cases\/?)?$/.test(path)) return Promise.all([CasesPage.preload(), session]);
  return session;
}

export function App() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage fallback={<LoadingBlock label="Opening the sign-in page" />} />} />
      <Route path="/invitation" element={<InvitationPage fallback={<LoadingBlock label="Opening the invitation" />} />} />
      <Route
        element={
          <RequireSession>
            <Layout />
          </RequireSession>
        }
      >
        <Route index element={<Navigate to="/cases" replace />} />
        <Route path="/cases" element={<CasesPage fallback={<LoadingBlock label="Opening the case list" />} />} />
        <Route path="/cases/:caseId" element={<CasePage fallback={<LoadingBlock label="Opening the case" />} />} />
        <Route
          path="/docket"
          element={
            <Suspense fallback={<LoadingBlock label="Opening the docket" />}>
              <DocketPage />
            </Suspense>
          }
        />
        <Route
          path="/manufacturers"
          element={
            <Suspense fallback={<LoadingBlock label="Opening the directory" />}>
              <DirectoryPage />
            </Suspense>
          }
        />
        <Route
          path="/jurisdictions"
          element={
            <Suspense fallback={<LoadingBlock label="Opening the jurisdictions" />}>
              <JurisdictionsPage />
            </Suspense>
          }
        />
        <Route
          path="/jurisdictions/:code"
          element={
            <Suspense fallback={<LoadingBlock label="Opening the statute" />}>
              <JurisdictionPage />
            </Suspense>
          }
        />
        <Route
          path="/admin"
          element={
            <Suspense fallback={<LoadingBlock label="Opening administration" />}>
              <AdminPage />
            </Suspense>
          }
        />
        <Route
          path="/signature"
          element={
            <Suspense fallback={<LoadingBlock label="Opening your signature" />}>
              <SignaturePage />
            </Suspense>
          }
        />
        <Route path="*" element={<Navigate to="/cases" replace />} />
      </Route>
    </Routes>
  );
}
