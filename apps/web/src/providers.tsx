import { createTheme, MantineProvider, Notification, Pagination, TableScrollContainer } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from './api/client';

const theme = createTheme({
  primaryColor: 'blue',
  // Shade 9 keeps white-on-primary and primary-on-light text above WCAG AA contrast (4.5:1).
  primaryShade: 9,
  // People who ask their system for less motion get drawers, menus and sections that open without sliding (WCAG 2.3.3).
  respectReducedMotion: true,
  fontSizes: { md: '15px' },
  lineHeights: { md: '1.6' },
  components: {
    // A wide table scrolls sideways inside its box on a phone; the box takes the focus so the keyboard can scroll it too
    // (WCAG 2.1.1; axe scrollable-region-focusable), which matters for tables with nothing focusable in them.
    // A notification's close button needs a name, and its text the page's contrast (the default dimmed grey fails AA).
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Close the notification' } },
      styles: { description: { color: 'var(--mantine-color-text)' } },
    }),
    // Every pager's arrows and numbers have names ("next page", "page 3"), not only glyphs (axe button-name, WCAG 4.1.2).
    Pagination: Pagination.extend({
      defaultProps: {
        getControlProps: (control: string) => ({ 'aria-label': `${control} page` }),
        getItemProps: (page: number) => ({ 'aria-label': `page ${page}` }),
      },
    }),
    TableScrollContainer: TableScrollContainer.extend({
      defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } },
    }),
  },
});

export const makeQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: {
        retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
        staleTime: 5_000,
      },
    },
  });

/** The app's one query client (main.tsx fills it before the first render: App.tsx startPageHead). */
export const appQueryClient = makeQueryClient();

export function AppProviders({ children, queryClient = appQueryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  return (
    <MantineProvider theme={theme}>
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}
