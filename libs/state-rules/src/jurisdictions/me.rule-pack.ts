import type { RulePack, RulePackVersion } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Maine: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
// Checked on 2026-11-28 against the text of 10 M.R.S. s 1163(1) current as of 2023 (see
// libs/state-rules/verification/il-ms.md): the period is 3 years / 18,000 miles / the warranty term,
// whichever occurs earliest, as amended by PL 2003, c. 337 (ME-2); ME-1 keeps the 2-year text for
// earlier deliveries. Other values were not found in the text read and keep the extract's confidence.
const CITE = 'Me. Rev. Stat. tit. 10, s 1161 et seq.';
const PERIOD_CITE = 'Me. Rev. Stat. tit. 10, s 1163(1)';

const ME_1: RulePackVersion = {
  id: 'ME-1',
  effectiveFrom: EARLIEST,
  effectiveFromBasis: earliestBasis(CITE),
  period: sourced(
    {
      months: 24,
      miles: 18000,
      combine: 'whichever_first',
      endsWithExpressWarranty: true,
      mileageBasis: 'miles_since_delivery',
      mileageBasisStated: false,
      measuredFrom: 'original delivery',
      text: 'Former s 1163(1) (before PL 2003, c. 337): earliest of the warranty term, 2 years or 18,000 miles; the current text says 3 years (ME-2)',
    },
    'L',
    CITE,
    ['LLAZ:maine', 'ME_CAS', 'ME_REG'],
    {
      interpretations: [
        "Encoded as the statute text's earliest of warranty, 2 years or 18,000 miles; the current arbitration rule suggests 3 years.",
      ],
    },
  ),
  sameNonconformity: sourced(
    {
      threshold: 3,
      comparison: 'at_least',
      plusFinalManufacturerAttempt: false,
      window: 'counting_window',
      text: '3 or more repairs of the same nonconformity, at least 2 by the same dealer/agent',
    },
    'M',
    CITE,
    ['LLAZ:maine', 'ME_CAS'],
  ),
  anyDefectAttempts: null,
  seriousSafety: sourced([], 'M', CITE, ['LLAZ:maine'], { note: 'No separate serious-safety threshold' }),
  daysOutOfService: sourced(
    {
      days: 15,
      comparison: 'at_least',
      dayType: 'business',
      sameDefectOnly: false,
      rollingWindowMonths: null,
      countOnlyAfterNotice: false,
      text: 'Cumulative 15 or more business days (day type in the source: business)',
    },
    'M',
    CITE,
    ['LLAZ:maine', 'ME_CAS'],
  ),
  notice: sourced(
    {
      required: 'if_disclosed',
      method: "Written notice to the manufacturer or dealer, only if the warranty or owner's manual discloses it",
      conditionsProngs: ALL_PRONGS,
      text: "Written notice to manufacturer or dealer required only if the warranty/owner's manual discloses it",
    },
    'M',
    CITE,
    ['LLAZ:maine', 'ME_CAS'],
    {
      interpretations: ['The source does not say which presumption prongs the notice conditions; applied to all of them.'],
    },
  ),
  finalRepairOpportunity: sourced(
    {
      required: 'yes',
      conditionsProngs: NO_PRONGS,
      satisfiedBy: 'offered',
      designateFacilityWithinDays: null,
      repairWithinDays: 7,
      repairWindowFrom: 'notice_received',
      dayType: 'business',
      missedWindowSatisfies: false,
      text: 'Yes - 7 business days after receipt of the written refund/replacement request',
    },
    'M',
    CITE,
    ['LLAZ:maine', 'ME_CAS'],
  ),
  disputeProgram: sourced(
    {
      requirement: 'required',
      compliance: '16_cfr_703',
      text: 'Yes - must first resort to a 703-compliant manufacturer procedure or state-certified arbitration (requirement satisfied 40 days after notification per statute text)',
    },
    'M',
    CITE,
    ['LLAZ:maine'],
  ),
  stateArbitration: sourced(
    {
      name: 'Maine Attorney General state-certified arbitration',
      mandatory: false,
      requestWindow: { terms: [{ anchor: 'delivery', months: 36 }, { anchor: 'warranty_expiry' }], combine: 'earliest' },
      text: 'State-certified arbitration (AG): application within 3 years from delivery and within the express warranty term (rule current through 2025); statute text said 2 years/18,000 miles',
    },
    'M',
    CITE,
    ['ME_REG', 'LLAZ:maine'],
  ),
  timeToFile: sourced({ known: false, deadline: null, text: 'not established from available sources' }, 'L', CITE, []),
  coverage: {
    leased: sourced('Covered (CAS: law specifically applies to leased vehicles)', 'M', CITE, ['ME_CAS']),
    used: sourced('Covered within the first 18,000 miles/2 years regardless of original ownership (CAS)', 'M', CITE, ['ME_CAS']),
  },
};

/**
 * PL 2003, c. 337, s 5 amended s 1163(1) to "within a period of 3 years following the date of
 * original delivery ... or during the first 18,000 miles of operation ..., whichever occurs
 * earliest" (with the term of the express warranties). The act's effective date was not read.
 */
const ME_2: RulePackVersion = {
  ...ME_1,
  id: 'ME-2',
  effectiveFrom: '2003-09-13',
  effectiveFromUncertainUntil: '2004-09-13',
  effectiveFromBasis: sourced(
    'PL 2003, c. 337, s 5 amended s 1163(1) (history note in the current text). Its effective date was not read: 2003-09-13 is taken as the general effective date of non-emergency laws of that session, and deliveries in the following year are flagged.',
    'L',
    PERIOD_CITE,
    ['ME_1163_TEXT'],
  ),
  period: sourced(
    {
      months: 36,
      miles: 18000,
      combine: 'whichever_first',
      endsWithExpressWarranty: true,
      mileageBasis: 'miles_since_delivery',
      mileageBasisStated: false,
      measuredFrom: 'original delivery to a consumer',
      text: 'The nonconformity reported during the term of the express warranties, within 3 years following original delivery to a consumer or during the first 18,000 miles of operation, whichever occurs earliest',
    },
    'H',
    PERIOD_CITE,
    ['ME_1163_TEXT', 'ME_REG'],
    {
      note: 'Corrected 2026-11-28 from 24 months (research extract, older statute text) to 36 months, read in the current text of s 1163(1). That the presumption (s 1163(3)) counts within this same period was not read; the extract says so.',
    },
  ),
};

export const ME_RULE_PACK: RulePack = {
  code: 'ME',
  name: 'Maine',
  statute: sourced('Me. Rev. Stat. tit. 10, s 1161 et seq.; 26-239 C.M.R. ch. 106', 'H', CITE, ['LLAZ:maine', 'ME_REG']),
  versions: [ME_1, ME_2],
};
