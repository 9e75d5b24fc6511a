import { lazy, Suspense, useState } from 'react';
import { preloadable } from './components/preloadable';
import { Navigate, Route, Routes } from 'react-router';
import { Layout } from './components/Layout';
import { LoadingBlock } from './components/States';
import { RequireSession } from './session';
import { SignInPage } from './pages/SignInPage';
import { InvitationPage } from './pages/InvitationPage';
import { CasesPage } from './pages/CasesPage';
import { EChart } from './components/LazyEChart';

// The case page carries the charts: loaded when first opened, so the first load stays small.
const CasePage = preloadable(() => import('./case/CasePage'));
const DocketPage = lazy(() => import('./pages/DocketPage'));
const AdminPage = lazy(() => import('./pages/AdminPage'));
const DirectoryPage = lazy(() => import('./pages/DirectoryPage'));
const SignaturePage = lazy(() => import('./pages/LetterheadForms'));
const JurisdictionsPage = lazy(() => import('./pages/JurisdictionsPage'));
const JurisdictionPage = lazy(() => import('./pages/JurisdictionPage'));

/** The case asked for in the address bar, if any (/app/cases/{id}). */
const caseInAddress = () => /^\/app\/cases\/([0-9a-f-]{36})\/?$/.exec(window.location.pathname)?.[1];

/**
 * Opening a case page directly: its code (and the charts') is evaluated while the session is still
 * being checked, so the page renders at once when the session is confirmed, with no "Opening the
 * case" fallback in between. index.html has already asked for the case itself (case-query.ts) and
 * for these chunks (vite.config.mts, casePagePreload).
 */
function useCasePageHeadStart() {
  useState(() => {
    if (!caseInAddress()) return;
    void CasePage.preload();
    void EChart.preload();
  });
}

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
