import { Group, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { ConfidenceBadge } from './ConfidenceBadge';
import { sectionSigns } from '@lemon/state-rules/section-signs';

export interface Sourced<T> {
  value: T;
  confidence: 'H' | 'M' | 'L';
  sources: readonly string[];
  note?: string;
}
export interface PostalAddress {
  lines: string[];
  city: string;
  state: string;
  stateCode: string;
  postalCode: string;
}
export interface DirectoryEntry {
  id: string;
  name: string;
  aliases: string[];
  noticeAddress: Sourced<PostalAddress>;
  customerRelationsPhone: Sourced<string>;
  noticeRequirementDisclosed: Sourced<boolean>;
  disputeProgram: {
    program: string;
    name: string;
    address: Sourced<PostalAddress>;
    phone: Sourced<string>;
    filingWindow: Sourced<string>;
    participatingStates: Array<{ editionId: string; title: string; modelYears: { from: number; to: number }; states: Sourced<string[]> }>;
  };
  ab1755Election?: Sourced<{ elected: boolean; electedOn?: string }>;
}
export interface DirectoryList {
  version: string;
  items: DirectoryEntry[];
  sources: Record<string, { title: string; where: string }>;
}

/** Confidence in words (never colour alone), the sources on hover or focus. */
export function Provenance({ value, sources }: { value: Sourced<unknown>; sources: DirectoryList['sources'] }) {
  const names = value.sources.map((s) => `${sources[s]?.title ?? s}${sources[s]?.where ? ` (${sources[s].where})` : ''}`);
  return (
    <Group gap={4} wrap="wrap">
      {/* Below high confidence, as on the jurisdiction pages: the reader checks it before relying on it. */}
      <ConfidenceBadge size="xs" confidence={value.confidence} verify={value.confidence !== 'H'} />
      <Tooltip label={names.join('; ') || 'no source recorded'} multiline w={360} withArrow>
        <Text size="xs" tabIndex={0} td="underline" style={{ textDecorationStyle: 'dotted', cursor: 'help' }}>
          {value.sources.length} source{value.sources.length === 1 ? '' : 's'}
        </Text>
      </Tooltip>
      {value.note && <Text size="xs">{sectionSigns(value.note)}</Text>}
    </Group>
  );
}

/** An edition's model years as read: one year, a range, or "onward" for an edition still current (its end is open). */
export function modelYearsText({ from, to }: { from: number; to: number }): string {
  if (to === from) return `model year ${from}`;
  // The directory marks a current edition with an open end (9999): no model year that far off is a real one.
  if (to >= 9999) return `model years ${from} onward`;
  return `model years ${from}–${to}`;
}

export const addressText = (a: PostalAddress) => `${a.lines.join(', ')}, ${a.city}, ${a.stateCode} ${a.postalCode}`;

export function electionText(e: { elected: boolean; electedOn?: string } | undefined): string {
  if (!e) return 'not established';
  return e.elected ? `elected${e.electedOn ? ` on ${e.electedOn}` : ''}` : 'did not elect';
}

/** One directory entry: notice address, phone, disclosure, dispute program and its states, AB 1755 election; each value sourced. */
export function DirectoryEntryCard({ entry, sources }: { entry: DirectoryEntry; sources: DirectoryList['sources'] }) {
  const rows: Array<[string, string, Sourced<unknown> | undefined]> = [
    ['Written notice to', addressText(entry.noticeAddress.value), entry.noticeAddress],
    ['Customer relations', entry.customerRelationsPhone.value, entry.customerRelationsPhone],
    ['Warranty discloses the direct-notice duty', entry.noticeRequirementDisclosed.value ? 'yes' : 'no', entry.noticeRequirementDisclosed],
    [`${entry.disputeProgram.name}`, addressText(entry.disputeProgram.address.value), entry.disputeProgram.address],
    [`${entry.disputeProgram.name} phone`, entry.disputeProgram.phone.value, entry.disputeProgram.phone],
    ['Claim filing window', entry.disputeProgram.filingWindow.value, entry.disputeProgram.filingWindow],
    ['AB 1755 election (CA, Code Civ. Proc. § 871.20 et seq.)', electionText(entry.ab1755Election?.value), entry.ab1755Election],
  ];
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {entry.name}
        </Title>
        <Text size="xs">
          id {entry.id} · also matches {entry.aliases.join(', ')}
        </Text>
        <Table.ScrollContainer minWidth={600}>
          <Table aria-label={`${entry.name}: directory entry`} verticalSpacing="xs">
            <Table.Tbody>
              {rows.map(([label, value, sourced]) => (
                <Table.Tr key={label}>
                  <Table.Th w={260} scope="row">
                    {label}
                  </Table.Th>
                  <Table.Td>
                    <Text size="sm">{value}</Text>
                    {sourced && <Provenance value={sourced} sources={sources} />}
                  </Table.Td>
                </Table.Tr>
              ))}
              {entry.disputeProgram.participatingStates.map((edition) => (
                <Table.Tr key={edition.editionId}>
                  <Table.Th scope="row">Participating states, {modelYearsText(edition.modelYears)}</Table.Th>
                  <Table.Td>
                    <Text size="sm">{edition.states.value.join(', ')}</Text>
                    <Text size="xs">{edition.title}</Text>
                    <Provenance value={edition.states} sources={sources} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
