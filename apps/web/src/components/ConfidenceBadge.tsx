import { Badge } from '@mantine/core';

const CONFIDENCE_WORDS = { H: 'high', M: 'medium', L: 'low' } as const;

/** Our confidence in a value, in words (never colour alone); `verify` adds "· verify" where the reader should check it. */
export function ConfidenceBadge({ confidence, verify, size }: { confidence: 'H' | 'M' | 'L'; verify: boolean; size: 'xs' | 'sm' }) {
  return (
    <Badge
      size={size}
      variant="light"
      color={confidence === 'H' ? 'green' : confidence === 'M' ? 'yellow' : 'gray'}
      styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}
    >
      {CONFIDENCE_WORDS[confidence]} confidence{verify ? ' · verify' : ''}
    </Badge>
  );
}
