import { Badge } from '@mantine/core';
import type { DeadlineStatus, PresumptionStatus } from '../api/types';

/** Colour is never the only signal: every badge carries its word and a symbol. */
const PRESUMPTION: Record<PresumptionStatus, { color: string; symbol: string; word: string }> = {
  MET: { color: 'green', symbol: '●', word: 'MET' },
  NOT_MET: { color: 'yellow', symbol: '○', word: 'NOT MET' },
  PERIOD_EXPIRED: { color: 'gray', symbol: '■', word: 'PERIOD EXPIRED' },
  INSUFFICIENT_DATA: { color: 'indigo', symbol: '?', word: 'INSUFFICIENT DATA' },
};

export function PresumptionBadge({ status, size = 'md' }: { status?: PresumptionStatus; size?: string }) {
  if (!status)
    return (
      <Badge color="gray" variant="outline" size={size}>
        – unknown
      </Badge>
    );
  const s = PRESUMPTION[status];
  return (
    <Badge
      color={s.color}
      variant="light"
      size={size}
      data-status={status}
      styles={{ root: { overflow: 'visible', flexShrink: 0 }, label: { color: 'var(--mantine-color-dark-7)', overflow: 'visible' } }}
    >
      <span aria-hidden>{s.symbol} </span>
      {s.word}
    </Badge>
  );
}

const DEADLINE: Record<string, { color: string; symbol: string }> = {
  OPEN: { color: 'yellow', symbol: '◷' },
  MET: { color: 'green', symbol: '✓' },
  MISSED: { color: 'red', symbol: '✕' },
  OVERDUE: { color: 'red', symbol: '!' },
  UPCOMING: { color: 'blue', symbol: '◷' },
  PASSED: { color: 'gray', symbol: '■' },
  NOT_APPLICABLE: { color: 'gray', symbol: '–' },
};

export function DeadlineBadge({ status }: { status: DeadlineStatus }) {
  const s = DEADLINE[status] ?? { color: 'gray', symbol: '' };
  return (
    <Badge
      color={s.color}
      variant="light"
      data-status={status}
      styles={{ root: { overflow: 'visible', flexShrink: 0 }, label: { color: 'var(--mantine-color-dark-7)', overflow: 'visible' } }}
    >
      <span aria-hidden>{s.symbol} </span>
      {status.replace('_', ' ')}
    </Badge>
  );
}
