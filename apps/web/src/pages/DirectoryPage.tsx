import { Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api, call } from '../api/client';
import { DirectoryEntryCard, type DirectoryList } from '../components/DirectoryEntry';
import { QueryBlock } from '../components/States';

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
      <QueryBlock query={query} label="Loading the directory">
        {({ version, items, sources }) => (
          <>
            <Text size="sm">
              Directory version {version}. {items.length} manufacturer{items.length === 1 ? '' : 's'}; link a case to one from the case’s
              “Manufacturer” tab.
            </Text>
            <Select
              label="Show"
              data={items.map((m) => ({ value: m.id, label: m.name }))}
              value={chosen}
              onChange={(v) => setParams(v ? { id: v } : {}, { replace: true })}
              clearable
              placeholder="All manufacturers"
              w={320}
            />
            {items
              .filter((m) => !chosen || m.id === chosen)
              .map((m) => (
                <DirectoryEntryCard key={m.id} entry={m} sources={sources} />
              ))}
          </>
        )}
      </QueryBlock>
    </Stack>
  );
}
