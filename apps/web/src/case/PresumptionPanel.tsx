import { Anchor, Button, Group, List, Paper, Progress, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useId, useState } from 'react';
import { sectionSigns } from '@lemon/state-rules/section-signs';
import { Link } from 'react-router';
import type { CaseSummary, Presumption, Prong } from '../api/types';
import { miles } from '../lib/dates';
import { PresumptionBadge } from '../components/StatusBadge';
import { withNames } from '../lib/timeline';
import { PRONG_RULE, PROCEDURE_RULE, rulePath } from '../lib/rule-pack';
import { presumptionSection } from '../lib/citations';

const UNIT: Record<string, string> = { repair_attempts: 'repairs', days: 'days' };

/** "3 of 4 repairs", "22 of more than 30 days". */
export const meterText = (prong: Prong): string =>
  `${prong.count} of ${prong.comparison === 'more_than' ? 'more than ' : ''}${prong.threshold} ${UNIT[prong.unit] ?? prong.unit.replaceAll('_', ' ')}`;

/** A prong's state in sentences: met (and when), or how far it is, then what is still missing; each ends with one full stop. */
export const prongStatus = (prong: Prong): string =>
  [
    prong.met ? `Met${prong.metOn ? ` on ${prong.metOn}` : ''}` : prong.distance?.text,
    prong.missingPreconditions?.length
      ? `Still missing: ${prong.missingPreconditions.map((m) => (typeof m === 'string' ? m : (m.text ?? m.kind))).join('; ')}`
      : undefined,
  ]
    .filter((sentence): sentence is string => !!sentence?.trim())
    .map((sentence) => sentence.trim().replace(/\.*$/, '.'))
    .join(' ');

/**
 * Values below confidence H carry a "verify" marker: it opens the jurisdiction's page at the rule the value comes from, in
 * the version the case is judged under, with the statute's words and the sources to check.
 */
export function VerifyMarker({
  confidence,
  jurisdiction,
  version,
  rule,
}: {
  confidence?: string;
  jurisdiction: string;
  version?: string;
  rule?: string;
}) {
  if (!confidence || confidence === 'H') return null;
  return (
    <Tooltip label={`Our reading has confidence ${confidence}: check the statute`}>
      <Anchor component={Link} to={rulePath(jurisdiction, version, rule)} size="xs">
        <Text span size="xs" fw={700} c="#8a3500" ml={4} style={{ border: '1px solid currentColor', borderRadius: 4, padding: '0 4px' }}>
          verify ({confidence})
        </Text>
      </Anchor>
    </Tooltip>
  );
}

/** Why a record did not count, in words (the API's ExclusionReason codes). */
export const EXCLUSION_REASON: Record<string, string> = {
  voided: 'voided',
  after_as_of: 'after the evaluation date',
  before_delivery: 'before delivery',
  outside_period_by_date: 'outside the period (by date)',
  outside_period_by_mileage: 'outside the period (by mileage)',
  different_nonconformity: 'a different defect',
  not_tied_to_nonconformity: 'not tied to a defect',
  before_notice: 'before the manufacturer was notified',
  excluded_day: 'a day not counted',
  outside_rolling_window: 'outside the rolling window',
  invalid_dates: 'dates do not make sense',
  incomplete_record: 'incomplete record',
};

/** The records of the case by id, for naming what a prong counted or left out. */
type Records = Pick<CaseSummary, 'repairAttempts' | 'outOfService' | 'finalRepairOpportunities'>;

function recordName(id: string | undefined, records?: Records): string {
  if (!id || !records) return 'a record';
  const repair = records.repairAttempts.find((r) => r.repairAttemptId === id);
  if (repair)
    return `${repair.repairOrderNumber ?? 'repair visit'} ${repair.dateIn} → ${repair.dateOut ?? 'open'}, ${miles(repair.mileageIn)}`;
  const interval = records.outOfService.intervals.find((i) => i.intervalId === id);
  if (interval) return `out of service ${interval.from} → ${interval.to} (${interval.reason})`;
  const offer = (records.finalRepairOpportunities ?? []).find((o) => o.opportunityId === id);
  if (offer) return `final repair opportunity ${offer.offeredOn}`;
  return 'a record';
}

