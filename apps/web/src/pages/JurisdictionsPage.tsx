import { Anchor, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api, call } from '../api/client';
import { QueryBlock } from '../components/States';
import { lowConfidenceInWords, ruleFigures, type RulePackSummary } from '../lib/rule-pack';

/**
 * The 50 states and DC side by side as the product reads them (the version in force today): the presumption period and
 * each prong's threshold, and how many values an attorney should verify. Each row opens the jurisdiction's page.
 */
export default function JurisdictionsPage() {
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const query = useQuery({
    queryKey: ['jurisdictions'],
    queryFn: () => call<{ items: RulePackSummary[] }>(api.GET('/jurisdictions')),
    staleTime: 60 * 60_000,
  });
  const wanted = search.trim().toLowerCase();
  const rows = (query.data?.items ?? []).filter(
    (pack) =>
      !wanted ||
      pack.code.toLowerCase() === wanted ||
      pack.name.toLowerCase().includes(wanted) ||
      pack.statute.value.toLowerCase().includes(wanted),
  );
  return (
    <Stack>
      <Title order={2}>Jurisdictions</Title>
      <Text size="sm">
        Our reading of each lemon law, the version for vehicles delivered today. Every value carries its statute section, our confidence and
        its sources on the jurisdiction’s page.
      </Text>
      <TextInput
        label="Find a jurisdiction"
        placeholder="State, code or statute"
        value={search}
        onChange={(event) => setParams(event.currentTarget.value ? { q: event.currentTarget.value } : {}, { replace: true })}
        w={320}
      />
      <QueryBlock query={query} label="Loading the jurisdictions">
        {() => (
          <Table.ScrollContainer minWidth={760}>
            <Table aria-label="Jurisdictions" striped highlightOnHover verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Jurisdiction</Table.Th>
                  <Table.Th>Presumption period</Table.Th>
                  <Table.Th>Same defect</Table.Th>
                  <Table.Th>Serious safety</Table.Th>
                  <Table.Th>Days out of service</Table.Th>
                  <Table.Th>To verify</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((pack) => {
                  const today = pack.versions.at(-1)!;
                  return (
                    <Table.Tr key={pack.code}>
                      <Table.Td>
                        <Anchor component={Link} to={`/jurisdictions/${pack.code}`}>
                          {pack.name} ({pack.code})
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{ruleFigures('period', today.period) ?? '—'}</Table.Td>
                      <Table.Td>{ruleFigures('sameNonconformity', today.sameNonconformity) ?? '—'}</Table.Td>
                      <Table.Td>{ruleFigures('seriousSafety', today.seriousSafety) ?? '—'}</Table.Td>
                      <Table.Td>{ruleFigures('daysOutOfService', today.daysOutOfService) ?? '—'}</Table.Td>
                      <Table.Td>{today.lowConfidence.length ? lowConfidenceInWords(today.lowConfidence).join(', ') : 'nothing'}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
            {rows.length === 0 && <Text size="sm">No jurisdiction matches “{search}”.</Text>}
          </Table.ScrollContainer>
        )}
      </QueryBlock>
    </Stack>
  );
}
