import { Anchor, Group, Paper, Progress, Stack, Text, Title, Tooltip } from '@mantine/core';
import type { Presumption, Prong } from '../api/types';
import { PresumptionBadge } from '../components/StatusBadge';
import { withNames } from '../lib/timeline';

const UNIT: Record<string, string> = { repair_attempts: 'repairs', days: 'days' };

/** "3 of 4 repairs", "22 of more than 30 days". */
export const meterText = (prong: Prong): string =>
  `${prong.count} of ${prong.comparison === 'more_than' ? 'more than ' : ''}${prong.threshold} ${UNIT[prong.unit] ?? prong.unit.replaceAll('_', ' ')}`;

/** Values below confidence H carry a "verify" marker linking to the jurisdiction's sources. */
export function VerifyMarker({ confidence, jurisdiction }: { confidence?: string; jurisdiction: string }) {
  if (!confidence || confidence === 'H') return null;
  return (
    <Tooltip label={`Our reading has confidence ${confidence}: check the statute`}>
      <Anchor href={`/jurisdictions/${jurisdiction}`} target="_blank" size="xs">
        <Text span size="xs" fw={700} c="#8a3500" ml={4} style={{ border: '1px solid currentColor', borderRadius: 4, padding: '0 4px' }}>
          verify ({confidence})
        </Text>
      </Anchor>
    </Tooltip>
  );
}

export function PresumptionPanel({
  presumption,
  names,
  jurisdiction,
}: {
  presumption?: Presumption;
  names: Record<string, string>;
  jurisdiction: string;
}) {
  if (!presumption) return <Text>No presumption evaluation is available for this case.</Text>;
  const metOn = presumption.metOn ?? presumption.prongs.find((p) => p.met && p.metOn)?.metOn;
  return (
    <Paper withBorder p="md" radius="md" aria-labelledby="presumption-title">
      <Stack gap="xs">
        <Group gap="sm">
          <Title order={2} size="h4" id="presumption-title">
            Presumption
          </Title>
          <PresumptionBadge status={presumption.status} />
          {presumption.status === 'MET' && metOn && <Text size="sm">since {metOn}</Text>}
        </Group>
        <Text size="sm">
          {presumption.statute.citation.split(';').find((c) => c.includes('1793.22')) ??
            presumption.prongs[0]?.citation ??
            presumption.statute.citation}
          <VerifyMarker confidence={presumption.statute.confidence} jurisdiction={jurisdiction} />
        </Text>
        {presumption.prongs.map((prong, i) => {
          const value = Math.min(100, (prong.count / Math.max(prong.threshold + (prong.comparison === 'more_than' ? 1 : 0), 1)) * 100);
          const label = withNames(prong.label, names);
          return (
            <div key={`${prong.kind}-${prong.nonconformityId ?? i}`}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" fw={500}>
                  {prong.met ? '✓ ' : ''}
                  {label}
                </Text>
                <Text size="sm" className="tabular" fw={700}>
                  {meterText(prong)}
                </Text>
              </Group>
              <Progress value={value} color={prong.met ? 'green' : 'yellow'} aria-label={`${label}: ${meterText(prong)}`} />
              <Text size="xs">
                {prong.met ? `Met${prong.metOn ? ` on ${prong.metOn}` : ''}.` : (prong.distance?.text ?? '')}
                {prong.missingPreconditions?.length
                  ? ` Still missing: ${prong.missingPreconditions.map((m) => (typeof m === 'string' ? m : (m.text ?? m.kind))).join('; ')}.`
                  : ''}{' '}
                {prong.citation} <VerifyMarker confidence={prong.confidence} jurisdiction={jurisdiction} />
              </Text>
            </div>
          );
        })}
        {presumption.procedure?.map((step) => (
          <Text size="sm" key={step.kind}>
            {step.satisfied ? '✓' : '○'} {step.kind.replaceAll('_', ' ')}: {step.satisfied ? 'done' : 'not yet'} ({step.citation})
            <VerifyMarker confidence={step.confidence} jurisdiction={jurisdiction} />
          </Text>
        ))}
        {presumption.lowConfidence?.length ? <Text size="xs">Verify: {presumption.lowConfidence.join('; ')}</Text> : null}
      </Stack>
    </Paper>
  );
}
