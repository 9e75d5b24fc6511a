import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  isJurisdictionCode,
  JURISDICTION_CODES,
  REFERENCE_SOURCES,
  RULE_PACKS,
  type ReferenceSource,
  type RulePack,
  type RulePackVersion,
  type Sourced,
} from '@lemon/state-rules';

/** Values below high confidence are named so an attorney knows what to verify. */
const lowConfidenceFields = (version: RulePackVersion): string[] =>
  Object.entries(version)
    .filter(([, value]) => (value as Sourced<unknown> | null)?.confidence !== undefined && (value as Sourced<unknown>).confidence !== 'H')
    .map(([field, value]) => `${field} (${(value as Sourced<unknown>).confidence})`);

const versionSummary = (version: RulePackVersion) => ({
  id: version.id,
  effectiveFrom: version.effectiveFrom,
  appliesWhen: version.appliesWhen,
  period: version.period,
  sameNonconformity: version.sameNonconformity,
  seriousSafety: version.seriousSafety,
  daysOutOfService: version.daysOutOfService,
  lowConfidence: lowConfidenceFields(version),
});

/** Every source key the pack's values name (`sources: [...]` at any depth), with its title and address, so a reader can follow each one. */
function citedSources(pack: RulePack): Record<string, ReferenceSource> {
  const keys = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [field, value] of Object.entries(node)) {
      if (field === 'sources' && Array.isArray(value)) value.forEach((key) => typeof key === 'string' && keys.add(key));
      else visit(value);
    }
  };
  visit(pack);
  return Object.fromEntries([...keys].sort().map((key) => [key, REFERENCE_SOURCES[key] ?? { title: key, address: '' }]));
}

const packSummary = (pack: RulePack) => ({
  code: pack.code,
  name: pack.name,
  statute: pack.statute,
  versions: pack.versions.map(versionSummary),
});

/** Our reading of each jurisdiction's lemon law, with citations, confidence and versions, for attorneys to check. */
@ApiTags('jurisdictions')
@Controller('jurisdictions')
export class JurisdictionsHttpController {
  @Get()
  @ApiOperation({ summary: 'All 50 states + DC: statute, presumption period, thresholds, with confidence (H/M/L) and citations' })
  list() {
    return { items: JURISDICTION_CODES.map((code) => packSummary(RULE_PACKS[code])) };
  }

  @Get(':code')
  @ApiOperation({
    summary:
      'One jurisdiction’s full rule pack: every value with its citation, confidence and sources, per version; `sources` gives each cited source’s title and address',
  })
  get(@Param('code') rawCode: string) {
    const code = rawCode.toUpperCase();
    if (!isJurisdictionCode(code)) {
      throw new NotFoundException({
        message: `no rule pack for ${rawCode}: use a two-letter code of the 50 states or DC`,
        code: 'jurisdiction_not_found',
      });
    }
    const pack = RULE_PACKS[code];
    return { ...pack, versions: pack.versions.map((v) => ({ ...v, lowConfidence: lowConfidenceFields(v) })), sources: citedSources(pack) };
  }
}
