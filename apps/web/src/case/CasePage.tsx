import { Alert, Anchor, Button, Grid, Group, Menu, Paper, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, call } from '../api/client';
import type { CaseSummary, Deadline, Presumption } from '../api/types';
import { EChart } from '../components/EChart';
import { ErrorBlock, LoadingBlock } from '../components/States';
import { DeadlineBadge } from '../components/StatusBadge';
import { miles, todayIso } from '../lib/dates';
import { actorLabel } from '../lib/jurisdictions';
import { withNames } from '../lib/timeline';
import { useReadOnly } from '../session';
import { DeadlinesTable } from './DeadlinesTable';
import { HistoryPanel, NotesPanel, SharingPanel } from './CaseTabs';
import { PresumptionPanel } from './PresumptionPanel';
import { RecordDrawer, type FormKind } from './RecordForms';
import { mileageOption, timelineOption, timelineRows, warrantyEnd } from './timeline-option';

/** Everything for one case on one screen: the answer first (presumption, next due), then why. */
export default function CasePage() {
  const { caseId = '' } = useParams();
  const readOnly = useReadOnly();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<FormKind | null>(null);
  const [showTable, setShowTable] = useState(false);
  const path = { params: { path: { caseId } } };
  const summary = useQuery({ queryKey: ['case', caseId], queryFn: () => call<CaseSummary>(api.GET('/cases/{caseId}', path as never)) });
  const presumption = useQuery({
    queryKey: ['case', caseId, 'presumption'],
    queryFn: () => call<Presumption>(api.GET('/cases/{caseId}/presumption', path as never)),
  });
  const deadlines = useQuery({
    queryKey: ['case', caseId, 'deadlines'],
    queryFn: () => call<{ deadlines: Deadline[] }>(api.GET('/cases/{caseId}/deadlines', path as never)),
  });
  const today = todayIso();
  const names = useMemo(
    () => Object.fromEntries((summary.data?.nonconformities ?? []).map((n) => [n.nonconformityId, n.description])),
    [summary.data],
  );
  const deadlineList = useMemo(
    () => (deadlines.data?.deadlines ?? []).map((d) => ({ ...d, title: withNames(d.title, names) })),
    [deadlines.data, names],
  );
  const timeline = useMemo(
    () => (summary.data ? timelineOption(summary.data, presumption.data, deadlineList, today) : null),
    [summary.data, presumption.data, deadlineList, today],
  );
  const mileage = useMemo(() => (summary.data ? mileageOption(summary.data, presumption.data) : null), [summary.data, presumption.data]);

  if (summary.isPending) return <LoadingBlock label="Loading the case" />;
  if (summary.isError) return <ErrorBlock error={summary.error} retry={() => void summary.refetch()} />;
  const c = summary.data;
  const wEnd = warrantyEnd(c);
  const send = async (target: string, body: object) => {
    const headers = { 'If-Match': `"${c.version}"` };
    await call(api.POST(target as never, { body, headers } as never));
    await queryClient.invalidateQueries({ queryKey: ['case', caseId] });
  };
  const nextDue = deadlineList
    .filter((d) => d.status === 'OPEN' || d.status === 'OVERDUE' || d.status === 'UPCOMING')
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));

  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" align="start">
          <div>
            <Title order={1} size="h3">
              {c.client?.name ?? 'Client'} · {c.vehicle.modelYear} {c.vehicle.make} {c.vehicle.model}
            </Title>
            <Text className="tabular">
              VIN <span style={{ fontFamily: 'monospace' }}>{c.vehicle.vin}</span> · {c.jurisdiction} · delivered{' '}
              {c.acquisition.deliveryDate} at {miles(c.acquisition.odometerAtDelivery)}
            </Text>
            <Text className="tabular">
              warranty {c.warranty.months ? `${c.warranty.months} mo` : ''}
              {c.warranty.miles ? ` / ${miles(c.warranty.miles)}` : ''}
              {wEnd
                ? ` (ends ${wEnd}${c.warranty.endsOnIsEstimate || !c.warranty.endsOn ? ', est.: by date; mileage may end it sooner' : ''})`
                : ''}{' '}
              · manufacturer: {c.manufacturer.name} · case {c.status}
            </Text>
          </div>
          {!readOnly && (
            <Menu position="bottom-end">
              <Menu.Target>
                <Button>Record…</Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => setForm({ kind: 'defect' })}>Defect</Menu.Item>
                <Menu.Item onClick={() => setForm({ kind: 'repair' })} disabled={!c.nonconformities.length}>
                  Repair visit
                </Menu.Item>
                <Menu.Item onClick={() => setForm({ kind: 'notice' })}>Written notice</Menu.Item>
                <Menu.Item onClick={() => setForm({ kind: 'odometer' })}>Odometer reading</Menu.Item>
                <Menu.Item onClick={() => setForm({ kind: 'note' })}>Note</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      </Paper>

      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {presumption.isPending ? (
            <LoadingBlock label="Evaluating the presumption" />
          ) : presumption.isError ? (
            <ErrorBlock error={presumption.error} retry={() => void presumption.refetch()} />
          ) : (
            <PresumptionPanel presumption={presumption.data} names={names} jurisdiction={c.jurisdiction} />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="md" radius="md">
            <Title order={2} size="h4" mb="xs">
              Next due
            </Title>
            {deadlines.isPending ? (
              <LoadingBlock label="Loading deadlines" />
            ) : deadlines.isError ? (
              <ErrorBlock error={deadlines.error} retry={() => void deadlines.refetch()} />
            ) : nextDue.length === 0 ? (
              <Text size="sm">Nothing open.</Text>
            ) : (
              <Stack gap={6}>
                {nextDue.slice(0, 4).map((d) => (
                  <div key={d.deadlineId}>
                    <Group gap="xs">
                      <Text size="sm" fw={700} className="tabular">
                        {d.dueOn}
                      </Text>
                      <DeadlineBadge status={d.status} />
                    </Group>
                    <Text size="sm">
                      {d.title} — who acts: {actorLabel(d.actor)}
                    </Text>
                  </div>
                ))}
                <Text size="sm">{deadlineList.length} deadlines in all (see the Deadlines tab).</Text>
              </Stack>
            )}
          </Paper>
        </Grid.Col>
      </Grid>

      <Paper withBorder p="md" radius="md">
        <Group justify="space-between">
          <Title order={2} size="h4">
            Timeline
          </Title>
          <Button variant="default" size="xs" onClick={() => setShowTable((v) => !v)} aria-expanded={showTable}>
            {showTable ? 'Hide the table view' : 'Show as a table'}
          </Button>
        </Group>
        <Text size="xs">
          Shaded band: presumption period · solid rule: period end by date · dashed rule: est. end by mileage · dotted: warranty end · thin
          rule: today · grey lane: days out of service, merged ({c.outOfService.cumulativeDays} days counted).
        </Text>
        {timeline && (
          <EChart
            option={timeline}
            height={Math.max(220, 44 * (c.nonconformities.length + 3) + 90)}
            label={`Timeline from delivery ${c.acquisition.deliveryDate}: ${c.repairAttempts.filter((r) => !r.voided).length} repair visits, ${c.outOfService.cumulativeDays} days out of service. A table with the same data follows.`}
            onItemClick={(data) => {
              const id = (data as { value?: unknown[] })?.value?.[4];
              const repair = c.repairAttempts.find((r) => r.repairAttemptId === id);
              if (repair && !readOnly) setForm({ kind: 'correct-repair', repair });
            }}
          />
        )}
        {showTable && (
          <Table.ScrollContainer minWidth={600}>
            <Table className="tabular" aria-label="Timeline as a table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>From</Table.Th>
                  <Table.Th>To</Table.Th>
                  <Table.Th>Lane</Table.Th>
                  <Table.Th>What</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {timelineRows(c, deadlineList, today).map((row, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{row.from}</Table.Td>
                    <Table.Td>{row.to ?? ''}</Table.Td>
                    <Table.Td>{row.lane}</Table.Td>
                    <Table.Td>{row.what}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>

      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4">
          Mileage
        </Title>
        {mileage && (
          <EChart
            option={mileage}
            height={220}
            label={`Odometer readings; latest ${miles(c.latestOdometer?.mileage)} on ${c.latestOdometer?.readOn ?? '—'}; statutory limit ${miles(presumption.data?.period?.milesLimit)}.`}
          />
        )}
      </Paper>

      <Paper withBorder p="md" radius="md">
        <Group justify="space-between">
          <Title order={2} size="h4">
            Repair orders
          </Title>
          {!readOnly && (
            <Button size="xs" onClick={() => setForm({ kind: 'repair' })} disabled={!c.nonconformities.length}>
              + Record a repair
            </Button>
          )}
        </Group>
        {!c.nonconformities.length && !readOnly && (
          <Alert color="blue" mt="xs">
            Add the defect first (Record… → Defect): every repair visit is for a named defect.
          </Alert>
        )}
        <Table.ScrollContainer minWidth={760}>
          <Table className="tabular" striped aria-label="Repair orders">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>RO</Table.Th>
                <Table.Th>Dealer</Table.Th>
                <Table.Th>In → out</Table.Th>
                <Table.Th>Mileage in</Table.Th>
                <Table.Th>Defects</Table.Th>
                <Table.Th>Outcome</Table.Th>
                {!readOnly && <Table.Th>Actions</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.repairAttempts.map((r) => (
                <Table.Tr key={r.repairAttemptId} style={r.voided ? { textDecoration: 'line-through' } : undefined}>
                  <Table.Td>{r.repairOrderNumber ?? '—'}</Table.Td>
                  <Table.Td>{r.dealer ?? '—'}</Table.Td>
                  <Table.Td>
                    {r.dateIn} → {r.dateOut ?? 'still at the dealer'}
                  </Table.Td>
                  <Table.Td>{miles(r.mileageIn)}</Table.Td>
                  <Table.Td>{r.nonconformityIds.map((id) => names[id] ?? id).join(', ')}</Table.Td>
                  <Table.Td>
                    {r.outcome.replaceAll('_', ' ')}
                    {r.voided ? ' (void)' : r.corrected ? ' (corrected)' : ''}
                  </Table.Td>
                  {!readOnly && (
                    <Table.Td>
                      {!r.voided && (
                        <Group gap={4}>
                          <Button
                            size="compact-xs"
                            variant="default"
                            onClick={() => setForm({ kind: 'correct-repair', repair: r })}
                            aria-label={`Correct ${r.repairOrderNumber ?? r.dateIn}`}
                          >
                            Correct
                          </Button>
                          <Button
                            size="compact-xs"
                            variant="default"
                            color="red"
                            onClick={() => setForm({ kind: 'void-repair', repair: r })}
                            aria-label={`Void ${r.repairOrderNumber ?? r.dateIn}`}
                          >
                            Void
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {c.repairAttempts.length === 0 && <Text size="sm">No repair visits recorded yet.</Text>}
      </Paper>

      <Tabs defaultValue="deadlines" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="deadlines">Deadlines</Tabs.Tab>
          <Tabs.Tab value="notes">Notes{readOnly ? '' : ' (firm-private)'}</Tabs.Tab>
          <Tabs.Tab value="history">History</Tabs.Tab>
          {!readOnly && <Tabs.Tab value="sharing">Sharing &amp; access log</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="deadlines" pt="sm">
          {deadlines.isPending ? (
            <LoadingBlock label="Loading deadlines" />
          ) : deadlines.isError ? (
            <ErrorBlock error={deadlines.error} />
          ) : (
            <DeadlinesTable deadlines={deadlineList} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="notes" pt="sm">
          <NotesPanel summary={c} onAdd={readOnly ? undefined : () => setForm({ kind: 'note' })} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="sm">
          <HistoryPanel caseId={caseId} names={names} />
        </Tabs.Panel>
        {!readOnly && (
          <Tabs.Panel value="sharing" pt="sm">
            <SharingPanel caseId={caseId} />
          </Tabs.Panel>
        )}
      </Tabs>
      <Anchor component={Link} to="/cases" size="sm">
        ← All cases
      </Anchor>
      {!readOnly && <RecordDrawer form={form} summary={c} onClose={() => setForm(null)} submit={send} />}
    </Stack>
  );
}
