import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppProviders, appQueryClient } from './providers';
import { App, startPageHead } from './App';

/** At most this long the first render waits for the page's code and answers; then the page's own loading states show. */
const HEAD_START_WAIT_MS = 1_000;

const root = createRoot(document.getElementById('root')!);
// Until then the screen shows index.html's "Opening Lemon Ledger…".
void Promise.race([startPageHead(appQueryClient), new Promise((resolve) => setTimeout(resolve, HEAD_START_WAIT_MS))]).then(() =>
  root.render(
    <StrictMode>
      <AppProviders>
        <BrowserRouter basename="/app">
          <App />
        </BrowserRouter>
      </AppProviders>
    </StrictMode>,
  ),
);
