import type { RulePack, RulePackVersion } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Connecticut: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
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
      text: '2 years or 24,000 miles for vehicles bought/leased after Oct 1, 1998 (18,000 before); DCP says you need not apply within the period (rule: whichever ends first)',
    },
    'H',
    CITE,
    ['CT_DCP', 'CT_DCP2', 'CT_CARLEMON'],
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
    CITE,
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
    CITE,
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
    CITE,
    ['LLAZ:connecticut'],
  ),
  notice: sourced(
    {
      required: 'if_disclosed',
      method: "Direct written notice to the manufacturer, if the warranty or owner's manual clearly discloses the requirement",
      conditionsProngs: ALL_PRONGS,
      text: "Only if the manufacturer clearly disclosed the written-notice requirement in the warranty/owner's manual",
    },
    'M',
    CITE,
    ['LLAZ:connecticut'],
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
    CITE,
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
        CITE,
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
