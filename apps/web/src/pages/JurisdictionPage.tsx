import { Anchor, Group, List, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { sectionSigns } from '@lemon/state-rules/section-signs';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { api, call } from '../api/client';
import { ConfidenceBadge } from '../components/ConfidenceBadge';
import { ErrorBlock, LoadingBlock } from '../components/States';
import {
  lowConfidenceInWords,
  RULES,
  ruleFigures,
  ruleOf,
  ruleText,
  type RulePackBody,
  type RulePackVersionBody,
  type SourcedValue,
} from '../lib/rule-pack';

/** Where a value comes from: its citation, our confidence, the readings we chose, and each source as a link. */
function Provenance({ rule, sources }: { rule: SourcedValue; sources: RulePackBody['sources'] }) {
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {sectionSigns(rule.citation)}
        </Text>
        <ConfidenceBadge size="sm" confidence={rule.confidence} verify={rule.confidence !== 'H'} />
      </Group>
      {rule.note && <Text size="sm">{sectionSigns(rule.note)}</Text>}
      {!!rule.interpretations?.length && (
        <div>
          <Text size="sm" fw={600}>
            Our reading where the text is silent or ambiguous:
          </Text>
          <List size="sm">
            {rule.interpretations.map((reading) => (
              <List.Item key={reading}>{sectionSigns(reading)}</List.Item>
            ))}
          </List>
        </div>
      )}
      {!!rule.sources?.length && (
        <div>
          <Text size="sm" fw={600}>
            Read from:
          </Text>
          <List size="sm">
            {rule.sources.map((key) => {
              const source = sources[key];
              return (
                <List.Item key={key}>
                  {source?.address ? (
                    <Anchor href={source.address} target="_blank" rel="noreferrer noopener">
                      {source.title}
                    </Anchor>
                  ) : (
                    (source?.title ?? key)
                  )}
                </List.Item>
              );
            })}
          </List>
        </div>
      )}
    </Stack>
  );
}

/** One rule: its figures, the statute's words, and its provenance; `id` is the rule's field so a case can link to it. */
function RuleSection({ id, title, rule, sources }: { id: string; title: string; rule: SourcedValue; sources: RulePackBody['sources'] }) {
  const figures = ruleFigures(id, rule);
  return (
    <Paper withBorder p="md" radius="md" component="section" id={id} aria-labelledby={`${id}-title`} className="rule-section" tabIndex={-1}>
      <Stack gap="xs">
        <Title order={3} size="h5" id={`${id}-title`}>
          {title}
          {figures ? `: ${figures}` : ''}
        </Title>
        {ruleText(rule).map((sentence) => (
          <Text size="sm" key={sentence}>
            {sectionSigns(sentence)}
          </Text>
        ))}
        <Provenance rule={rule} sources={sources} />
      </Stack>
    </Paper>
  );
}

