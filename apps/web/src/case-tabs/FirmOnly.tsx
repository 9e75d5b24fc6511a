import { Alert, Text } from '@mantine/core';
import { ApiError } from '../api/client';
import { ErrorBlock } from '../components/States';

/** Restitution and documents are the firm's work product: another organisation gets 403, which is said plainly, not as a failure. */
export function isFirmOnlyRefusal(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403;
}

export function FirmOnlyOrError({ error, what, retry }: { error: unknown; what: string; retry?: () => void }) {
  if (isFirmOnlyRefusal(error))
    return (
      <Alert color="gray" title={`${what} stay with the law firm`} role="note">
        <Text size="sm">
          The firm shares the case file with you read-only. {what} are its own work product and are not shared with other organisations.
        </Text>
      </Alert>
    );
  return <ErrorBlock error={error} retry={retry} />;
}

export const money = (amount: number | null | undefined): string =>
  amount === null || amount === undefined
    ? '—'
    : amount.toLocaleString('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
