import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError, call } from '../api/client';
import type { CaseSummary } from '../api/types';
import { DirectoryEntryCard, electionText, type DirectoryList } from '../components/DirectoryEntry';
import { ErrorBlock, LoadingBlock } from '../components/States';

type SummaryWithLink = CaseSummary & {
  manufacturer: CaseSummary['manufacturer'] & { directoryId?: string };
  ab1755Election?: { elected: boolean; electedOn?: string; source?: string };
};

/** The case's manufacturer: its directory entry (sourced), linking the case to one, and the AB 1755 election. */
export function ManufacturerTab({ summary, readOnly }: { summary: CaseSummary; readOnly: boolean }) {
  const c = summary as SummaryWithLink;
  const queryClient = useQueryClient();
  const directory = useQuery({
    queryKey: ['manufacturers'],
    queryFn: () => call<DirectoryList>(api.GET('/manufacturers')),
    staleTime: 5 * 60_000,
  });
  const [choice, setChoice] = useState<string | null>(c.manufacturer.directoryId ?? null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const link = async () => {
    if (!choice) return;
    setMessage(null);
    try {
      await call(
        api.POST('/cases/{caseId}/manufacturer-link', {
          params: { path: { caseId: c.caseId } },
          body: { manufacturerId: choice as 'bmw' },
        }),
      );
      setMessage({ error: false, text: 'Linked: notices and documents use this entry’s address.' });
      await queryClient.invalidateQueries({ queryKey: ['case', c.caseId] });
    } catch (e) {
      setMessage({ error: true, text: e instanceof ApiError ? e.message : String(e) });
    }
  };
  if (directory.isPending) return <LoadingBlock label="Loading the manufacturer directory" />;
  if (directory.isError) return <ErrorBlock error={directory.error} retry={() => void directory.refetch()} />;
  const entry = directory.data.items.find((m) => m.id === c.manufacturer.directoryId);
  const election = c.ab1755Election ?? entry?.ab1755Election?.value;
  return (
    <Stack>
      <Text size="sm">
        Recorded on the case: <strong>{c.manufacturer.name}</strong>
        {entry ? ` · linked to the directory entry “${entry.name}”` : ' · not linked to the directory'}.
      </Text>
      {c.jurisdiction === 'CA' && (
        <Text size="sm">
          AB 1755 election (Code Civ. Proc. § 871.20 et seq.): <strong>{electionText(election)}</strong>
          {c.ab1755Election ? ' (recorded on this case)' : entry?.ab1755Election ? ' (from the directory)' : ''}.
        </Text>
      )}
      {!readOnly && (
        <Group align="end" wrap="wrap">
          <Select
            label="Link the case to a directory entry"
            data={directory.data.items.map((m) => ({ value: m.id, label: m.name }))}
            value={choice}
            onChange={setChoice}
            w={320}
          />
          <Button onClick={() => void link()} disabled={!choice || choice === c.manufacturer.directoryId}>
            Link
          </Button>
        </Group>
      )}
      {message && (
        <Alert color={message.error ? 'red' : 'teal'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </Alert>
      )}
      {entry ? (
        <DirectoryEntryCard entry={entry} sources={directory.data.sources} />
      ) : (
        <Text size="sm">Without a directory entry the notice address is unknown: the written notice cannot be generated.</Text>
      )}
    </Stack>
  );
}
