import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { Layout } from './components/Layout';
import { LoadingBlock } from './components/States';
import { RequireSession } from './session';
import { SignInPage } from './pages/SignInPage';
import { InvitationPage } from './pages/InvitationPage';
import { CasesPage } from './pages/CasesPage';
import { caseSummaryQuery } from './case/case-query';

// The case page carries the charts: loaded when first opened, so the first load stays small.
const loadCasePage = () => import('./case/CasePage');
const CasePage = lazy(loadCasePage);

/** The case asked for in the address bar, if any (/app/cases/{id}). */
const caseInAddress = () => /^\/app\/cases\/([0-9a-f-]{36})\/?$/.exec(window.location.pathname)?.[1];

/**
 * Opening a case page directly: its code and its data are fetched while the session is still being
 * checked, rather than one after the other (each waiting would add a round trip before anything shows).
 */
function useCasePageHeadStart() {
  const queryClient = useQueryClient();
  useState(() => {
    const caseId = caseInAddress();
    if (!caseId) return;
    void loadCasePage();
    void import('./components/EChart'); // the case page's charts: otherwise fetched only once the case page's own code has run
    void queryClient.prefetchQuery({ ...caseSummaryQuery(caseId), retry: false });
  });
}
const DocketPage = lazy(() => import('./pages/DocketPage'));
const AdminPage = lazy(() => import('./pages/AdminPage'));

export function App() {
  useCasePageHeadStart();
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/invitation" element={<InvitationPage />} />
      <Route
        element={
          <RequireSession>
            <Layout />
          </RequireSession>
        }
      >
        <Route index element={<Navigate to="/cases" replace />} />
        <Route path="/cases" element={<CasesPage />} />
        <Route
          path="/cases/:caseId"
          element={
            <Suspense fallback={<LoadingBlock label="Opening the case" />}>
              <CasePage />
            </Suspense>
          }
        />
        <Route
          path="/docket"
          element={
            <Suspense fallback={<LoadingBlock label="Opening the docket" />}>
              <DocketPage />
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
        <Route path="*" element={<Navigate to="/cases" replace />} />
      </Route>
    </Routes>
  );
}
