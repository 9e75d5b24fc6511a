import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Code,
  CopyButton,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { DEADLINE_ACTORS, DEADLINE_KINDS } from '@lemon/deadlines/deadline-kinds';
import { sectionSigns } from '@lemon/state-rules/section-signs';
import { Link, useSearchParams } from 'react-router';
import { api, ApiError, call } from '../api/client';
import { DeadlineWhy } from '../case/DeadlinesTable';
import type { Deadline } from '../api/types';
import { ErrorBlock, LoadingBlock } from '../components/States';
import { DeadlineBadge } from '../components/StatusBadge';
import { readableTitle, relativeDays, vehicleName } from '../components/names';
import { addDays, daysBetween, todayIso, toUtc } from '../lib/dates';
import { ACTOR_LABEL, actorLabel, DEADLINE_KIND_LABEL, JURISDICTIONS } from '../lib/jurisdictions';
import { useReadOnly } from '../session';

const WINDOWS = [
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: '60', label: '60 days' },
  { value: '90', label: '90 days' },
];
/** Exactly the kinds the API can return (the deadline calculator's own list). */
const KINDS = DEADLINE_KINDS.map((value) => ({ value, label: DEADLINE_KIND_LABEL[value] }));
const ACTORS = DEADLINE_ACTORS.map((value) => ({ value, label: ACTOR_LABEL[value] }));
const PAGE_SIZE = 500;
/** Still to be acted on (or a period still running): what a docket is for. */
const PENDING = new Set(['OPEN', 'UPCOMING', 'OVERDUE']);

interface DocketPage {
  items: Deadline[];
  total: number;
  totalIsCapped?: boolean;
  hasMore?: boolean;
  asOf?: string;
}

/** Monday of the week a date falls in (weeks run Monday to Sunday). */
const mondayOf = (date: string): string => addDays(date, -((new Date(toUtc(date)).getUTCDay() + 6) % 7));

