import { Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api, call } from '../api/client';
import { DirectoryEntryCard, type DirectoryList } from '../components/DirectoryEntry';
import { ErrorBlock, LoadingBlock } from '../components/States';

/** The manufacturer directory: where notices go, whom to call, the dispute program and its states; every value with confidence and sources. */
export default function DirectoryPage() {
  const [params, setParams] = useSearchParams();
  const query = useQuery({
    queryKey: ['manufacturers'],
    queryFn: () => call<DirectoryList>(api.GET('/manufacturers')),
    staleTime: 5 * 60_000,
  });
  const chosen = params.get('id');
  return (
    <Stack>
      <Title order={2}>Manufacturer directory</Title>
      {query.isPending ? (
        <LoadingBlock label="Loading the directory" />
      ) : query.isError ? (
        <ErrorBlock error={query.error} retry={() => void query.refetch()} />
      ) : (
        <>
          <Text size="sm">
            Directory version {query.data.version}. {query.data.items.length} manufacturer{query.data.items.length === 1 ? '' : 's'}; link a
            case to one from the case’s “Manufacturer” tab.
          </Text>
          <Select
            label="Show"
            data={query.data.items.map((m) => ({ value: m.id, label: m.name }))}
            value={chosen}
            onChange={(v) => setParams(v ? { id: v } : {}, { replace: true })}
            clearable
            placeholder="All manufacturers"
            w={320}
          />
          {query.data.items
            .filter((m) => !chosen || m.id === chosen)
            .map((m) => (
              <DirectoryEntryCard key={m.id} entry={m} sources={query.data.sources} />
            ))}
        </>
      )}
    </Stack>
  );
}
