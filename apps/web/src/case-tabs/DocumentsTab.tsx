import { Badge, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { DatePickerInput } from '../lib/date-fields';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { sectionSigns } from '@lemon/state-rules/section-signs';
import { api, ApiError, call } from '../api/client';
import type { HistoryEvent } from '../api/types';
import { OutcomeAlert, type Outcome } from '../components/Forms';
import { LoadingBlock, QueryBlock } from '../components/States';
import { localMinute } from '../lib/dates';
import { FirmOnlyOrError } from './FirmOnly';

interface DocumentKindStatus {
  kind: string;
  title: string;
  templateVersion: string;
  available: boolean;
  missing: string[];
  formats: string[];
}

/** Saves a response body as a file, under the name the server gave it. */
function saveAs(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The file name the server gave (Content-Disposition), else the fallback. */
const fileNameOf = (response: Response, fallback: string) =>
  /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? fallback;

/** SHA-256 of what was downloaded, worked out here (crypto.subtle needs a secure context: else the server's word). */
async function sha256Of(blob: Blob, serverSays: string | null): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return serverSays;
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The five documents: what can be generated now, what is missing for the others; generate and download; what was generated, with its hash. */
export function DocumentsTab({ caseId, readOnly }: { caseId: string; readOnly: boolean }) {
  const queryClient = useQueryClient();
  /** The letter's date: null is today. An earlier day dates the letter then and counts only what had happened by then. */
  const [asOf, setAsOf] = useState<string | null>(null);
  const kinds = useQuery({
    queryKey: ['case', caseId, 'documents', asOf ?? 'today'],
    // Another date keeps the list on screen (marked as updating) instead of a blank loader.
    placeholderData: keepPreviousData,
    queryFn: () =>
      call<{ kinds: DocumentKindStatus[]; asOf: string; caseVersion: number }>(
        api.GET('/cases/{caseId}/documents', { params: { path: { caseId }, query: asOf ? { asOf } : {} } }),
      ),
  });
  const generated = useQuery({
    queryKey: ['case', caseId, 'history', 'documents'],
    enabled: kinds.isSuccess,
    queryFn: () =>
      call<{ events: HistoryEvent[] }>(api.GET('/cases/{caseId}/history', { params: { path: { caseId }, query: { pageSize: 1000 } } })),
  });
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  /** Said beside the generated documents, where "Download again" was pressed. */
  const [againOutcome, setAgainOutcome] = useState<Outcome>(null);

  const generate = async (kind: DocumentKindStatus, format: 'docx' | 'pdf') => {
    setBusy(`${kind.kind}:${format}`);
    setOutcome(null);
    try {
      const { data, error, response } = await api.POST('/cases/{caseId}/documents', {
        params: { path: { caseId } },
        body: { kind: kind.kind as 'manufacturer_notice', format, ...(asOf ? { asOf } : {}) },
        parseAs: 'blob',
      });
      if (!response.ok) throw new ApiError(response.status, (error ?? {}) as never);
      const fileName = fileNameOf(response, `${kind.kind}.${format}`);
      saveAs(data as Blob, fileName);
      setOutcome({ error: false, text: `${fileName} generated (SHA-256 ${response.headers.get('X-Document-Sha256') ?? '?'}).` });
      await queryClient.invalidateQueries({ queryKey: ['case', caseId] });
    } catch (e) {
      setOutcome({ error: true, text: e instanceof ApiError ? e.message : String(e) });
    } finally {
      setBusy(null);
    }
  };

  /** The same document again: made from what its generation recorded, checked against the hash recorded then. */
  const downloadAgain = async (made: HistoryEvent) => {
    const documentId = String(made.data.documentId);
    const recordedSha = String(made.data.sha256 ?? '');
    setBusy(`again:${made.eventId}`);
    setAgainOutcome(null);
    try {
      const { data, error, response } = await api.GET('/cases/{caseId}/documents/{documentId}', {
        params: { path: { caseId, documentId } },
        parseAs: 'blob',
      });
      if (!response.ok) throw new ApiError(response.status, (error ?? {}) as never);
      const fileName = fileNameOf(response, String(made.data.fileName ?? documentId));
      const sha = await sha256Of(data as Blob, response.headers.get('X-Document-Sha256'));
      if (sha !== recordedSha) throw new Error(`${fileName} came back different from the file generated then: it was not saved.`);
      saveAs(data as Blob, fileName);
      setAgainOutcome({
        error: false,
        text: `${fileName} downloaded again: byte for byte the file generated ${localMinute(made.recordedAt)} (SHA-256 ${sha}).`,
      });
    } catch (e) {
      setAgainOutcome({ error: true, text: e instanceof ApiError || e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(null);
    }
  };

  const datePicker = (
    <DatePickerInput
      label="Letter date (as of)"
      description="Empty: today. An earlier day dates the documents then and counts only what had happened by then."
      placeholder="today"
      valueFormat="YYYY-MM-DD"
      value={asOf}
      maxDate={dayjs().format('YYYY-MM-DD')}
      onChange={(d) => setAsOf(d ? String(d).slice(0, 10) : null)}
      clearable
      clearButtonProps={{ 'aria-label': 'Clear the letter date (back to today)' }}
      ariaLabels={{
        previousMonth: 'Previous month',
        nextMonth: 'Next month',
        previousYear: 'Previous year',
        nextYear: 'Next year',
        previousDecade: 'Previous decade',
        nextDecade: 'Next decade',
        monthLevelControl: 'Choose the month',
        yearLevelControl: 'Choose the year',
      }}
      disabled={readOnly}
      maw={320}
    />
  );
  if (kinds.isPending)
    return (
      <Stack>
        {!readOnly && datePicker}
        <LoadingBlock label="Checking which documents can be made" />
      </Stack>
    );
  if (kinds.isError)
    return (
      <Stack>
        {!readOnly && datePicker}
        <FirmOnlyOrError error={kinds.error} what="Documents" retry={() => void kinds.refetch()} />
      </Stack>
    );
  const made = (generated.data?.events ?? []).filter((e) => e.type === 'DocumentGenerated').reverse();
  return (
    <Stack>
      {!readOnly && datePicker}
      <Text size="sm" role="status" aria-live="polite">
        {kinds.isPlaceholderData
          ? `Checking the file as it stood on ${asOf ?? 'today'}…`
          : `Made from the file as it stands on ${kinds.data.asOf} (case version ${kinds.data.caseVersion}). The same file and date give the same DOCX, byte for byte.`}
      </Text>
      <OutcomeAlert outcome={outcome} />
      <Stack gap="sm" role="list" aria-label="Documents">
        {kinds.data.kinds.map((k) => (
          <Paper key={k.kind} withBorder p="sm" role="listitem">
            <Group justify="space-between" align="start" wrap="wrap">
              <Stack gap={2}>
                <Title order={3} size="h5">
                  {k.title}
                </Title>
                <Badge color={k.available ? 'green' : 'gray'} variant="light" styles={{ label: { color: 'var(--mantine-color-dark-7)' } }}>
                  {k.available ? '✓ ready' : `– ${k.missing.length} thing${k.missing.length === 1 ? '' : 's'} missing`}
                </Badge>
              </Stack>
              {!readOnly && (
                <Group gap="xs">
                  {(['docx', 'pdf'] as const).map((format) => (
                    <Button
                      key={format}
                      size="xs"
                      variant={format === 'docx' ? 'filled' : 'default'}
                      disabled={!k.available}
                      loading={busy === `${k.kind}:${format}`}
                      onClick={() => void generate(k, format)}
                      aria-label={`Generate ${k.title} as ${format.toUpperCase()}`}
                    >
                      {format.toUpperCase()}
                    </Button>
                  ))}
                </Group>
              )}
            </Group>
            {k.missing.length > 0 && (
              <List size="sm" mt="xs">
                {k.missing.map((m) => (
                  <List.Item key={m}>{sectionSigns(m)}</List.Item>
                ))}
              </List>
            )}
          </Paper>
        ))}
      </Stack>
      <Title order={3} size="h5">
        Generated documents
      </Title>
      <OutcomeAlert outcome={againOutcome} />
      <QueryBlock
        query={generated}
        label="Loading generated documents"
        renderError={(error, retry) => <FirmOnlyOrError error={error} what="Documents" retry={retry} />}
      >
        {() =>
          made.length === 0 ? (
            <Text size="sm">None yet.</Text>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table className="tabular" aria-label="Generated documents">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Generated (your time)</Table.Th>
                    <Table.Th>File</Table.Th>
                    <Table.Th>As of</Table.Th>
                    <Table.Th>Case version</Table.Th>
                    <Table.Th>SHA-256</Table.Th>
                    <Table.Th>Actions</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {made.map((e) => (
                    <Table.Tr key={e.eventId}>
                      <Table.Td>{localMinute(e.recordedAt)}</Table.Td>
                      <Table.Td>{String(e.data.fileName ?? e.data.kind)}</Table.Td>
                      <Table.Td>{String(e.data.asOf ?? '')}</Table.Td>
                      <Table.Td>{String(e.data.caseVersion ?? '')}</Table.Td>
                      <Table.Td>
                        <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
                          {String(e.data.sha256 ?? '')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Button
                          size="compact-xs"
                          variant="default"
                          loading={busy === `again:${e.eventId}`}
                          onClick={() => void downloadAgain(e)}
                          aria-label={`Download again: ${String(e.data.fileName ?? e.data.kind)} of ${localMinute(e.recordedAt)}`}
                        >
                          Download again
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryBlock>
    </Stack>
  );
}