export function VersionRules({ version, sources }: { version: RulePackVersionBody; sources: RulePackBody['sources'] }) {
  const absent = RULES.filter(({ field }) => version[field] === null).map(({ title }) => title.toLowerCase());
  return (
    <Stack gap="sm">
      <Paper withBorder p="md" radius="md">
        <Stack gap="xs">
          <Title order={3} size="h5">
            In force for vehicles delivered from{' '}
            {version.effectiveFrom === '1900-01-01' ? 'the earliest text we encode' : version.effectiveFrom}
          </Title>
          <Text size="sm">{sectionSigns(version.effectiveFromBasis.value)}</Text>
          {version.effectiveFromUncertainUntil && (
            <Text size="sm">Deliveries until {version.effectiveFromUncertainUntil} may still fall under the previous version.</Text>
          )}
          {version.appliesWhen && <Text size="sm">Applies when: {sectionSigns(version.appliesWhen)}</Text>}
          {version.caveats?.map((caveat) => (
            <Text size="sm" key={caveat.text}>
              For deliveries before {caveat.deliveredBefore}: {sectionSigns(caveat.text)}
            </Text>
          ))}
          <Text size="sm">
            {version.lowConfidence.length
              ? `Below high confidence, verify before relying on: ${lowConfidenceInWords(version.lowConfidence).join(', ')}.`
              : 'Every value of this version is read with high confidence.'}
          </Text>
          <Provenance rule={version.effectiveFromBasis} sources={sources} />
        </Stack>
      </Paper>
      {RULES.map(({ field, title }) => {
        const rule = ruleOf(version, field);
        return rule ? <RuleSection key={field} id={field} title={title} rule={rule} sources={sources} /> : null;
      })}
      {absent.length > 0 && <Text size="sm">The statute has no rule for: {absent.join('; ')}.</Text>}
      <RuleSection id="coverage-leased" title="Leased vehicles" rule={version.coverage.leased} sources={sources} />
      <RuleSection id="coverage-used" title="Used vehicles" rule={version.coverage.used} sources={sources} />
      {!!version.variants?.length && (
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="variants-title">
          <Title order={3} size="h5" id="variants-title">
            Procedures that apply only on a condition
          </Title>
          {version.variants.map((variant) => (
            <Stack gap={4} key={variant.id} mt="xs">
              <Text size="sm" fw={600}>
                {variant.id}, from {variant.effectiveFrom.value}
              </Text>
              <Text size="sm">{sectionSigns(variant.appliesWhen)}</Text>
              <Provenance rule={variant.effectiveFrom} sources={sources} />
            </Stack>
          ))}
        </Paper>
      )}
      {!!version.notes?.length && (
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="notes-title">
          <Title order={3} size="h5" id="notes-title">
            Notes
          </Title>
          <List size="sm">
            {version.notes.map((note) => (
              <List.Item key={note}>{sectionSigns(note)}</List.Item>
            ))}
          </List>
        </Paper>
      )}
    </Stack>
  );
}

/**
 * One jurisdiction's lemon law as the product reads it: every rule with the statute's words, its citation, our confidence
 * and the sources to check it against. A case's "verify" marker opens this page at the rule (…#sameNonconformity) and
 * at the version the case is judged under (?version=CA-1).
 */
export default function JurisdictionPage() {
  const { code = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { hash } = useLocation();
  const query = useQuery({
    queryKey: ['jurisdiction', code.toUpperCase()],
    queryFn: () => call<RulePackBody>(api.GET('/jurisdictions/{code}', { params: { path: { code } } })),
    staleTime: 60 * 60_000,
  });
  const pack = query.data;
  const version = pack?.versions.find((v) => v.id === params.get('version')) ?? pack?.versions.at(-1);
  // The rule asked for in the address: brought into view and focused once the page has it.
  useEffect(() => {
    if (!version || !hash) return;
    const section = document.getElementById(decodeURIComponent(hash.slice(1)));
    section?.scrollIntoView({ block: 'start' });
    section?.focus({ preventScroll: true });
  }, [version, hash]);

  if (query.isPending) return <LoadingBlock label="Loading the statute" />;
  if (query.isError) return <ErrorBlock error={query.error} retry={() => void query.refetch()} />;
  return (
    <Stack>
      <Anchor component={Link} to="/jurisdictions" size="sm">
        ← All jurisdictions
      </Anchor>
      <Title order={2}>
        {pack!.name} ({pack!.code}): lemon law as we read it
      </Title>
      <Paper withBorder p="md" radius="md">
        <Stack gap="xs">
          <Text size="sm">{sectionSigns(pack!.statute.value)}</Text>
          <Provenance rule={pack!.statute} sources={pack!.sources} />
        </Stack>
      </Paper>
      {pack!.versions.length > 1 && (
        <Stack gap={4}>
          <Text size="sm" fw={600} id="version-label">
            Version (by delivery date)
          </Text>
          <SegmentedControl
            aria-labelledby="version-label"
            value={version!.id}
            onChange={(id) => setParams({ version: id }, { replace: true })}
            data={pack!.versions.map((v) => ({
              value: v.id,
              label: `${v.id}: from ${v.effectiveFrom === '1900-01-01' ? 'the earliest text' : v.effectiveFrom}`,
            }))}
          />
        </Stack>
      )}
      <VersionRules version={version!} sources={pack!.sources} />
    </Stack>
  );
}
