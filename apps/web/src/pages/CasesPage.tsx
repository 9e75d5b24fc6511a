import { Anchor, Button, Card, Group, Pagination, Select, Stack, Table, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api, call } from '../api/client';
import type { paths } from '../api/schema';
import type { CaseList, CaseListItem } from '../api/types';
import { QueryBlock } from '../components/States';
import { DeadlineBadge, PresumptionBadge } from '../components/StatusBadge';
import { eventLabel, readableTitle, relativeDays, vehicleName } from '../components/names';
import { localDay, todayIso } from '../lib/dates';
import { actorLabel, JURISDICTIONS } from '../lib/jurisdictions';
import { useReadOnly } from '../session';
import { NewCaseDrawer } from './NewCaseDrawer';

const PAGE_SIZE = 25;
const FILTERS = ['q', 'jurisdiction', 'status', 'presumption', 'manufacturer', 'dueWithinDays', 'page', 'sort'] as const;
type Filter = Record<(typeof FILTERS)[number], string | undefined>;

const PRESUMPTIONS = [
  { value: 'MET', label: 'Met' },
  { value: 'NOT_MET', label: 'Not met' },
  { value: 'PERIOD_EXPIRED', label: 'Period expired' },
  { value: 'INSUFFICIENT_DATA', label: 'Insufficient data' },
];
const WITHIN = ['7', '14', '30', '60', '90'].map((d) => ({ value: d, label: `${d} days` }));

/** What the list can be ordered by (the API's `sort` keys); the first click on a column sorts it in this direction. */
const SORTS = [
  { key: 'client', label: 'Client', first: 'ascending' },
  { key: 'jurisdiction', label: 'Jurisdiction', first: 'ascending' },
  { key: 'presumption', label: 'Presumption', first: 'ascending' },
  { key: 'nextDeadline', label: 'Next deadline', first: 'ascending' },
  { key: 'daysOutOfService', label: 'Days out of service', first: 'descending' },
  { key: 'lastActivity', label: 'Last activity', first: 'descending' },
  { key: 'opened', label: 'Opened', first: 'descending' },
] as const;
type SortKey = (typeof SORTS)[number]['key'];
type ApiSort = NonNullable<paths['/cases']['get']['parameters']['query']>['sort'];

/** `sort` from the URL: a key, `-key` descending; none = the newest case first, as the API does. */
const parseSort = (value: string | undefined): { key: SortKey; descending: boolean } => {
  const key = value?.replace(/^-/, '');
  const known = SORTS.find((s) => s.key === key);
  return known ? { key: known.key, descending: value!.startsWith('-') } : { key: 'opened', descending: true };
};

/** A column header that sorts the list: the button says the column, the header says how it is sorted (aria-sort). */
function SortableTh({
  sortKey,
  sort,
  onSort,
  right,
}: {
  sortKey: SortKey;
  sort: { key: SortKey; descending: boolean };
  onSort: (key: SortKey) => void;
  right?: boolean;
}) {
  const active = sort.key === sortKey;
  const label = SORTS.find((s) => s.key === sortKey)!.label;
  return (
    <Table.Th ta={right ? 'right' : undefined} aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
      <UnstyledButton onClick={() => onSort(sortKey)} fw={700} fz="sm">
        {label}{' '}
        <span aria-hidden style={{ opacity: active ? 1 : 0.45 }}>
          {active ? (sort.descending ? '▼' : '▲') : '↕'}
        </span>
      </UnstyledButton>
    </Table.Th>
  );
}

/** The next deadline: date (and how far off), what, who must act; amber within 14 days. */
function NextDeadline({ c, today }: { c: CaseListItem; today: string }) {
  const next = c.nextDeadline;
  if (!next) return <Text size="sm">None open</Text>;
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="nowrap">
        <Text size="sm" fw={600}>
          {next.dueOn}
          {next.dueIsEstimate ? ' (est.)' : ''}
        </Text>
        <Text size="xs">{relativeDays(next.dueOn, today)}</Text>
        {next.status !== 'UPCOMING' && <DeadlineBadge status={next.status} />}
      </Group>
      <Text size="sm">{readableTitle(next.title)}</Text>
      <Text size="xs">who must act: {actorLabel(next.actor)}</Text>
    </Stack>
  );
}

