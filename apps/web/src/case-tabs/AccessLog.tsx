import { Group, Pagination, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { localMinute } from '../lib/dates';

export interface CaseRead {
  readAt: string;
  userId: string;
  userName?: string | null;
  organisationId: string;
  organisationName?: string | null;
  role: string;
  path: string;
}

const PAGE_SIZE = 25;

/** What each route of a case shows, as the access log names it ("read the history"). */
const ROUTE_WORDS: Record<string, string> = {
  '': 'the case file',
  history: 'the history',
  notes: 'the notes',
  deadlines: 'the deadlines',
  presumption: 'the presumption',
  documents: 'documents',
  restitution: 'restitution',
  expenses: 'expenses',
  shares: 'who the case is shared with',
  'access-log': 'this access log',
  'manufacturer-disclosure': 'the manufacturer’s details',
  'manufacturer-link': 'the manufacturer’s details',
};

/** The part of the case a read was of, in words: "/cases/{id}/history" reads "the history". */
export function readOf(path: string): string {
  const [part = ''] = path.replace(/^\/cases\/[^/]+\/?/, '').split('/');
  return ROUTE_WORDS[part] ?? part.replace(/-/g, ' ');
}

/**
 * Every read of the case file, newest first, a page at a time. "Other organisations" keeps the reads that matter for
 * privilege: those by the organisations the firm shares the case with (a manufacturer's customer relations).
 */
export function AccessLogTable({
  reads,
  ownOrganisationId,
  orgNames,
}: {
  reads: readonly CaseRead[];
  ownOrganisationId: string;
  orgNames: Record<string, string>;
}) {
  const [whose, setWhose] = useState<'everyone' | 'others'>('everyone');
  const [page, setPage] = useState(1);
  const byOthers = reads.filter((r) => r.organisationId !== ownOrganisationId);
  const shown = (whose === 'others' ? byOthers : reads).slice().reverse();
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const rows = shown.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="wrap">
        <SegmentedControl
          aria-label="Whose reads"
          value={whose}
          onChange={(value) => {
            setWhose(value as 'everyone' | 'others');
            setPage(1);
          }}
          data={[
            { value: 'everyone', label: `Everyone (${reads.length})` },
            { value: 'others', label: `Other organisations (${byOthers.length})` },
          ]}
        />
        <Text size="sm" aria-live="polite">
          {shown.length === 0
            ? ''
            : `${shown.length} read${shown.length === 1 ? '' : 's'}, newest first${pages > 1 ? ` · page ${current} of ${pages}` : ''}`}
        </Text>
      </Group>
      {shown.length === 0 ? (
        <Text size="sm">{whose === 'others' ? 'No other organisation has read this case.' : 'No reads recorded yet.'}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table className="tabular" aria-label="Access log">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When (your time)</Table.Th>
                <Table.Th>Who</Table.Th>
                <Table.Th>Organisation</Table.Th>
                <Table.Th>What</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r, i) => (
                <Table.Tr key={`${r.readAt}-${i}`}>
                  <Table.Td>{localMinute(r.readAt)}</Table.Td>
                  <Table.Td>{r.userName ?? r.role}</Table.Td>
                  <Table.Td>{r.organisationName ?? orgNames[r.organisationId] ?? r.organisationId}</Table.Td>
                  <Table.Td>{readOf(r.path)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {pages > 1 && <Pagination total={pages} value={current} onChange={setPage} size="sm" aria-label="Access log pages" />}
    </Stack>
  );
}
