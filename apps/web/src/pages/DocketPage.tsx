import { Alert, Anchor, Button, Code, CopyButton, Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, ApiError, call } from '../api/client';
import type { CaseList, Deadline } from '../api/types';
import { DeadlinesTable } from '../case/DeadlinesTable';
import { ErrorBlock, LoadingBlock } from '../components/States';
import { addDays, todayIso } from '../lib/dates';
import { JURISDICTIONS } from '../lib/jurisdictions';

const WINDOWS = [
  { value: 'overdue', label: 'Overdue' },
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: '60', label: '60 days' },
  { value: '90', label: '90 days' },
];

/** Deadlines across cases: overdue first, then the next 7/30/60/90 days; filters in the URL. */
export default function DocketPage() {
  const [params, setParams] = useSearchParams();
  const window_ = params.get('window') ?? '30';
  const jurisdiction = params.get('jurisdiction') ?? undefined;
  const today = todayIso();
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const query = useQuery({
    queryKey: ['docket', window_, jurisdiction],
    queryFn: () =>
      call<{ items: Deadline[] }>(
        api.GET('/deadlines', {
          params: {
            query:
              window_ === 'overdue'
                ? { dueBefore: today, status: 'OPEN', jurisdiction, pageSize: 100 }
                : { dueAfter: addDays(today, -1), dueBefore: addDays(today, Number(window_) + 1), jurisdiction, pageSize: 100 },
          },
        } as never),
      ),
  });
  const overdue = useQuery({
    queryKey: ['docket', 'overdue-count', jurisdiction],
    queryFn: () =>
      call<{ items: Deadline[]; total: number }>(
        api.GET('/deadlines', { params: { query: { dueBefore: today, status: 'MISSED', jurisdiction, pageSize: 1 } } } as never),
      ),
  });
  // Client and vehicle beside each deadline: from the deadline when the API carries them, else from the case list.
  const cases = useQuery({
    queryKey: ['cases', 'names'],
    queryFn: () => call<CaseList>(api.GET('/cases', { params: { query: { pageSize: 100 } } } as never)),
  });
  const caseOf = Object.fromEntries((cases.data?.items ?? []).map((c) => [c.caseId, c]));
  const [feed, setFeed] = useState<{ url: string } | null>(null);
  const [feedError, setFeedError] = useState<string | null>(null);
  const subscribe = async () => {
    setFeedError(null);
    try {
      const created = await call<{ token: string; url?: string }>(
        api.POST('/calendar-feeds', { body: { label: 'My calendar (web app)' } } as never),
      );
      setFeed({ url: new URL(created.url ?? `/deadlines.ics?token=${created.token}`, window.location.origin).href });
    } catch (e) {
      setFeedError(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          Docket
        </Title>
        <Button variant="default" onClick={subscribe}>
          Subscribe in my calendar
        </Button>
      </Group>
      {feedError && (
        <Alert color="red" role="alert">
          {feedError}
        </Alert>
      )}
      {feed && (
        <Alert color="teal" title="Your calendar feed (shown once: copy it now)">
          <Text size="sm">Add it in your calendar as a subscription (“From URL”). Revoke it under Administration → Calendar feeds.</Text>
          <Group mt="xs" wrap="wrap">
            <Code style={{ wordBreak: 'break-all', whiteSpace: 'normal' }}>{feed.url}</Code>
            <CopyButton value={feed.url}>
              {({ copied, copy }) => (
                <Button size="xs" onClick={copy}>
                  {copied ? 'Copied' : 'Copy'}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Alert>
      )}
      <Group align="end" wrap="wrap">
        <SegmentedControl data={WINDOWS} value={window_} onChange={(v) => set('window', v)} aria-label="Which deadlines" />
        <Select
          label="Jurisdiction"
          data={JURISDICTIONS}
          clearable
          searchable
          value={jurisdiction ?? null}
          onChange={(v) => set('jurisdiction', v)}
          w={130}
        />
      </Group>
      {overdue.data && overdue.data.total > 0 && window_ !== 'overdue' && (
        <Alert color="red" title="Missed">
          {overdue.data.total} deadline{overdue.data.total === 1 ? '' : 's'} passed with nothing recorded.
        </Alert>
      )}
      {query.isPending ? (
        <LoadingBlock label="Loading the docket" />
      ) : query.isError ? (
        <ErrorBlock error={query.error} retry={() => void query.refetch()} />
      ) : (
        <DeadlinesTable
          deadlines={query.data.items}
          showCase={(d) => (
            <Anchor component={Link} to={`/cases/${d.caseId}`}>
              {d.clientName ?? caseOf[d.caseId]?.clientName ?? 'Case'}
              {(() => {
                const v = d.vehicle ?? caseOf[d.caseId]?.vehicle;
                return v ? ` · ${v.modelYear} ${v.make} ${v.model}` : '';
              })()}{' '}
              · {d.jurisdiction}
            </Anchor>
          )}
        />
      )}
    </Stack>
  );
}