function LastActivity({ c }: { c: CaseListItem }) {
  const at = c.lastActivity?.at ?? c.updatedAt;
  return (
    <Stack gap={2}>
      <Text size="sm">{at?.slice(0, 10) ?? '—'}</Text>
      {c.lastActivity && <Text size="xs">{eventLabel(c.lastActivity.eventType)}</Text>}
    </Stack>
  );
}

/** The list: every filter lives in the URL, so a view can be bookmarked and shared. */
export function CasesPage() {
  const [params, setParams] = useSearchParams();
  const readOnly = useReadOnly();
  const phone = useMediaQuery('(max-width: 48em)');
  const [newCaseOpen, newCase] = useDisclosure(false);
  const today = todayIso();
  const filter = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? undefined])) as Filter;
  const page = Number(filter.page ?? 1);
  const filtered = FILTERS.some((k) => k !== 'page' && k !== 'sort' && filter[k]);
  const sort = parseSort(filter.sort);
  /** A click on the sorted column turns its direction; on another column, sorts by it in its natural first direction. */
  const sortBy = (key: SortKey) => {
    const descending = sort.key === key ? !sort.descending : SORTS.find((s) => s.key === key)!.first === 'descending';
    set('sort', `${descending ? '-' : ''}${key}`);
  };
  const set = (key: string, value: string | null | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  const query = useQuery({
    queryKey: ['cases', filter],
    placeholderData: keepPreviousData,
    queryFn: () =>
      call<CaseList>(
        api.GET('/cases', {
          params: {
            query: {
              q: filter.q || undefined,
              jurisdiction: filter.jurisdiction,
              status: filter.status as 'open' | 'resolved' | undefined,
              presumption: filter.presumption as 'MET' | undefined,
              manufacturer: filter.manufacturer || undefined,
              dueWithinDays: filter.dueWithinDays ? Number(filter.dueWithinDays) : undefined,
              sort: filter.sort ? (`${sort.descending ? '-' : ''}${sort.key}` as ApiSort) : undefined,
              page,
              pageSize: PAGE_SIZE,
            },
          },
        }),
      ),
  });

  const caseLink = (c: CaseListItem) => (
    <Anchor component={Link} to={`/cases/${c.caseId}`} fw={600}>
      {c.clientName ?? 'Client (not shared)'}
    </Anchor>
  );

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Cases</Title>
        {!readOnly && <Button onClick={newCase.open}>New case</Button>}
      </Group>
      <Group align="end" gap="sm" wrap="wrap" role="search" aria-label="Filter cases">
        <TextInput
          label="Search"
          placeholder="client, VIN, make, model, RO"
          defaultValue={filter.q}
          onChange={(e) => set('q', e.currentTarget.value)}
          w={phone ? '100%' : 220}
        />
        <Select
          label="Jurisdiction"
          data={JURISDICTIONS}
          clearable
          searchable
          value={filter.jurisdiction ?? null}
          onChange={(v) => set('jurisdiction', v)}
          w={130}
        />
        <Select
          label="Case status"
          data={[
            { value: 'open', label: 'Open' },
            { value: 'resolved', label: 'Resolved' },
          ]}
          clearable
          value={filter.status ?? null}
          onChange={(v) => set('status', v)}
          w={140}
        />
        <Select
          label="Presumption"
          data={PRESUMPTIONS}
          clearable
          value={filter.presumption ?? null}
          onChange={(v) => set('presumption', v)}
          w={170}
        />
        <TextInput
          label="Manufacturer"
          placeholder="e.g. BMW"
          defaultValue={filter.manufacturer}
          onChange={(e) => set('manufacturer', e.currentTarget.value)}
          w={170}
        />
        <Select
          label="Next deadline within"
          data={WITHIN}
          clearable
          value={filter.dueWithinDays ?? null}
          onChange={(v) => set('dueWithinDays', v)}
          w={180}
        />
        {phone && (
          <Select
            label="Sort by"
            data={SORTS.flatMap((s) => [
              { value: s.key, label: `${s.label} ▲` },
              { value: `-${s.key}`, label: `${s.label} ▼` },
            ])}
            value={`${sort.descending ? '-' : ''}${sort.key}`}
            onChange={(v) => set('sort', v)}
            allowDeselect={false}
            w="100%"
          />
        )}
        {filtered && (
          <Button variant="subtle" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
            Clear filters
          </Button>
        )}
      </Group>
      <QueryBlock query={query} label="Loading cases">
        {({ items, total }) =>
          items.length === 0 ? (
            <Stack align="start">
              <Text>
                {filtered ? 'No case matches these filters.' : readOnly ? 'No case has been shared with you yet.' : 'No cases yet.'}
              </Text>
              {!readOnly && !filtered && <Button onClick={newCase.open}>Open your first case</Button>}
            </Stack>
          ) : (
            <>
              {phone ? (
                <Stack gap="sm" aria-label="Cases" role="list">
                  {items.map((c) => (
                    <Card key={c.caseId} withBorder role="listitem" padding="sm">
                      <Group justify="space-between" wrap="nowrap" align="start">
                        <Stack gap={0}>
                          {caseLink(c)}
                          <Text size="sm">
                            {vehicleName(c.vehicle)} · {c.jurisdiction}
                          </Text>
                        </Stack>
                        <PresumptionBadge status={c.presumptionStatus} size="sm" />
                      </Group>
                      <Text size="xs" mt={6} fw={600}>
                        Next deadline
                      </Text>
                      <NextDeadline c={c} today={today} />
                      <Text size="xs" mt={6}>
                        {c.daysOutOfService ?? 0} days out of service · last activity {c.lastActivity ? localDay(c.lastActivity.at) : '—'}
                      </Text>
                    </Card>
                  ))}
                </Stack>
              ) : (
                <Table.ScrollContainer minWidth={1000}>
                  <Table striped highlightOnHover className="tabular" aria-label="Cases" verticalSpacing="xs">
                    <Table.Thead>
                      <Table.Tr>
                        <SortableTh sortKey="client" sort={sort} onSort={sortBy} />
                        <Table.Th>Vehicle</Table.Th>
                        <SortableTh sortKey="jurisdiction" sort={sort} onSort={sortBy} />
                        <SortableTh sortKey="presumption" sort={sort} onSort={sortBy} />
                        <SortableTh sortKey="nextDeadline" sort={sort} onSort={sortBy} />
                        <SortableTh sortKey="daysOutOfService" sort={sort} onSort={sortBy} right />
                        <SortableTh sortKey="lastActivity" sort={sort} onSort={sortBy} />
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {items.map((c) => (
                        <Table.Tr key={c.caseId}>
                          <Table.Td>
                            {caseLink(c)}
                            {c.status === 'resolved' && <Text size="xs">resolved</Text>}
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{vehicleName(c.vehicle)}</Text>
                            {c.manufacturer?.name && <Text size="xs">{c.manufacturer.name}</Text>}
                          </Table.Td>
                          <Table.Td>{c.jurisdiction}</Table.Td>
                          <Table.Td>
                            <PresumptionBadge status={c.presumptionStatus} size="sm" />
                          </Table.Td>
                          <Table.Td>
                            <NextDeadline c={c} today={today} />
                          </Table.Td>
                          <Table.Td ta="right">{c.daysOutOfService ?? '—'}</Table.Td>
                          <Table.Td>
                            <LastActivity c={c} />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
              <Group justify="space-between">
                <Text size="sm" aria-live="polite">
                  {total} case{total === 1 ? '' : 's'}
                  {total > PAGE_SIZE ? ` · page ${page} of ${Math.ceil(total / PAGE_SIZE)}` : ''}
                </Text>
                <Pagination total={Math.max(1, Math.ceil(total / PAGE_SIZE))} value={page} onChange={(p) => set('page', String(p))} />
              </Group>
            </>
          )
        }
      </QueryBlock>
      {!readOnly && <NewCaseDrawer opened={newCaseOpen} onClose={newCase.close} />}
    </Stack>
  );
}
