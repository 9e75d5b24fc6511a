import { Accordion, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CaseSummary } from '../api/types';
import { plainCell, plainRow } from '../components/plain-table';
import { miles } from '../lib/dates';
import { DISPUTE_STEPS, LITIGATION_STEPS, words, type CaseActions, type DisputeStep, type FactAction } from './facts';
import { RowActions } from './RowActions';

const stripedRow = plainRow(true);

export interface Column<R> {
  label: string;
  value: (row: R) => ReactNode;
}

/**
 * A table of one kind of fact, each row with its actions (correct, void, …): the one pattern every
 * kind of record on the case page uses. Voided rows stay, struck through, so nothing is lost.
 */
export function FactTable<R>({
  label,
  rows,
  columns,
  rowName,
  voided,
  corrected,
  actions,
  onAction,
  empty,
  minWidth = 560,
}: {
  label: string;
  rows: R[];
  columns: Column<R>[];
  /** Names the row for screen readers and test scripts ("RO-1002", "reading of 2024-06-15"). */
  rowName: (row: R) => string;
  voided?: (row: R) => boolean | undefined;
  corrected?: (row: R) => boolean | undefined;
  /** Omitted for read-only readers. */
  actions?: (row: R) => FactAction[];
  onAction: (action: FactAction) => void;
  empty: string;
  minWidth?: number;
}) {
  if (!rows.length) return <Text size="sm">{empty}</Text>;
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table className="tabular" striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.label}>{c.label}</Table.Th>
            ))}
            <Table.Th>Record</Table.Th>
            {actions && <Table.Th>Actions</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const isVoid = !!voided?.(row);
            const list = isVoid || !actions ? [] : actions(row);
            return (
              <tr key={rowName(row)} {...stripedRow} style={isVoid ? { textDecoration: 'line-through' } : undefined}>
                {columns.map((c) => (
                  <td key={c.label} className={plainCell}>
                    {c.value(row)}
                  </td>
                ))}
                <td className={plainCell}>{isVoid ? 'void' : corrected?.(row) ? 'corrected' : 'as recorded'}</td>
                {actions && (
                  <td className={plainCell}>
                    <RowActions name={rowName(row)} actions={list} onAction={onAction} />
                  </td>
                )}
              </tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

const AddButton = ({ action, onAction }: { action: FactAction; onAction: (a: FactAction) => void }) => (
  <Button size="xs" onClick={() => onAction(action)}>
    + {action.verb}
  </Button>
);

const live = <R extends { voided?: boolean }>(rows: R[]) => rows.filter((r) => !r.voided).length;

/**
 * Every other fact on file, each kind in its own section with the same record / correct / void
 * actions as the repair-order grid: defects, out-of-service intervals, odometer readings, notices,
 * final repair opportunities, dispute claims and their steps, and the case's own terms.
 */
export function FactsPanel({
  summary: c,
  actions,
  onAction,
  names,
}: {
  summary: CaseSummary;
  /** Omitted for read-only readers. */
  actions?: CaseActions;
  onAction: (action: FactAction) => void;
  names: Record<string, string>;
}) {
  const defectNames = (ids?: string[]) => (ids ?? []).map((id) => names[id] ?? id).join(', ') || 'all defects';
  const readings = c.odometerReadings ?? [];
  const section = (value: string, title: string, count: number | string, children: ReactNode, add?: FactAction) => (
    <Accordion.Item value={value}>
      <Accordion.Control>
        <Group gap="xs">
          <Text fw={600}>{title}</Text>
          <Badge variant="outline" color="dark">
            {count}
          </Badge>
        </Group>
      </Accordion.Control>
      <Accordion.Panel>
        <Stack gap="xs">
          {add && (
            <Group>
              <AddButton action={add} onAction={onAction} />
            </Group>
          )}
          {children}
        </Stack>
      </Accordion.Panel>
    </Accordion.Item>
  );
  const a = actions;
  return (
    <Accordion multiple variant="separated" chevronPosition="left" aria-label="Facts on file">
      {section(
        'defects',
        'Defects',
        live(c.nonconformities),
        <FactTable
          label="Defects"
          rows={c.nonconformities}
          rowName={(n) => `defect “${n.description}”`}
          voided={(n) => n.voided}
          columns={[
            { label: 'Description', value: (n) => n.description },
            { label: 'Safety', value: (n) => (n.safetyCritical ? 'safety-critical' : '—') },
            {
              label: 'First reported',
              value: (n) => (n.firstReportedOn ? `${n.firstReportedOn}${n.mileage ? ` at ${miles(n.mileage)}` : ''}` : '—'),
            },
            { label: 'Repair visits', value: (n) => n.repairAttempts },
          ]}
          actions={a && ((n) => [a.defect.correct(n), a.defect.void(n), a.defect.safetyScope(n)])}
          onAction={onAction}
          empty="No defects recorded."
        />,
        a?.defect.record(),
      )}
      {section(
        'out-of-service',
        'Out of service',
        `${c.outOfService.cumulativeDays} days`,
        <>
          <Text size="sm">
            Repair visits count from date in to date out; record here any other days the vehicle could not be used. Merged, no day counts
            twice: {c.outOfService.cumulativeDays} days in all.
          </Text>
          <FactTable
            label="Out-of-service intervals"
            rows={c.outOfService.intervals}
            rowName={(i) => `interval ${i.from} to ${i.to}`}
            voided={(i) => i.voided}
            corrected={(i) => i.corrected}
            columns={[
              { label: 'From', value: (i) => i.from },
              { label: 'Through', value: (i) => i.to },
              { label: 'Why', value: (i) => i.reason },
              { label: 'Days not counted', value: (i) => (i.excludedDays?.length ? i.excludedDays.join(', ') : '—') },
            ]}
            actions={a && ((i) => [a.outOfService.correct(i), a.outOfService.void(i)])}
            onAction={onAction}
            empty="No out-of-service intervals besides the repair visits."
          />
        </>,
        a?.outOfService.record(),
      )}
      {section(
        'odometer',
        'Odometer readings',
        live(readings),
        <FactTable
          label="Odometer readings"
          rows={readings}
          rowName={(r) => `reading of ${r.readOn}`}
          voided={(r) => r.voided}
          corrected={(r) => r.corrected}
          columns={[
            { label: 'Read on', value: (r) => r.readOn },
            { label: 'Mileage', value: (r) => miles(r.mileage) },
            { label: 'Source', value: (r) => r.source ?? '—' },
          ]}
          actions={a && ((r) => [a.odometer.correct(r), a.odometer.void(r)])}
          onAction={onAction}
          empty="No odometer readings besides delivery and the repair orders."
        />,
        a?.odometer.record(),
      )}
      {section(
        'notices',
        'Written notices to the manufacturer',
        live(c.manufacturerNotices),
        <FactTable
          label="Written notices"
          rows={c.manufacturerNotices}
          rowName={(n) => `notice sent ${n.sentOn}`}
          voided={(n) => n.voided}
          columns={[
            { label: 'Sent', value: (n) => n.sentOn },
            { label: 'Method', value: (n) => words(n.method) },
            { label: 'Received', value: (n) => n.receivedOn ?? '—' },
            { label: 'Defects named', value: (n) => defectNames(n.nonconformityIds) },
          ]}
          actions={a && ((n) => [a.notice.correct(n), a.notice.void(n)])}
          onAction={onAction}
          empty="No written notice recorded."
        />,
        a?.notice.record(),
      )}
      {section(
        'final-repair',
        'Final repair opportunities',
        live(c.finalRepairOpportunities ?? []),
        <FactTable
          label="Final repair opportunities"
          rows={c.finalRepairOpportunities ?? []}
          rowName={(o) => `final repair opportunity offered ${o.offeredOn}`}
          voided={(o) => o.voided}
          columns={[
            { label: 'Offered', value: (o) => o.offeredOn },
            { label: 'Defects', value: (o) => defectNames(o.nonconformityIds) },
            {
              label: 'Completed',
              value: (o) => (o.completion ? `${o.completion.completedOn} (${words(o.completion.outcome)})` : 'not yet'),
            },
          ]}
          actions={
            a &&
            ((o) => [
              a.finalRepair.correct(o),
              a.finalRepair.void(o),
              o.completion ? a.finalRepair.correctCompletion(o) : a.finalRepair.complete(o),
            ])
          }
          onAction={onAction}
          empty="No final repair opportunity recorded."
        />,
        a?.finalRepair.record(),
      )}
      {section(
        'dispute',
        'Dispute program claims',
        live(c.disputeClaims),
        <FactTable
          label="Dispute claims"
          rows={c.disputeClaims}
          rowName={(d) => `dispute claim filed ${d.filedOn}`}
          voided={(d) => d.voided}
          minWidth={720}
          columns={[
            { label: 'Program', value: (d) => words(d.program) },
            { label: 'Filed', value: (d) => d.filedOn },
            {
              label: 'Steps',
              value: (d) =>
                [
                  d.inspection && `inspection requested ${d.inspection.requestedOn} (+${d.inspection.additionalDays} days)`,
                  d.decision && `decided ${d.decision.decidedOn}: ${words(d.decision.award)}`,
                  d.acceptedOn && `accepted ${d.acceptedOn}`,
                  d.rejectedOn && `rejected ${d.rejectedOn}`,
                  d.compliedOn && `complied ${d.compliedOn}`,
                ]
                  .filter(Boolean)
                  .join('; ') || 'filed',
            },
          ]}
          actions={
            a &&
            ((d) => [
              a.dispute.correct(d),
              a.dispute.void(d),
              ...(Object.keys(DISPUTE_STEPS) as DisputeStep[]).flatMap((step) => a.dispute.step(d, step)),
            ])
          }
          onAction={onAction}
          empty="No dispute program claim filed."
        />,
        a?.dispute.record(),
      )}
      {section(
        'litigation',
        'Litigation (pre-suit notice, complaint, answer)',
        live(c.litigationSteps ?? []),
        <FactTable
          label="Litigation steps"
          rows={c.litigationSteps ?? []}
          rowName={(l) => `${LITIGATION_STEPS.find((k) => k.value === l.kind)?.label ?? words(l.kind)} ${l.on}`.toLowerCase()}
          voided={(l) => l.voided}
          columns={[
            { label: 'Step', value: (l) => LITIGATION_STEPS.find((k) => k.value === l.kind)?.label ?? words(l.kind) },
            { label: 'On', value: (l) => l.on },
            {
              label: 'Details',
              value: (l) =>
                [l.receivedOn && `received ${l.receivedOn}`, l.method && words(l.method), l.court, l.caseNumber && `no. ${l.caseNumber}`]
                  .filter(Boolean)
                  .join(' · ') || '—',
            },
          ]}
          actions={a && ((l) => [a.litigation.correct(l), a.litigation.void(l)])}
          onAction={onAction}
          empty="No pre-suit notice, complaint or answer recorded."
        />,
        a?.litigation.record(),
      )}
      {section(
        'terms',
        'Client, vehicle, jurisdiction, purchase, warranty and resolution',
        c.status,
        <Stack gap={6}>
          <TermRow
            what="Client"
            value={[c.client.name, c.client.email, c.client.phone, c.client.address].filter(Boolean).join(' · ')}
            actions={a ? [a.terms.client()] : []}
            onAction={onAction}
          />
          <TermRow
            what="Vehicle"
            value={`${c.vehicle.modelYear} ${c.vehicle.make} ${c.vehicle.model}, VIN ${c.vehicle.vin}`}
            actions={a ? [a.terms.vehicle()] : []}
            onAction={onAction}
          />
          <TermRow
            what="Jurisdiction"
            value={`${c.jurisdiction} (the state whose lemon law is applied)`}
            actions={a ? [a.terms.jurisdiction()] : []}
            onAction={onAction}
          />
          <TermRow
            what="Purchase or lease"
            value={`${c.acquisition.type}, delivered ${c.acquisition.deliveryDate} at ${miles(c.acquisition.odometerAtDelivery)}${
              c.acquisition.price !== undefined ? `, price $${c.acquisition.price.toLocaleString('en-US')}` : ''
            }`}
            actions={a ? [a.terms.acquisition()] : []}
            onAction={onAction}
          />
          <TermRow
            what="Warranty"
            value={`${c.warranty.months ?? '—'} months / ${miles(c.warranty.miles)}`}
            actions={a ? [a.terms.warranty()] : []}
            onAction={onAction}
          />
          <TermRow
            what="Direct-notice requirement"
            value={c.manufacturer.noticeRequirementDisclosed === false ? 'not disclosed by the manufacturer' : 'disclosed (default)'}
            actions={a ? [a.terms.disclosure()] : []}
            onAction={onAction}
          />
          {c.jurisdiction === 'CA' && (
            <TermRow
              what="AB 1755 election"
              value={
                c.ab1755Election
                  ? `${c.ab1755Election.elected ? 'elected' : 'not elected'}${c.ab1755Election.electedOn ? ` on ${c.ab1755Election.electedOn}` : ''}`
                  : 'nothing recorded'
              }
              actions={a ? [a.terms.ab1755()] : []}
              onAction={onAction}
            />
          )}
          <TermRow
            what="Resolution"
            value={
              c.resolution
                ? `${c.resolution.resolution} on ${c.resolution.resolvedOn}${
                    c.resolution.amount !== undefined ? `, $${c.resolution.amount.toLocaleString('en-US')}` : ''
                  }${c.resolution.corrected ? ' (corrected)' : ''}`
                : 'open'
            }
            actions={a ? (c.status === 'resolved' ? [a.resolution.correct(), a.resolution.reopen()] : [a.resolution.resolve()]) : []}
            onAction={onAction}
          />
        </Stack>,
      )}
    </Accordion>
  );
}

function TermRow({
  what,
  value,
  actions,
  onAction,
}: {
  what: string;
  value: string;
  actions: FactAction[];
  onAction: (a: FactAction) => void;
}) {
  return (
    <Group justify="space-between" wrap="nowrap" align="start">
      <Text size="sm">
        <Text span fw={600}>
          {what}:
        </Text>{' '}
        {value}
      </Text>
      <RowActions name={what.toLowerCase()} actions={actions} onAction={onAction} />
    </Group>
  );
}
