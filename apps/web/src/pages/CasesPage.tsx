import { Anchor, Button, Group, NumberInput, Pagination, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api, call } from '../api/client';
import type { CaseList } from '../api/types';
import { ErrorBlock, LoadingBlock } from '../components/States';
import { PresumptionBadge } from '../components/StatusBadge';
import { actorLabel, JURISDICTIONS } from '../lib/jurisdictions';
import { useReadOnly } from '../session';
import { NewCaseDrawer } from './NewCaseDrawer';

const PAGE_SIZE = 25;
const FILTERS = ['q', 'jurisdiction', 'status', 'presumption', 'manufacturer', 'dueWithinDays', 'page'] as const;

/** The list: every filter lives in the URL, so a view can be bookmarked and shared. */
export function CasesPage() {
  const [params, setParams] = useSearchParams();
  const readOnly = useReadOnly();
  const [newCaseOpen, newCase] = useDisclosure(false);
  const filter = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? undefined])) as Record<
    (typeof FILTERS)[number],
    string | undefined
  >;
  const page = Number(filter.page ?? 1);
  const set = (key: string, value: string | null | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  const query = useQuery({
    queryKey: ['cases', filter],
    queryFn: () =>
      call<CaseList>(
        api.GET('/cases', {
          params: {
            query: {
              q: filter.q,
              jurisdiction: filter.jurisdiction,
              status: filter.status,
              presumption: filter.presumption,
              page,
              pageSize: PAGE_SIZE,
              // Newer servers filter by these too; older ones ignore them.
              ...({ manufacturer: filter.manufacturer, dueWithinDays: filter.dueWithinDays } as object),
            } as never,
          },
        }),
      ),
  });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Cases</Title>
        {!readOnly && <Button onClick={newCase.open}>New case</Button>}
      </Group>
      <Group align="end" gap="sm" wrap="wrap" role="search" aria-label="Filter cases">
        <TextInput
          label="Search"
          placeholder="client, VIN, make or model"
          defaultValue={filter.q}
          onChange={(e) => set('q', e.currentTarget.value)}
          w={220}
        />
        <Select
          label="Jurisdiction"
          data={JURISDICTIONS}
          clearable
          searchable
          value={filter.jurisdiction ?? null}
          onChange={(v) => set('jurisdiction', v)}
          w={130}
        />
        <Select
          label="Case status"
          data={['open', 'resolved']}
          clearable
          value={filter.status ?? null}
          onChange={(v) => set('status', v)}
          w={140}
        />
        <Select
          label="Presumption"
          data={[
            { value: 'MET', label: 'Met' },
            { value: 'NOT_MET', label: 'Not met' },
            { value: 'PERIOD_EXPIRED', label: 'Period expired' },
            { value: 'INSUFFICIENT_DATA', label: 'Insufficient data' },
          ]}
          clearable
          value={filter.presumption ?? null}
          onChange={(v) => set('presumption', v)}
          w={170}
        />
        <TextInput
          label="Manufacturer"
          defaultValue={filter.manufacturer}
          onChange={(e) => set('manufacturer', e.currentTarget.value)}
          w={170}
        />
        <NumberInput
          label="Next deadline within (days)"
          min={1}
          max={3650}
          value={filter.dueWithinDays ? Number(filter.dueWithinDays) : ''}
          onChange={(v) => set('dueWithinDays', v === '' ? null : String(v))}
          w={200}
        />
      </Group>
      {query.isPending ? (
        <LoadingBlock label="Loading cases" />
      ) : query.isError ? (
        <ErrorBlock error={query.error} retry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Stack align="start">
          <Text>{params.toString() ? 'No case matches these filters.' : 'No cases yet.'}</Text>
          {!readOnly && !params.toString() && <Button onClick={newCase.open}>Open your first case</Button>}
        </Stack>
      ) : (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table striped highlightOnHover className="tabular" aria-label="Cases">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Client</Table.Th>
                  <Table.Th>Vehicle</Table.Th>
                  <Table.Th>Jurisdiction</Table.Th>
                  <Table.Th>Presumption</Table.Th>
                  <Table.Th>Next deadline</Table.Th>
                  <Table.Th>Days out of service</Table.Th>
                  <Table.Th>Last activity</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.data.items.map((c) => (
                  <Table.Tr key={c.caseId}>
                    <Table.Td>
                      <Anchor component={Link} to={`/cases/${c.caseId}`}>
                        {c.clientName ?? 'Client (not shared)'}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {c.vehicle.modelYear} {c.vehicle.make} {c.vehicle.model}
                    </Table.Td>
                    <Table.Td>{c.jurisdiction}</Table.Td>
                    <Table.Td>
                      <PresumptionBadge status={c.presumptionStatus} size="sm" />
                    </Table.Td>
                    <Table.Td>
                      {c.nextDeadline ? (
                        <>
                          {c.nextDeadline.dueOn} · {c.nextDeadline.title ?? c.nextDeadline.kind.replaceAll('_', ' ')}
                          <Text size="xs">who acts: {actorLabel(c.nextDeadline.actor)}</Text>
                        </>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td>{c.daysOutOfService ?? '—'}</Table.Td>
                    <Table.Td>{c.updatedAt?.slice(0, 10) ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="space-between">
            <Text size="sm">
              {query.data.total} case{query.data.total === 1 ? '' : 's'}
            </Text>
            <Pagination
              total={Math.max(1, Math.ceil(query.data.total / PAGE_SIZE))}
              value={page}
              onChange={(p) => set('page', String(p))}
              getControlProps={(control) => ({ 'aria-label': `${control} page` })}
            />
          </Group>
        </>
      )}
      {!readOnly && <NewCaseDrawer opened={newCaseOpen} onClose={newCase.close} />}
    </Stack>
  );
}
