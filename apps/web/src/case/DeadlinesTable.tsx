import { Button, Stack, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { sectionSigns } from '@lemon/state-rules/section-signs';
import type { Deadline } from '../api/types';
import { DeadlineBadge } from '../components/StatusBadge';
import { actorLabel } from '../lib/jurisdictions';

/** Why a deadline falls when it does: the arithmetic, the status's reason, and the rule with its citation. */
export function DeadlineWhy({ d }: { d: Deadline }) {
  return (
    <Stack gap={2}>
      <Text size="sm">{sectionSigns(d.computation ?? 'No arithmetic recorded.')}</Text>
      {d.statusReason && <Text size="sm">{sectionSigns(d.statusReason)}</Text>}
      <Text size="xs">
        {sectionSigns(`${d.rule.text} (${d.rule.citation}`)}, confidence {d.rule.confidence}
        {d.lowConfidence ? ', verify' : ''})
      </Text>
    </Stack>
  );
}

/** Due date, status, who must act, rule and citation; the arithmetic on expand. */
export function DeadlinesTable({ deadlines, showCase }: { deadlines: Deadline[]; showCase?: (d: Deadline) => React.ReactNode }) {
  const [open, setOpen] = useState<Record<string, boolean>>({});
  if (!deadlines.length) return <Text size="sm">No deadlines.</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table className="tabular" aria-label="Deadlines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Due</Table.Th>
            <Table.Th>Status</Table.Th>
            {showCase && <Table.Th>Case</Table.Th>}
            <Table.Th>What</Table.Th>
            <Table.Th>Who must act</Table.Th>
            <Table.Th>Rule</Table.Th>
            <Table.Th>Arithmetic</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deadlines.map((d) => (
            <Fragment key={d.deadlineId}>
              <Table.Tr>
                <Table.Td>
                  {d.dueOn}
                  {d.dueIsEstimate ? ' (est.)' : ''}
                </Table.Td>
                <Table.Td miw={120}>
                  <DeadlineBadge status={d.status} />
                </Table.Td>
                {showCase && <Table.Td>{showCase(d)}</Table.Td>}
                <Table.Td>{d.title}</Table.Td>
                <Table.Td>{actorLabel(d.actor)}</Table.Td>
                <Table.Td>
                  <Text size="xs">{sectionSigns(d.rule.citation)}</Text>
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    c="blue.9"
                    aria-expanded={!!open[d.deadlineId]}
                    onClick={() => setOpen((o) => ({ ...o, [d.deadlineId]: !o[d.deadlineId] }))}
                  >
                    {open[d.deadlineId] ? 'Hide' : 'Show'}
                  </Button>
                </Table.Td>
              </Table.Tr>
              {open[d.deadlineId] && (
                <Table.Tr>
                  <Table.Td colSpan={showCase ? 7 : 6}>
                    <DeadlineWhy d={d} />
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
