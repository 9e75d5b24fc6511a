import { Alert, Button, Center, Group, Loader, Text } from '@mantine/core';

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