/** Overdue first, then today, this week, and each following week. */
export function groupByWeek(
  deadlines: Deadline[],
  today: string,
): Array<{ key: string; title: string; overdue: boolean; items: Deadline[] }> {
  const thisWeek = mondayOf(today);
  const groups = new Map<string, { key: string; title: string; overdue: boolean; items: Deadline[] }>();
  for (const d of deadlines) {
    const overdue = d.status === 'MISSED' || d.status === 'OVERDUE' || (d.dueOn < today && d.status === 'OPEN');
    const monday = mondayOf(d.dueOn);
    const key = overdue ? '0-overdue' : d.dueOn === today ? '1-today' : monday === thisWeek ? '2-this-week' : `3-${monday}`;
    const title = overdue
      ? 'Overdue'
      : d.dueOn === today
        ? `Today, ${today}`
        : monday === thisWeek
          ? `Rest of this week (to ${addDays(thisWeek, 6)})`
          : `Week of ${monday}${daysBetween(thisWeek, monday) === 7 ? ' (next week)' : ''}`;
    if (!groups.has(key)) groups.set(key, { key, title, overdue, items: [] });
    groups.get(key)!.items.push(d);
  }
  return [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
}

function CaseName({ d }: { d: Deadline }) {
  return (
    <Anchor component={Link} to={`/cases/${d.caseId}`}>
      {d.clientName || 'Case'}
      {d.vehicle ? ` · ${vehicleName(d.vehicle)}` : ''}
    </Anchor>
  );
}

function DocketTable({ items, today, title }: { items: Deadline[]; today: string; title: string }) {
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const phone = useMediaQuery('(max-width: 48em)');
  const toggle = (d: Deadline) => (
    <Button
      size="compact-xs"
      variant="subtle"
      c="blue.9"
      aria-expanded={!!open[d.deadlineId]}
      aria-label={`${open[d.deadlineId] ? 'Hide why' : 'Why'}: ${d.title}, ${d.clientName ?? 'case'}`}
      onClick={() => setOpen((o) => ({ ...o, [d.deadlineId]: !o[d.deadlineId] }))}
    >
      {open[d.deadlineId] ? 'Hide why' : 'Why'}
    </Button>
  );
  if (phone)
    return (
      <Stack gap="xs" role="list" aria-label={`Deadlines: ${title}`}>
        {items.map((d) => (
          <Card key={d.deadlineId} withBorder padding="sm" role="listitem">
            <Group justify="space-between" wrap="nowrap" align="start">
              <Text fw={600} className="tabular">
                {d.dueOn}
                {d.dueIsEstimate ? ' (est.)' : ''}{' '}
                <Text span size="xs">
                  {relativeDays(d.dueOn, today)}
                </Text>
              </Text>
              <DeadlineBadge status={d.status} />
            </Group>
            <Text size="sm">{readableTitle(d.title)}</Text>
            <Text size="sm">
              <CaseName d={d} /> · {d.jurisdiction}
            </Text>
            <Text size="xs">who must act: {actorLabel(d.actor)}</Text>
            {toggle(d)}
            {open[d.deadlineId] && <DeadlineWhy d={d} />}
          </Card>
        ))}
      </Stack>
    );
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table className="tabular" verticalSpacing="xs" aria-label={`Deadlines: ${title}`} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="11%">Due</Table.Th>
            <Table.Th w="23%">What</Table.Th>
            <Table.Th w="11%">Who must act</Table.Th>
            <Table.Th w="18%">Client · vehicle</Table.Th>
            <Table.Th w="10%">Jurisdiction</Table.Th>
            <Table.Th w="11%">Status</Table.Th>
            <Table.Th w="16%">Rule</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((d) => (
            <Fragment key={d.deadlineId}>
              <Table.Tr>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {d.dueOn}
                    {d.dueIsEstimate ? ' (est.)' : ''}
                  </Text>
                  <Text size="xs">{relativeDays(d.dueOn, today)}</Text>
                </Table.Td>
                <Table.Td>{readableTitle(d.title)}</Table.Td>
                <Table.Td>{actorLabel(d.actor)}</Table.Td>
                <Table.Td>
                  <CaseName d={d} />
                </Table.Td>
                <Table.Td>{d.jurisdiction}</Table.Td>
                <Table.Td miw={120}>
                  <DeadlineBadge status={d.status} />
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{sectionSigns(d.rule.citation)}</Text>
                  {toggle(d)}
                </Table.Td>
              </Table.Tr>
              {open[d.deadlineId] && (
                <Table.Tr>
                  <Table.Td colSpan={7}>
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

function CalendarSubscription() {
  const [feed, setFeed] = useState<{ id: string; url: string } | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const subscribe = async () => {
    setMessage(null);
    try {
      const created = await call<{ id: string; token: string; url?: string }>(
        api.POST('/calendar-feeds', { body: { label: 'My calendar (web app)' } }),
      );
      setFeed({ id: created.id, url: new URL(created.url ?? `/deadlines.ics?token=${created.token}`, window.location.origin).href });
    } catch (e) {
      setMessage({ error: true, text: e instanceof ApiError ? e.message : String(e) });
    }
  };
  const revoke = async () => {
    if (!feed) return;
    try {
      await call(api.DELETE('/calendar-feeds/{feedId}', { params: { path: { feedId: feed.id } } }));
      setFeed(null);
      setMessage({ error: false, text: 'The feed is revoked: calendars subscribed to it stop updating.' });
    } catch (e) {
      setMessage({ error: true, text: e instanceof ApiError ? e.message : String(e) });
    }
  };
  return (
    <>
      <Button variant="default" onClick={subscribe}>
        Subscribe in my calendar
      </Button>
      {message && (
        <Alert color={message.error ? 'red' : 'teal'} role={message.error ? 'alert' : 'status'} w="100%">
          {message.text}
        </Alert>
      )}
      {feed && (
        <Alert color="teal" title="Your calendar feed (shown once: copy it now)" w="100%">
          <Text size="sm">
            Add it in your calendar as a subscription (“From URL”). Each event names the deadline, the client and the vehicle. Anyone with
            the link can read the docket: revoke it here or under Administration → Calendar feeds.
          </Text>
          <Group mt="xs" wrap="wrap">
            <Code style={{ wordBreak: 'break-all', whiteSpace: 'normal' }}>{feed.url}</Code>
            <CopyButton value={feed.url}>
              {({ copied, copy }) => (
                <Button size="xs" onClick={copy}>
                  {copied ? 'Copied' : 'Copy'}
                </Button>
              )}
            </CopyButton>
            <Button size="xs" variant="outline" color="red" onClick={revoke}>
              Revoke
            </Button>
          </Group>
        </Alert>
      )}
    </>
  );
}

/** Deadlines across cases: everything overdue, then the next 7/30/60/90 days by week; filters in the URL. */
export default function DocketPage() {
  const [params, setParams] = useSearchParams();
  const readOnly = useReadOnly();
  const days = params.get('days') ?? '30';
  const jurisdiction = params.get('jurisdiction') ?? undefined;
  const kind = DEADLINE_KINDS.find((k) => k === params.get('kind'));
  const actor = params.get('actor') ?? undefined;
  const showSettled = params.get('settled') === '1';
  const today = todayIso();
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const docket = (query: { dueAfter?: string; dueBefore?: string; status?: 'MISSED' | 'OVERDUE' }) =>
    call<DocketPage>(
      api.GET('/deadlines', {
        params: { query: { jurisdiction, kind, pageSize: PAGE_SIZE, ...query } },
      }),
    );
  const upcoming = useQuery({
    queryKey: ['docket', 'upcoming', days, jurisdiction, kind],
    queryFn: () => docket({ dueAfter: today, dueBefore: addDays(today, Number(days) + 1) }),
  });
  // Everything overdue: a duty whose last day passed with nothing recorded, and a program's late decision.
  const overdue = useQuery({
    queryKey: ['docket', 'overdue', jurisdiction, kind],
    queryFn: async () => {
      const [missed, late] = await Promise.all([
        docket({ dueBefore: today, status: 'MISSED' }),
        docket({ dueBefore: today, status: 'OVERDUE' }),
      ]);
      return {
        items: [...missed.items, ...late.items].sort((a, b) => (a.dueOn < b.dueOn ? -1 : 1)),
        more: !!(missed.hasMore || late.hasMore),
      };
    },
  });
  const keep = (d: Deadline) => (!actor || d.actor === actor) && (showSettled || PENDING.has(d.status) || d.status === 'MISSED');
  const rows = [...(overdue.data?.items ?? []), ...(upcoming.data?.items ?? [])].filter(keep);
  const groups = groupByWeek(rows, today);

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={1} size="h2">
          Docket
        </Title>
        <Group>
          <CalendarSubscription />
        </Group>
      </Group>
      {readOnly && <Text size="sm">Deadlines of the cases shared with you.</Text>}
      <Group align="end" wrap="wrap" role="search" aria-label="Filter the docket">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="docket-window">
            Due in the next
          </Text>
          <SegmentedControl data={WINDOWS} value={days} onChange={(v) => set('days', v)} aria-labelledby="docket-window" />
        </Stack>
        <Select
          label="Jurisdiction"
          data={JURISDICTIONS}
          clearable
          searchable
          value={jurisdiction ?? null}
          onChange={(v) => set('jurisdiction', v)}
          w={130}
        />
        <Select label="Kind" data={KINDS} clearable searchable value={kind ?? null} onChange={(v) => set('kind', v)} w={250} />
        <Select label="Who must act" data={ACTORS} clearable value={actor ?? null} onChange={(v) => set('actor', v)} w={220} />
        <Checkbox
          label="Show met and not applicable"
          checked={showSettled}
          onChange={(e) => set('settled', e.currentTarget.checked ? '1' : null)}
          mb={8}
        />
      </Group>
      {upcoming.isPending || overdue.isPending ? (
        <LoadingBlock label="Loading the docket" />
      ) : upcoming.isError || overdue.isError ? (
        <ErrorBlock
          error={upcoming.error ?? overdue.error}
          retry={() => {
            void upcoming.refetch();
            void overdue.refetch();
          }}
        />
      ) : groups.length === 0 ? (
        <Text>Nothing due in the next {days} days, and nothing overdue.</Text>
      ) : (
        <Stack gap="lg">
          <Text size="sm" aria-live="polite">
            {rows.length} deadline{rows.length === 1 ? '' : 's'}: {groups.find((g) => g.overdue)?.items.length ?? 0} overdue,{' '}
            {rows.length - (groups.find((g) => g.overdue)?.items.length ?? 0)} due in the next {days} days.
            {upcoming.data.hasMore || overdue.data.more ? ` Showing the first ${PAGE_SIZE} of each: narrow the filters.` : ''}
          </Text>
          {groups.map((g) => (
            <section key={g.key} aria-labelledby={`docket-${g.key}`}>
              <Title order={2} size="h4" id={`docket-${g.key}`} c={g.overdue ? 'red.9' : undefined} mb={4}>
                {g.overdue ? '✕ ' : ''}
                {g.title} · {g.items.length}
              </Title>
              <DocketTable items={g.items} today={today} title={g.title} />
            </section>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
