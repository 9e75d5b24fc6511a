import { createTheme, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from './api/client';

const theme = createTheme({
  primaryColor: 'blue',
  // Shade 9 keeps white-on-primary and primary-on-light text above WCAG AA contrast (4.5:1).
  primaryShade: 9,
  fontSizes: { md: '15px' },
  lineHeights: { md: '1.6' },
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

const client = makeQueryClient();

export function AppProviders({ children, queryClient = client }: { children: ReactNode; queryClient?: QueryClient }) {
  return (
    <MantineProvider theme={theme}>
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}