/** One prong's "why": the records that counted and those left out, each with the reason. */
function ProngWhy({ prong, names, records }: { prong: Prong; names: Record<string, string>; records?: Records }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const qualifying = prong.qualifying ?? [];
  const excluded = prong.excluded ?? [];
  if (!qualifying.length && !excluded.length) return null;
  const label = withNames(prong.label, names);
  return (
    <>
      <Button
        size="compact-xs"
        variant="transparent"
        c="blue.9"
        px={0}
        aria-expanded={open}
        aria-controls={id}
        aria-label={`Why: ${qualifying.length} counted, ${excluded.length} left out (${label})`}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden>{open ? '▾' : '▸'}&nbsp;</span>Why: {qualifying.length} counted, {excluded.length} left out
      </Button>
      {/* Built when opened: closed, a case with many repair visits had each of them as a hidden list item on the first render. */}
      <div id={id} hidden={!open}>
        {open && (
          <Stack gap={4} pl="sm" pb="xs">
            <Text size="xs" fw={700}>
              Counted
            </Text>
            {qualifying.length ? (
              <List size="xs" spacing={2}>
                {qualifying.map((q, i) => (
                  <List.Item key={`q${i}`}>
                    {q.kind === 'final_repair_attempt'
                      ? `final repair attempt ${q.dateIn ?? ''}`
                      : recordName(q.repairAttemptId ?? q.intervalId, records)}
                    {q.countedDays !== undefined ? ` — ${q.countedDays} days` : ''}
                    {q.corrected ? ' (corrected)' : ''}
                  </List.Item>
                ))}
              </List>
            ) : (
              <Text size="xs">Nothing yet.</Text>
            )}
            <Text size="xs" fw={700}>
              Left out
            </Text>
            {excluded.length ? (
              <List size="xs" spacing={2}>
                {excluded.map((x, i) => (
                  <List.Item key={`x${i}`}>
                    {recordName(x.id, records)} — {EXCLUSION_REASON[x.reason] ?? x.reason.replaceAll('_', ' ')}
                    {x.detail ? `: ${sectionSigns(withNames(x.detail, names))}` : ''}
                  </List.Item>
                ))}
              </List>
            ) : (
              <Text size="xs">Nothing left out.</Text>
            )}
          </Stack>
        )}
      </div>
    </>
  );
}

export function PresumptionPanel({
  presumption,
  names,
  jurisdiction,
  records,
}: {
  presumption?: Presumption;
  names: Record<string, string>;
  jurisdiction: string;
  /** The case's records, to name what each prong counted and left out. */
  records?: Records;
}) {
  if (!presumption) return <Text>No presumption evaluation is available for this case.</Text>;
  const version = presumption.rulePackVersion?.id;
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
          {sectionSigns(
            presumptionSection(
              presumption.prongs.map((p) => p.citation),
              presumption.statute.citation,
            ),
          )}
          <VerifyMarker confidence={presumption.statute.confidence} jurisdiction={jurisdiction} version={version} />
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
                {sectionSigns(prongStatus(prong))} {sectionSigns(prong.citation)}{' '}
                <VerifyMarker confidence={prong.confidence} jurisdiction={jurisdiction} version={version} rule={PRONG_RULE[prong.kind]} />
              </Text>
              <ProngWhy prong={prong} names={names} records={records} />
            </div>
          );
        })}
        {presumption.procedure?.map((step) => (
          <Text size="sm" key={step.kind}>
            {step.satisfied ? '✓' : '○'} {step.kind.replaceAll('_', ' ')}: {step.satisfied ? 'done' : 'not yet'} (
            {sectionSigns(step.citation)})
            <VerifyMarker confidence={step.confidence} jurisdiction={jurisdiction} version={version} rule={PROCEDURE_RULE[step.kind]} />
          </Text>
        ))}
        {presumption.lowConfidence?.length ? <Text size="xs">Verify: {sectionSigns(presumption.lowConfidence.join('; '))}</Text> : null}
      </Stack>
    </Paper>
  );
}
