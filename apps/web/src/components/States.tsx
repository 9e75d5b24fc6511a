import { Alert, Button, Center, Group, Loader, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';

/** Never a blank screen: every request shows that it is loading… */
export function LoadingBlock({ label }: { label: string }) {
  return (
    <Center p="lg" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" aria-hidden />
        <Text>{label}…</Text>
      </Group>
    </Center>
  );
}

/** …or what went wrong, with a way to try again. */
export function ErrorBlock({ error, retry, title = 'This could not be loaded' }: { error: unknown; retry?: () => void; title?: string }) {
  return (
    <Alert color="red" title={title} role="alert" variant="light">
      <Text size="sm">{error instanceof Error ? error.message : String(error)}</Text>
      {retry && (
        <Button mt="sm" size="xs" variant="outline" color="red" onClick={retry}>
          Try again
        </Button>
      )}
    </Alert>
  );
}

/**
 * A query's three states in one place: loading under `label`, its error with "Try again", or `children` given the data.
 * `renderError` replaces the error block where a refusal means more (it is handed the retry so it can offer it).
 */
export function QueryBlock<Data, Failure>({
  query,
  label,
  renderError = (error, retry) => <ErrorBlock error={error} retry={retry} />,
  children,
}: {
  query: UseQueryResult<Data, Failure>;
  label: string;
  renderError?: (error: Failure, retry: () => void) => ReactNode;
  children: (data: Data) => ReactNode;
}) {
  if (query.isPending) return <LoadingBlock label={label} />;
  if (query.isError) return renderError(query.error, () => void query.refetch());
  return children(query.data);
}
