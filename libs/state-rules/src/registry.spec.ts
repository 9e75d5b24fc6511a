import { evaluatePresumption } from './presumption/evaluate-presumption';
import { CaseHistory } from '@lemon/testing/case-history';
import { isJurisdictionCode, JURISDICTION_CODES, RULE_PACKS, rulePackVersionFor } from './registry';
import { REFERENCE_SOURCES } from './sources/reference-sources';
import type { RulePackVersion } from './state-rule-pack';

const packs = Object.values(RULE_PACKS);
const versions = packs.flatMap((p) => p.versions.map((v) => [p.code, v] as const));

/** Every Sourced value inside a version, with its path. */
function sourcedValues(
  node: unknown,
  path = '',
): Array<[string, { confidence: string; citation: string; sources?: string[]; interpretations?: string[] }]> {
  if (!node || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  const here = 'confidence' in o && 'citation' in o && 'value' in o ? [[path, o] as [string, never]] : [];
  return [...here, ...Object.entries(o).flatMap(([k, v]) => sourcedValues(v, `${path}.${k}`))];
}

describe('registry', () => {
  it('has exactly the 50 states and DC, each under its own code', () => {
    expect(JURISDICTION_CODES).toHaveLength(51);
    expect(Object.keys(RULE_PACKS).sort()).toEqual([...JURISDICTION_CODES].sort());
    for (const [code, pack] of Object.entries(RULE_PACKS)) expect(pack.code).toBe(code);
    expect(isJurisdictionCode('DC')).toBe(true);
    expect(isJurisdictionCode('PR')).toBe(false);
    expect(isJurisdictionCode(undefined)).toBe(false);
  });

  it('orders versions by effective date with unique ids', () => {
    for (const pack of packs) {
      const dates = pack.versions.map((v) => v.effectiveFrom);
      expect([...dates].sort()).toEqual(dates);
      expect(new Set(pack.versions.map((v) => v.id)).size).toBe(pack.versions.length);
    }
  });

  it.each(versions)('%s: every value carries a confidence, a citation and known sources', (_code, version) => {
    const values = sourcedValues(version);
    expect(values.length).toBeGreaterThanOrEqual(11);
    for (const [, s] of values) {
      expect(['H', 'M', 'L']).toContain(s.confidence);
      expect(s.citation.length).toBeGreaterThan(3);
      for (const key of s.sources ?? []) expect(REFERENCE_SOURCES[key]).toBeDefined();
    }
  });

  it.each(versions)('%s: structured data is consistent with itself', (_code, v: RulePackVersion) => {
    // "N attempts plus a final attempt" needs the final-attempt element on that prong.
    const final = v.finalRepairOpportunity.value;
    if (v.sameNonconformity.value.plusFinalManufacturerAttempt) {
      expect(final.conditionsProngs).toContain('same_nonconformity_attempts');
      expect(final.satisfiedBy).toBe('failed_final_attempt');
    }
    for (const rule of v.seriousSafety.value)
      if (rule.plusFinalManufacturerAttempt) expect(final.conditionsProngs).toContain('serious_safety_attempts');
    // An unknown time to file is low confidence and has no deadline; a known one has one.
    const ttf = v.timeToFile;
    if (!ttf.value.known) {
      expect(ttf.confidence).toBe('L');
      expect(ttf.value.deadline).toBeNull();
    } else expect(ttf.value.deadline?.terms.length).toBeGreaterThan(0);
    // A notice whose requirement is unknown or absent cannot be an element of a prong.
    if (v.notice.value.required === 'unknown' || v.notice.value.required === 'no') expect(v.notice.value.conditionsProngs).toEqual([]);
    if (v.finalRepairOpportunity.value.required === 'unknown') expect(v.finalRepairOpportunity.value.conditionsProngs).toEqual([]);
    // Undefined "working days" are always flagged as our reading.
    if (v.daysOutOfService.value.dayType === 'working') expect(v.daysOutOfService.interpretations?.length).toBeGreaterThan(0);
    // A period with neither months nor miles must be the express warranty.
    const p = v.period.value;
    if (p.months === null && p.miles === null) expect(p.endsWithExpressWarranty).toBe(true);
    expect(v.sameNonconformity.value.threshold).toBeGreaterThanOrEqual(2);
    expect(v.daysOutOfService.value.days).toBeGreaterThanOrEqual(15);
  });
});

describe('versions by delivery date', () => {
  it('Maryland: 15 months/15,000 miles before the change, 24 months/18,000 after, with the change date flagged low confidence', () => {
    const old = rulePackVersionFor('MD', '2014-06-01');
    const current = rulePackVersionFor('MD', '2022-06-01');
    expect(old).toMatchObject({ id: 'MD-1' });
    expect(old.period.value).toMatchObject({ months: 15, miles: 15000 });
    expect(current).toMatchObject({ id: 'MD-2' });
    expect(current.period.value).toMatchObject({ months: 24, miles: 18000 });
    expect(current.effectiveFromBasis.confidence).toBe('L');
  });

  it('Maryland: a repair in month 20 counts for a 2022 delivery but not for a 2014 one (Md. Code, Com. Law s 14-1501)', () => {
    const history = (delivery: string, repairs: string[]) => {
      const h = new CaseHistory({ jurisdiction: 'MD', deliveryDate: delivery }).nonconformity('nc-1');
      repairs.forEach((d, i) => h.repair(`r${i}`, { dateIn: d, dateOut: d, mileageIn: 1000 * (i + 1), nc: 'nc-1' }));
      return h;
    };
    const old = evaluatePresumption({
      events: history('2014-01-10', ['2014-03-03', '2014-05-05', '2014-07-07', '2015-09-07']).envelopes,
      pack: RULE_PACKS.MD,
      asOf: '2016-06-30',
    });
    expect(old.rulePackVersion.id).toBe('MD-1');
    expect(old.status).toBe('PERIOD_EXPIRED');
    const current = evaluatePresumption({
      events: history('2022-01-10', ['2022-03-07', '2022-05-02', '2022-07-05', '2023-09-05']).envelopes,
      pack: RULE_PACKS.MD,
      asOf: '2023-10-31',
    });
    expect(current.rulePackVersion).toEqual({ id: 'MD-2', effectiveFrom: '2015-03-26' });
    expect(current.status).toBe('MET');
    expect(current.lowConfidence.some((l) => l.startsWith('rulePackVersion MD-2 (L)'))).toBe(false);
    const uncertain = evaluatePresumption({
      events: history('2018-01-10', ['2018-03-05']).envelopes,
      pack: RULE_PACKS.MD,
      asOf: '2018-06-30',
    });
    expect(uncertain.lowConfidence.some((l) => l.startsWith('rulePackVersion MD-2 (L)'))).toBe(true);
  });

  it('Connecticut: 18,000 miles before Oct 1, 1998, 24,000 from then (Conn. Gen. Stat. s 42-179)', () => {
    expect(rulePackVersionFor('CT', '1998-09-30').period.value.miles).toBe(18000);
    expect(rulePackVersionFor('CT', '1998-10-01').period.value.miles).toBe(24000);
  });

  it('Ohio: 5 years from delivery to file from 1999-09-15 (Ohio Rev. Code s 1345.75(C))', () => {
    // Former 1345.75(C), read in the older copy of the chapter (LLAZ:ohio): 2 years after the warranty term.
    expect(rulePackVersionFor('OH', '1999-09-14').timeToFile).toMatchObject({
      confidence: 'H',
      value: { deadline: { terms: [{ anchor: 'warranty_expiry', months: 24 }] } },
    });
    expect(rulePackVersionFor('OH', '1999-09-15').timeToFile).toMatchObject({
      confidence: 'H',
      value: { deadline: { terms: [{ anchor: 'delivery', months: 60 }] } },
    });
  });

  it('flags text the packs do not encode for early deliveries (Texas pre-2017 split window, New Jersey pre-amendment)', () => {
    const tx = evaluatePresumption({
      events: new CaseHistory({ jurisdiction: 'TX', deliveryDate: '2016-05-01' }).envelopes,
      pack: RULE_PACKS.TX,
      asOf: '2016-06-01',
    });
    expect(tx.lowConfidence.some((l) => l.includes('(caveat): Pre-2017 law'))).toBe(true);
    const nj = evaluatePresumption({
      events: new CaseHistory({ jurisdiction: 'NJ', deliveryDate: '2020-05-01' }).envelopes,
      pack: RULE_PACKS.NJ,
      asOf: '2020-06-01',
    });
    expect(nj.lowConfidence.some((l) => l.includes('(caveat)'))).toBe(false);
  });
});
