import type { RulePack, RulePackVersion } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Connecticut: values from the lemon-law research extract, checked on 2026-11-28 against the
// statute text (libs/state-rules/verification/al-id.md): 42-179(a)-(c) in the 2018 code (Justia);
// (e), (f) and (j) only in an older copy (LLAZ, pre-1998 text), so those values stay as they were.
const CITE = 'Conn. Gen. Stat. s 42-179';

/** Fields shared by every version. */
const BASE: Omit<RulePackVersion, 'id' | 'effectiveFrom' | 'effectiveFromBasis'> = {
  period: sourced(
    {
      months: 24,
      miles: 24000,
      combine: 'whichever_first',
      endsWithExpressWarranty: false,
      mileageBasis: 'miles_since_delivery',
      mileageBasisStated: false,
      measuredFrom: 'original delivery',
      text: '2 years following original delivery or the first 24,000 miles of operation, whichever period ends first (18,000 miles for vehicles bought or leased before Oct 1, 1998); the presumption counts over the same period, (e)(1)',
    },
    'H',
    `${CITE}(b), (e)(1)`,
    ['CT_42_179_2018', 'CT_DCP', 'CT_DCP2', 'CT_CARLEMON'],
  ),
  sameNonconformity: sourced(
    {
      threshold: 4,
      comparison: 'at_least',
      plusFinalManufacturerAttempt: false,
      window: 'counting_window',
      text: '4 or more repairs of the same nonconformity',
    },
    'H',
    `${CITE}(e)(1)`,
    ['LLAZ:connecticut', 'CT_CARLEMON'],
  ),
  anyDefectAttempts: null,
  seriousSafety: sourced(
    [
      {
        threshold: 2,
        comparison: 'at_least',
        plusFinalManufacturerAttempt: false,
        window: 'custom',
        scope: 'any_serious_safety',
        customWindow: { months: 12, miles: null, combine: 'whichever_first', endsWithExpressWarranty: true },
        text: '2 or more repairs of a nonconformity likely to cause death or serious bodily injury, within the express warranty or 1 year, whichever first',
      },
    ],
    'M',
    `${CITE}(f)`,
    ['LLAZ:connecticut'],
  ),
  daysOutOfService: sourced(
    {
      days: 30,
      comparison: 'at_least',
      dayType: 'calendar',
      sameDefectOnly: false,
      rollingWindowMonths: null,
      countOnlyAfterNotice: false,
      text: 'Cumulative 30 or more calendar days (day type in the source: calendar)',
    },
    'M',
    `${CITE}(e)(2)`,
    ['LLAZ:connecticut'],
  ),
  notice: sourced(
    {
      required: 'if_disclosed',
      method: "Direct written notice to the manufacturer, if the warranty or owner's manual clearly discloses the requirement",
      conditionsProngs: ALL_PRONGS,
      text: "Only if the manufacturer clearly and conspicuously disclosed in the warranty or owner's manual that written notification of the nonconformity is required before a refund or replacement, with the name and address to send it to",
    },
    'H',
    `${CITE}(c)`,
    ['CT_42_179_2018', 'LLAZ:connecticut'],
    {
      interpretations: ['The source does not say which presumption prongs the notice conditions; applied to all of them.'],
    },
  ),
  finalRepairOpportunity: sourced(
    {
      required: 'unknown',
      conditionsProngs: NO_PRONGS,
      satisfiedBy: 'offered',
      designateFacilityWithinDays: null,
      repairWithinDays: null,
      repairWindowFrom: null,
      dayType: 'calendar',
      missedWindowSatisfies: false,
      text: 'not established from available sources',
    },
    'L',
    CITE,
    [],
  ),
  disputeProgram: sourced(
    {
      requirement: 'required_if_compliant',
      compliance: 'state_certified',
      decisionWithinDays: 60,
      text: 'If the manufacturer has an AG-certified IDSM, consumer must use it first; otherwise consumer may go straight to the state arbitration panel',
    },
    'M',
    `${CITE}(j)`,
    ['LLAZ:connecticut'],
  ),
  stateArbitration: sourced(
    {
      name: 'Connecticut DCP Lemon Law Arbitration Program',
      mandatory: false,
      text: 'DCP Lemon Law Arbitration Program (state-run; fee refundable if consumer wins per secondary sources)',
    },
    'H',
    CITE,
    ['CT_DCP2'],
  ),
  timeToFile: sourced({ known: false, deadline: null, text: 'not established from available sources' }, 'L', CITE, []),
  coverage: {
    leased: sourced('Covered (leased on/after June 17, 1987)', 'M', CITE, ['LLAZ:connecticut']),
    used: sourced('not established from available sources', 'L', CITE, []),
  },
};

export const CT_RULE_PACK: RulePack = {
  code: 'CT',
  name: 'Connecticut',
  statute: sourced('Conn. Gen. Stat. s 42-179 et seq. (ch. 743b, Automobile Warranties)', 'H', CITE, ['LLAZ:connecticut', 'CT_DCP']),
  versions: [
    {
      ...BASE,
      id: 'CT-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: 24,
          miles: 18000,
          combine: 'whichever_first',
          endsWithExpressWarranty: false,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'original delivery',
          text: '2 years or 18,000 miles, whichever ends first, for vehicles bought or leased before Oct 1, 1998.',
        },
        'M',
        `${CITE}(b)`,
        ['CT_CARLEMON'],
      ),
    },
    {
      ...BASE,
      id: 'CT-2',
      effectiveFrom: '1998-10-01',
      effectiveFromBasis: sourced(
        'Vehicles bought or leased after Oct 1, 1998 have 2 years/24,000 miles; 18,000 miles before (CT DCP; CarLemon, compiled by the CT AG).',
        'M',
        CITE,
        ['CT_DCP', 'CT_CARLEMON'],
        { interpretations: ["'After Oct 1, 1998' is read as deliveries on or after 1998-10-01."] },
      ),
    },
  ],
};
