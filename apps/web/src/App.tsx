import { lazy, Suspense, useState } from 'react';
import { preloadable } from './components/preloadable';
import { Navigate, Route, Routes } from 'react-router';
import { Layout } from './components/Layout';
import { LoadingBlock } from './components/States';
import { RequireSession } from './session';

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
 * The page in the address bar starts loading its code at once, while the session is still being
 * checked, so it renders as soon as the session is confirmed, with no "Opening…" fallback in
 * between. Opening a case page directly, index.html has already asked for the case itself
 * (case-query.ts) and for its chunks (vite.config.mts, casePagePreload).
 */
function usePageHeadStart() {
  useState(() => {
    const path = window.location.pathname;
    if (caseInAddress()) {
      void CasePage.preload();
    } else if (/^\/app\/sign-in\/?$/.test(path)) void SignInPage.preload();
    else if (/^\/app\/invitation\/?$/.test(path)) void InvitationPage.preload();
    else if (/^\/app\/(cases\/?)?$/.test(path)) void CasesPage.preload();
  });
}

export function App() {
  usePageHeadStart();
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
