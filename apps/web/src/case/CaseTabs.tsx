import { Alert, Anchor, Button, Group, Select, Stack, Table, Tabs, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { DateInput } from '../lib/date-fields';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { api, ApiError, call } from '../api/client';
import type { CaseSummary, Deadline, HistoryEvent, Note } from '../api/types';
import { QueryBlock } from '../components/States';
import { asOfInstant, localDay, localMinute } from '../lib/dates';
import { useSession } from '../session';
import { AccessLogTable, type CaseRead } from '../case-tabs/AccessLog';
import { DocumentsTab } from '../case-tabs/DocumentsTab';
import { ImportTab } from '../case-tabs/ImportTab';
import { ManufacturerTab } from '../case-tabs/ManufacturerTab';
import { RestitutionTab } from '../case-tabs/RestitutionTab';
import { DeadlinesTable } from './DeadlinesTable';
import { describeEvent } from './event-words';
import type { FactAction } from './facts';
import { cutPath, cutQuery, type PastCut } from './past-cut';
import { RowActions } from './RowActions';

/** What every tab of the case page is given. */
export interface CaseTabContext {
  summary: CaseSummary;
  deadlines: Deadline[];
  names: Record<string, string>;
  readOnly: boolean;
  /** The page shows the file as it stood then: nothing is written from it, and the history stops there. */
  cut?: PastCut;
  /** Opens the note form (absent for read-only readers). */
  onAddNote?: () => void;
  /** A note's edit and void forms (absent for read-only readers). */
  noteActions?: (note: Note) => FactAction[];
  onAction?: (action: FactAction) => void;
}

interface CaseTab {
  value: string;
  label: (ctx: CaseTabContext) => string;
  /** Firm-only tabs are not offered to read-only readers (manufacturers, auditors). */
  firmOnly?: boolean;
  /**
   * Shown on the file today only: sharing, paperwork and imports are about the case now (a letter's own date is chosen in
   * the Documents tab), so the file as it stood at a past instant does not offer them.
   */
  todayOnly?: boolean;
  render: (ctx: CaseTabContext) => ReactNode;
}

/**
 * The case page's tabs, in order. A new screen of the case (documents, money, imports) is one more
 * entry here: its component lives in its own file.
 */
const CASE_TABS: CaseTab[] = [
  { value: 'deadlines', label: () => 'Deadlines', render: (ctx) => <DeadlinesTable deadlines={ctx.deadlines} /> },
  {
    value: 'notes',
    label: (ctx) => `Notes${ctx.readOnly ? '' : ' (firm-private)'}`,
    render: (ctx) => <NotesPanel summary={ctx.summary} onAdd={ctx.onAddNote} noteActions={ctx.noteActions} onAction={ctx.onAction} />,
  },
  {
    value: 'history',
    label: () => 'History',
    render: (ctx) => <HistoryPanel caseId={ctx.summary.caseId} names={ctx.names} readOnly={ctx.readOnly} cut={ctx.cut} />,
  },
  {
    value: 'sharing',
    label: () => 'Sharing & access log',
    firmOnly: true,
    todayOnly: true,
    render: (ctx) => <SharingPanel caseId={ctx.summary.caseId} />,
  },
  // Paperwork (apps/web/src/case-tabs/): another organisation is told restitution and documents stay with the firm.
  {
    value: 'documents',
    label: () => 'Documents',
    todayOnly: true,
    render: (ctx) => <DocumentsTab caseId={ctx.summary.caseId} readOnly={ctx.readOnly} />,
  },
  {
    value: 'money',
    label: () => 'Restitution',
    todayOnly: true,
    render: (ctx) => <RestitutionTab caseId={ctx.summary.caseId} readOnly={ctx.readOnly} />,
  },
  {
    value: 'manufacturer',
    label: () => 'Manufacturer',
    render: (ctx) => <ManufacturerTab summary={ctx.summary} readOnly={ctx.readOnly || !!ctx.cut} />,
  },
  {
    value: 'import',
    label: () => 'Import CSV',
    firmOnly: true,
    todayOnly: true,
    render: (ctx) => <ImportTab caseId={ctx.summary.caseId} />,
  },
];

export function CaseTabs(ctx: CaseTabContext) {
  const tabs = CASE_TABS.filter((t) => !(t.firmOnly && ctx.readOnly) && !(t.todayOnly && ctx.cut));
  return (
    <Tabs defaultValue={tabs[0].value} keepMounted={false}>
      <Tabs.List>
        {tabs.map((t) => (
          <Tabs.Tab key={t.value} value={t.value}>
            {t.label(ctx)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {tabs.map((t) => (
        <Tabs.Panel key={t.value} value={t.value} pt="sm">
          {t.render(ctx)}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

const history = (caseId: string, cut?: PastCut) =>
  call<{ events: HistoryEvent[] }>(api.GET('/cases/{caseId}/history', { params: { path: { caseId }, query: cutQuery(cut) } } as never));

const actorName = (e: HistoryEvent) =>
  e.actor?.name ?? e.actor?.userName ?? (e.actor?.role ? `${/^[aeiou]/.test(e.actor.role) ? 'an' : 'a'} ${e.actor.role}` : '—');
const orgName = (e: HistoryEvent) => e.actor?.organisationName ?? '';

const manufacturers = () =>
  call<{ items: Array<{ id: string; name: string; kind: string }> }>(
    api.GET('/organisations', { params: { query: { kind: 'manufacturer' } } } as never),
  );

export function HistoryPanel({
  caseId,
  names,
  readOnly,
  cut: pageCut,
}: {
  caseId: string;
  names: Record<string, string>;
  readOnly: boolean;
  cut?: PastCut;
}) {
  const [asOfDay, setAsOfDay] = useState<string | null>(null);
  // On the page of the file as it stood then, the history stops there too.
  const picked = asOfInstant(asOfDay);
  const cut = pageCut ?? (picked ? { asOf: picked } : undefined);
  const query = useQuery({ queryKey: ['case', caseId, 'history', cut && cutQuery(cut)], queryFn: () => history(caseId, cut) });
  // Shares name the organisation: the firm may list every manufacturer; a shared reader knows only its own name.
  const session = useSession();
  const shares = (query.data?.events ?? []).some((e) => e.type === 'CaseShared' || e.type === 'CaseShareRevoked');
  const directory = useQuery({ queryKey: ['organisations', 'manufacturers'], queryFn: manufacturers, enabled: shares && !readOnly });
  const organisations: Record<string, string> = {
    ...Object.fromEntries((directory.data?.items ?? []).map((o) => [o.id, o.name])),
    [session.organisation.id]: session.organisation.name,
  };
  return (
    <Stack>
      {!pageCut && (
        <Group align="end" gap="sm">
          <DateInput
            clearButtonProps={{ 'aria-label': 'Clear the date' }}
            label="Show the file as it stood on…"
            description="Only what had been recorded by the end of that day."
            clearable
            valueFormat="YYYY-MM-DD"
            value={asOfDay}
            maxDate={new Date()}
            onChange={(d) => setAsOfDay(d ? String(d).slice(0, 10) : null)}
            w={260}
          />
          {asOfDay && (
            <Button component={Link} to={`/cases/${caseId}?asOf=${asOfDay}`} variant="default" size="sm">
              Open the whole case page as it stood on {asOfDay}
            </Button>
          )}
        </Group>
      )}
      <QueryBlock query={query} label="Loading the history">
        {({ events }) => (
          <Table.ScrollContainer minWidth={700}>
            <Table className="tabular" aria-label="History">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>#</Table.Th>
                  <Table.Th>Recorded (your time)</Table.Th>
                  <Table.Th>By</Table.Th>
                  <Table.Th>What</Table.Th>
                  {!pageCut && <Table.Th>The file then</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {events.map((e) => (
                  <Table.Tr key={e.eventId}>
                    <Table.Td>{e.version}</Table.Td>
                    <Table.Td>{localMinute(e.recordedAt)}</Table.Td>
                    <Table.Td>
                      {actorName(e)}
                      {orgName(e) ? ` (${orgName(e)})` : ''}
                    </Table.Td>
                    <Table.Td>{describeEvent(e, names, organisations)}</Table.Td>
                    {!pageCut && (
                      <Table.Td>
                        <Anchor component={Link} to={cutPath(caseId, { version: e.version })} size="sm">
                          Open<VisuallyHidden> the file as it stood after event {e.version}</VisuallyHidden>
                        </Anchor>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryBlock>
    </Stack>
  );
}

export function NotesPanel({
  summary,
  onAdd,
  noteActions,
  onAction,
}: {
  summary: CaseSummary;
  onAdd?: () => void;
  noteActions?: (note: Note) => FactAction[];
  onAction?: (action: FactAction) => void;
}) {
  // The history names each note's author; the notes themselves come from the summary, as they stand after corrections.
  const query = useQuery({ queryKey: ['case', summary.caseId, 'history', undefined], queryFn: () => history(summary.caseId) });
  const authors = new Map((query.data?.events ?? []).map((e) => [e.eventId, e]));
  // Older servers list no notes in the summary: then the history's (uncorrectable) NoteAdded events are shown.
  const notes: Note[] =
    summary.notes ??
    (query.data?.events ?? [])
      .filter((e) => e.type === 'NoteAdded' && typeof e.data.text === 'string')
      .map((e) => ({
        noteId: String(e.data.noteId),
        text: String(e.data.text),
        visibility: e.data.visibility === 'shared' ? 'shared' : 'firm',
        eventId: e.eventId,
        recordedAt: e.recordedAt,
        voided: false,
        corrected: false,
      }));
  const author = (n: Note) => {
    const added = authors.get(n.eventId);
    return added ? ` · ${actorName(added)}` : '';
  };
  const noteList =
    notes.length === 0 ? (
      <Text size="sm">No notes{onAdd ? ' yet' : ' shared with you'}.</Text>
    ) : (
      notes.map((n) => {
        const day = localDay(n.recordedAt);
        return (
          <Alert
            key={n.noteId}
            color="gray"
            aria-label={`Note of ${day}`}
            style={n.voided ? { textDecoration: 'line-through' } : undefined}
            title={`${day}${author(n)} · ${n.visibility === 'shared' ? 'shared' : 'firm-private'}${
              n.voided ? ' · void' : n.corrected ? ' · edited' : ''
            }`}
          >
            <Group justify="space-between" align="start" wrap="nowrap">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {n.text}
              </Text>
              {noteActions && onAction && !n.voided && (
                <RowActions name={`note of ${day}: ${n.text.slice(0, 40)}`} actions={noteActions(n)} onAction={onAction} />
              )}
            </Group>
          </Alert>
        );
      })
    );
  return (
    <Stack>
      {onAdd && (
        <Group>
          <Button size="xs" onClick={onAdd}>
            + Add a note
          </Button>
          <Text size="sm">Notes are firm-private unless you choose otherwise.</Text>
        </Group>
      )}
      {/* The summary's notes need no history; an older server's, read from the history, wait for it. */}
      {summary.notes ? (
        noteList
      ) : (
        <QueryBlock query={query} label="Loading notes">
          {() => noteList}
        </QueryBlock>
      )}
    </Stack>
  );
}

interface Share {
  organisationId: string;
  organisationName?: string;
  name?: string;
}

export function SharingPanel({ caseId }: { caseId: string }) {
  const session = useSession();
  const queryClient = useQueryClient();
  const shares = useQuery({
    queryKey: ['case', caseId, 'shares'],
    queryFn: () =>
      call<{ sharedWith: Array<string | Share> }>(api.GET('/cases/{caseId}/shares', { params: { path: { caseId } } } as never)),
  });
  const organisations = useQuery({ queryKey: ['organisations', 'manufacturers'], queryFn: manufacturers });
  const log = useQuery({
    queryKey: ['case', caseId, 'access-log'],
    queryFn: () => call<{ reads: CaseRead[] }>(api.GET('/cases/{caseId}/access-log', { params: { path: { caseId } } } as never)),
  });
  const [target, setTarget] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const orgNames = Object.fromEntries((organisations.data?.items ?? []).map((o) => [o.id, o.name]));
  const options = (organisations.data?.items ?? []).filter((o) => o.kind === 'manufacturer').map((o) => ({ value: o.id, label: o.name }));
  const share = async () => {
    setError(null);
    try {
      await call(api.POST('/cases/{caseId}/shares', { params: { path: { caseId } }, body: { organisationId: target ?? '' } } as never));
      setTarget(null);
      await queryClient.invalidateQueries({ queryKey: ['case', caseId] });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  const revoke = async (organisationId: string) => {
    setError(null);
    try {
      await call(api.DELETE('/cases/{caseId}/shares/{organisationId}', { params: { path: { caseId, organisationId } } } as never));
      await queryClient.invalidateQueries({ queryKey: ['case', caseId] });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  const named = (shares.data as { sharedWithOrganisations?: Array<{ id: string; name: string | null }> } | undefined)
    ?.sharedWithOrganisations;
  const shareRows: Share[] = named
    ? named.map((o) => ({ organisationId: o.id, organisationName: o.name ?? undefined }))
    : (shares.data?.sharedWith ?? []).map((s) => (typeof s === 'string' ? { organisationId: s } : s));
  return (
    <Stack>
      <Group align="end">
        {options.length > 0 ? (
          <Select
            label="Share read-only with"
            placeholder="Pick a manufacturer"
            data={options}
            searchable
            value={target}
            onChange={setTarget}
            w={320}
          />
        ) : (
          <TextInput
            label="Share read-only with (organisation id)"
            description="Your operator can tell you the manufacturer's id."
            value={target ?? ''}
            onChange={(e) => setTarget(e.currentTarget.value)}
            w={360}
          />
        )}
        <Button onClick={share} disabled={!target}>
          Share
        </Button>
      </Group>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Text fw={600}>Shared with</Text>
      <QueryBlock query={shares} label="Loading shares">
        {() =>
          shareRows.length === 0 ? (
            <Text size="sm">Not shared: only your firm sees this case.</Text>
          ) : (
            shareRows.map((s) => {
              const name = s.organisationName ?? s.name ?? orgNames[s.organisationId] ?? s.organisationId;
              return (
                <Group key={s.organisationId} gap="sm">
                  <Text>{name}</Text>
                  <Button
                    size="compact-xs"
                    variant="default"
                    c="red.9"
                    onClick={() => void revoke(s.organisationId)}
                    aria-label={`Stop sharing with ${name}`}
                  >
                    Stop sharing
                  </Button>
                </Group>
              );
            })
          )
        }
      </QueryBlock>
      <Text fw={600}>Access log (every read of the file)</Text>
      <QueryBlock query={log} label="Loading the access log">
        {({ reads }) => <AccessLogTable reads={reads} ownOrganisationId={session.organisation.id} orgNames={orgNames} />}
      </QueryBlock>
    </Stack>
  );
}
