import { Alert, Button, Checkbox, FileInput, Group, Stack, Table, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError } from '../api/client';

interface ImportReport {
  dryRun: boolean;
  fileSha256: string;
  columns: Record<string, string>;
  ignoredColumns: string[];
  skippedEmptyRows: number[];
  rows: Array<{
    row: number;
    line: number;
    repairOrderNumber?: string;
    outcome: 'record' | 'unchanged';
    events: Array<{ type: string }>;
    createsDefects: string[];
  }>;
  summary: { rows: number; record: number; unchanged: number; events: number; defectsCreated: number };
}
interface RowError {
  row: number;
  column: string | null;
  message: string;
}

/** Repair orders from a dealer's CSV: upload, a dry run row by row (with each refused row's problem), then commit. */
export function ImportTab({ caseId }: { caseId: string }) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [createMissingDefects, setCreateMissingDefects] = useState(true);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [rowErrors, setRowErrors] = useState<RowError[]>([]);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setMessage(null);
    setRowErrors([]);
    try {
      const csv = await file.text();
      const { data, error, response } = await api.POST('/cases/{caseId}/imports/repair-orders', {
        params: {
          path: { caseId },
          query: { dryRun: dryRun ? 'true' : 'false', createMissingDefects: createMissingDefects ? 'true' : 'false' },
        },
        body: csv as never,
        bodySerializer: (body: unknown) => body as string,
        headers: { 'Content-Type': 'text/csv' },
      });
      if (!response.ok) {
        const body = (error ?? {}) as { errors?: Array<RowError & { field?: string; messages?: string[] }> };
        setReport(null);
        if (response.status === 422 && body.errors)
          setRowErrors(body.errors.map((e) => ({ row: e.row, column: e.column, message: e.message })));
        throw new ApiError(response.status, body as never);
      }
      const result = data as unknown as ImportReport;
      setReport(result);
      if (!dryRun) {
        setMessage({
          error: false,
          text:
            result.summary.events > 0
              ? `Imported: ${result.summary.record} repair order${result.summary.record === 1 ? '' : 's'} recorded, ${result.summary.unchanged} already there.`
              : 'Nothing new: every row of this file was imported before.',
        });
        await queryClient.invalidateQueries({ queryKey: ['case', caseId] });
      }
    } catch (e) {
      setMessage({ error: true, text: e instanceof ApiError ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack>
      <Text size="sm">
        A dealer’s repair-order export (CSV). Columns are matched by name (RO, Dealer, Date In, Date Out, Mileage In, Defects, Outcome…).
        First a dry run shows what each row would record; nothing is written until you import. A row with a problem stops the whole file.
      </Text>
      <Group align="end" wrap="wrap">
        <FileInput
          label="CSV file"
          placeholder="Choose a .csv file"
          accept=".csv,text/csv"
          value={file}
          onChange={(f) => {
            setFile(f);
            setReport(null);
            setRowErrors([]);
            setMessage(null);
          }}
          w={300}
          clearable
          clearButtonProps={{ 'aria-label': 'Remove the file' }}
        />
        <Checkbox
          label="Create defects named in the file that the case does not have yet"
          checked={createMissingDefects}
          onChange={(e) => setCreateMissingDefects(e.currentTarget.checked)}
          mb={8}
        />
      </Group>
      <Group>
        <Button onClick={() => void send(true)} disabled={!file} loading={busy && !report}>
          Check the file (dry run)
        </Button>
        <Button onClick={() => void send(false)} disabled={!file || !report?.dryRun || rowErrors.length > 0} loading={busy && !!report}>
          Import
        </Button>
      </Group>
      {message && (
        <Alert color={message.error ? 'red' : 'teal'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </Alert>
      )}
      {rowErrors.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label="Problems in the file" className="tabular">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Row</Table.Th>
                <Table.Th>Column</Table.Th>
                <Table.Th>Problem</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rowErrors.map((e, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{e.row}</Table.Td>
                  <Table.Td>{e.column ?? '—'}</Table.Td>
                  <Table.Td>{e.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {report && (
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {report.dryRun ? 'Dry run: nothing recorded yet. ' : ''}
            {report.summary.rows} row{report.summary.rows === 1 ? '' : 's'}: {report.summary.record} to record, {report.summary.unchanged}{' '}
            already imported, {report.summary.defectsCreated} new defect{report.summary.defectsCreated === 1 ? '' : 's'}.
          </Text>
          <Text size="xs">
            Columns read:{' '}
            {Object.entries(report.columns)
              .map(([field, header]) => `${header} → ${field}`)
              .join(', ')}
            {report.ignoredColumns.length ? ` · ignored: ${report.ignoredColumns.join(', ')}` : ''} · file SHA-256 {report.fileSha256}
          </Text>
          <Table.ScrollContainer minWidth={560}>
            <Table aria-label="Import preview" className="tabular">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Row</Table.Th>
                  <Table.Th>Repair order</Table.Th>
                  <Table.Th>Outcome</Table.Th>
                  <Table.Th>New defects</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.rows.map((r) => (
                  <Table.Tr key={r.row}>
                    <Table.Td>{r.row}</Table.Td>
                    <Table.Td>{r.repairOrderNumber ?? '—'}</Table.Td>
                    <Table.Td>{r.outcome === 'record' ? (report.dryRun ? 'will be recorded' : 'recorded') : 'already imported'}</Table.Td>
                    <Table.Td>{r.createsDefects.join(', ') || '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </Stack>
  );
}
