import { Alert, Anchor, Button, Grid, Group, Menu, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { startTransition, useEffect, useId, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, call } from '../api/client';
import type { CaseSummary, Deadline } from '../api/types';
import { ErrorBlock, LoadingBlock } from '../components/States';
import { DeadlineBadge } from '../components/StatusBadge';
import { localMinute, miles, todayIso } from '../lib/dates';
import { actorLabel } from '../lib/jurisdictions';
import { withNames } from '../lib/timeline';
import { useReadOnly } from '../session';
import { caseSummaryQuery } from './case-query';
import { pastCutFrom, type PastCut } from './past-cut';
import { plainCell, plainRow } from '../components/plain-table';
import { preloadable } from '../components/preloadable';
import { caseActions, type FactAction } from './facts';
import { formDraft, type OpenForm } from './form-draft';
import { PresumptionPanel } from './PresumptionPanel';
import { RowActions } from './RowActions';
import { MileagePicture } from './MileagePicture';
import { TimelinePicture } from './TimelinePicture';
import { mileageModel, timelineModel, timelineRows, warrantyEnd } from './timeline-model';

// What the page shows after the answer (the facts on file, the tabs) and the forms are separate chunks, fetched once the answer
// is on screen: their code (the accordion, the tabs, the date pickers and every form field) is not evaluated before it.
const FactsPanel = preloadable(() => import('./FactsPanel').then((module) => ({ default: module.FactsPanel })));
const CaseTabs = preloadable(() => import('./CaseTabs').then((module) => ({ default: module.CaseTabs })));
const RecordDrawer = preloadable(() => import('./RecordForms').then((module) => ({ default: module.RecordDrawer })));

// The repair-order grid's rows (striped): plain elements, see plain-table.ts.
const row = plainRow(true);

/** Everything for one case on one screen: the answer first (presumption, next due), then why. */
export default function CasePage() {
  const { caseId = '' } = useParams();
  const readOnly = useReadOnly();
  // ?asOf=<day or instant> or ?version=<N>: the whole page as the file stood then, read-only (later records are not there).
  const [search] = useSearchParams();
  const cut = pastCutFrom(search);
  const queryClient = useQueryClient();
  // A form kept when the session ended mid-typing reopens, with what was typed, once the person is back (see formDraft).
  const [form, setForm] = useState<OpenForm | null>(() => (readOnly ? null : formDraft.read(caseId)));
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const summary = useQuery(caseSummaryQuery(caseId, cut));
  // The file as it stood is judged on its own day: the timeline's "today" line stands there.
  const today = (cut && summary.data?.asOf?.legalDate) || todayIso();
  const c = summary.data;
  const names = useMemo(() => Object.fromEntries((c?.nonconformities ?? []).map((n) => [n.nonconformityId, n.description])), [c]);
  const deadlineList: Deadline[] = useMemo(
    () => (c?.deadlines?.deadlines ?? []).map((d) => ({ ...d, title: withNames(d.title, names) })),
    [c, names],
  );
  const past = cut !== undefined;
  const actions = useMemo(() => (c && !readOnly && !past ? caseActions(c) : undefined), [c, readOnly, past]);
  const timeline = useMemo(
    () => (c ? timelineModel(c, c.presumption, deadlineList, today, actions !== undefined) : null),
    [c, deadlineList, today, actions],
  );
  const mileage = useMemo(() => (c ? mileageModel(c, c.presumption) : null), [c]);
  // The answer first: presumption, next due, timeline and repair orders render at once; the mileage chart, the facts on file
  // and the tabs follow in a second, interruptible render, so the page is usable before all of it is drawn.
  const [rest, setRest] = useState(false);
  const loaded = c !== undefined;
  useEffect(() => {
    if (!loaded || rest) return;
    // After the frame that shows the answer has been painted (a timeout queued from that frame's animation callback runs
    // after it): fetching and running these parts' code any earlier takes the two cores from the first paint.
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timeout = setTimeout(() => {
        void FactsPanel.preload();
        void CaseTabs.preload();
        if (!readOnly) void RecordDrawer.preload();
        startTransition(() => setRest(true));
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timeout);
    };
  }, [loaded, rest, readOnly]);
  // The drawer is mounted from the first form opened on (and stays, so it can animate closed).
  const [drawerUsed, setDrawerUsed] = useState(form !== null);
  if (form !== null && !drawerUsed) setDrawerUsed(true);

  if (summary.isPending) return <LoadingBlock label="Loading the case" />;
  if (summary.isError) return <ErrorBlock error={summary.error} retry={() => void summary.refetch()} />;
  const data = summary.data;
  const open = (action: FactAction) => setForm({ action });
  const send = async (path: string, body: object) => {
    const headers = { 'If-Match': `"${data.version}"` };
    await call(api.POST(`/cases/${caseId}${path}` as never, { body, headers } as never));
    await queryClient.invalidateQueries({ queryKey: ['case', caseId] });
  };
  const wEnd = warrantyEnd(data);
  const nextDue = deadlineList
    .filter((d) => d.status === 'OPEN' || d.status === 'OVERDUE' || d.status === 'UPCOMING')
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const liveDefects = data.nonconformities.filter((n) => !n.voided);

  return (
    <Stack gap="md">
      {cut && <PastFileBanner caseId={caseId} cut={cut} summary={data} />}
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" align="start">
          <div>
            <Title order={1} size="h3">
              {data.client?.name ?? 'Client'} · {data.vehicle.modelYear} {data.vehicle.make} {data.vehicle.model}
            </Title>
            <Text className="tabular">
              VIN <span style={{ fontFamily: 'monospace' }}>{data.vehicle.vin}</span> · {data.jurisdiction} · delivered{' '}
              {data.acquisition.deliveryDate} at {miles(data.acquisition.odometerAtDelivery)}
            </Text>
            <Text className="tabular">
              warranty {data.warranty.months ? `${data.warranty.months} mo` : ''}
              {data.warranty.miles ? ` / ${miles(data.warranty.miles)}` : ''}
              {wEnd
                ? ` (ends ${wEnd}${data.warranty.endsOnIsEstimate || !data.warranty.endsOn ? ', est.: by date; mileage may end it sooner' : ''})`
                : ''}{' '}
              · manufacturer: {data.manufacturer.name} · case {data.status}
              {data.resolution ? ` (${data.resolution.resolution} on ${data.resolution.resolvedOn})` : ''}
            </Text>
          </div>
          {actions && (
            <Group gap="xs">
              <Menu position="bottom-end">
                <Menu.Target>
                  <Button>Record…</Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item onClick={() => open(actions.defect.record())}>Defect</Menu.Item>
                  <Menu.Item onClick={() => open(actions.repair.record())} disabled={!liveDefects.length}>
                    Repair visit
                  </Menu.Item>
                  <Menu.Item onClick={() => open(actions.outOfService.record())}>Out-of-service interval</Menu.Item>
                  <Menu.Item onClick={() => open(actions.odometer.record())}>Odometer reading</Menu.Item>
                  <Menu.Item onClick={() => open(actions.notice.record())}>Written notice</Menu.Item>
                  <Menu.Item onClick={() => open(actions.finalRepair.record())}>Final repair opportunity</Menu.Item>
                  <Menu.Item onClick={() => open(actions.dispute.record())}>Dispute claim</Menu.Item>
                  <Menu.Item onClick={() => open(actions.litigation.record())}>Litigation step</Menu.Item>
                  <Menu.Item onClick={() => open(actions.note())}>Note</Menu.Item>
                  <Menu.Divider />
                  {data.status === 'resolved' ? (
                    <Menu.Item onClick={() => open(actions.resolution.reopen())}>Reopen the case</Menu.Item>
                  ) : (
                    <Menu.Item onClick={() => open(actions.resolution.resolve())}>Resolution</Menu.Item>
                  )}
                </Menu.Dropdown>
              </Menu>
              <Button variant="default" onClick={() => open(actions.terms.client())}>
                Client details
              </Button>
              <Button variant="default" onClick={() => open(actions.terms.vehicle())}>
                Correct vehicle
              </Button>
              <Button variant="default" onClick={() => open(actions.terms.jurisdiction())}>
                Correct jurisdiction
              </Button>
            </Group>
          )}
        </Group>
      </Paper>

      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <PresumptionPanel presumption={data.presumption} names={names} jurisdiction={data.jurisdiction} records={data} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="md" radius="md">
            <Title order={2} size="h4" mb="xs">
              Next due
            </Title>
            {nextDue.length === 0 ? (
              <Text size="sm">Nothing open.</Text>
            ) : (
              <Stack gap={6}>
                {nextDue.slice(0, 4).map((d) => (
                  <div key={d.deadlineId}>
                    <Group gap="xs">
                      <Text size="sm" fw={700} className="tabular">
                        {d.dueOn}
                        {d.dueIsEstimate ? ' (est.)' : ''}
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
          <Button variant="default" size="xs" onClick={() => setShowTable((v) => !v)} aria-expanded={showTable} aria-controls={tableId}>
            {showTable ? 'Hide the table view' : 'Show as a table'}
          </Button>
        </Group>
        <Text size="xs">
          Shaded band and green bar: presumption period · solid rule: period end by date · dashed rule: est. end by mileage · dotted:
          warranty end · thin rule: today · grey lane: days out of service, merged ({data.outOfService.cumulativeDays} days counted) · ■
          notice · ◆ dispute step · ▲ final repair · pins: deadlines (hover or focus for each one; the table view lists them all).
        </Text>
        {timeline && (
          <TimelinePicture
            model={timeline}
            label={`Timeline from delivery ${data.acquisition.deliveryDate}: ${data.repairAttempts.filter((r) => !r.voided).length} repair visits, ${data.outOfService.cumulativeDays} days out of service. A table with the same data follows (Show as a table).`}
            onCorrect={
              actions &&
              ((id) => {
                const repair = data.repairAttempts.find((r) => r.repairAttemptId === id);
                if (repair) open(actions.repair.correct(repair));
              })
            }
          />
        )}
        <div id={tableId} hidden={!showTable}>
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
                  {timelineRows(data, deadlineList, today, data.presumption).map((row, i) => (
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
        </div>
      </Paper>

      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4">
          Mileage
        </Title>
        {mileage && !rest && <Skeleton height={240} radius="sm" aria-hidden />}
        {mileage && rest && (
          <MileagePicture
            model={mileage}
            label={`Odometer readings; latest ${miles(data.latestOdometer?.mileage)} on ${data.latestOdometer?.readOn ?? '—'}; statutory limit ${miles(data.presumption?.period?.milesLimit)}.`}
          />
        )}
      </Paper>

      <Paper withBorder p="md" radius="md">
        <Group justify="space-between">
          <Title order={2} size="h4">
            Repair orders
          </Title>
          {actions && (
            <Button size="xs" onClick={() => open(actions.repair.record())} disabled={!liveDefects.length}>
              + Record a repair
            </Button>
          )}
        </Group>
        {!liveDefects.length && actions && (
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
                {actions && <Table.Th>Actions</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.repairAttempts.map((r) => (
                <tr key={r.repairAttemptId} {...row} style={r.voided ? { textDecoration: 'line-through' } : undefined}>
                  <td className={plainCell}>{r.repairOrderNumber ?? '—'}</td>
                  <td className={plainCell}>{r.dealer ?? '—'}</td>
                  <td className={plainCell}>
                    {r.dateIn} → {r.dateOut ?? 'still at the dealer'}
                  </td>
                  <td className={plainCell}>{miles(r.mileageIn)}</td>
                  <td className={plainCell}>{r.nonconformityIds.map((id) => names[id] ?? id).join(', ')}</td>
                  <td className={plainCell}>
                    {r.outcome.replaceAll('_', ' ')}
                    {r.voided ? ' (void)' : r.corrected ? ' (corrected)' : ''}
                  </td>
                  {actions && (
                    <td className={plainCell}>
                      {!r.voided && (
                        <RowActions
                          name={r.repairOrderNumber ?? `visit ${r.dateIn}`}
                          actions={[actions.repair.correct(r), actions.repair.void(r)]}
                          onAction={open}
                        />
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {data.repairAttempts.length === 0 && <Text size="sm">No repair visits recorded yet.</Text>}
      </Paper>

      {rest ? (
        <>
          <Paper withBorder p="md" radius="md">
            <Title order={2} size="h4" mb="xs">
              Facts on file
            </Title>
            <FactsPanel
              fallback={<LoadingBlock label="Listing the facts on file" />}
              summary={data}
              actions={actions}
              onAction={open}
              names={names}
            />
          </Paper>

          <CaseTabs
            fallback={<LoadingBlock label="Opening the tabs" />}
            summary={data}
            deadlines={deadlineList}
            names={names}
            readOnly={readOnly}
            cut={cut}
            onAddNote={actions && (() => open(actions.note()))}
            noteActions={actions && ((n) => [actions.notes.correct(n), actions.notes.void(n)])}
            onAction={open}
          />
        </>
      ) : (
        <LoadingBlock label="Drawing the mileage chart and the facts on file" />
      )}
      <Anchor component={Link} to="/cases" size="sm">
        ← All cases
      </Anchor>
      {actions && drawerUsed && (
        <RecordDrawer
          fallback={form && <LoadingBlock label="Opening the form" />}
          caseId={caseId}
          form={form}
          onClose={() => setForm(null)}
          submit={send}
        />
      )}
    </Stack>
  );
}

/** Says plainly that this is the past, read-only, and how to get back to today. */
function PastFileBanner({ caseId, cut, summary }: { caseId: string; cut: PastCut; summary: CaseSummary }) {
  const recorded = summary.asOf ? localMinute(summary.asOf.instant) : '';
  const title =
    'version' in cut
      ? `The file right after event ${cut.version} (recorded ${recorded}, your time)`
      : `The file as it stood at ${localMinute(cut.asOf)} (your time)`;
  const version = summary.version;
  return (
    <Alert color="grape" variant="light" title={title} role="note">
      <Group justify="space-between" gap="xs">
        <Text size="sm">
          Read-only: only what had been recorded by then ({version} events), with the presumption and the deadlines as they were computed
          for that day. Corrections recorded later are not shown; sharing, documents, restitution and imports are on the file today.
        </Text>
        <Button component={Link} to={`/cases/${caseId}`} size="xs" variant="default">
          Back to the file today
        </Button>
      </Group>
    </Alert>
  );
}
