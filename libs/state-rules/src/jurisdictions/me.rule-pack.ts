import type { RulePack, RulePackVersion } from '../state-rule-pack';
import { ALL_PRONGS, EARLIEST, NO_PRONGS, earliestBasis, sourced } from './pack-helpers';

// Maine: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
// Checked on 2026-11-28 against the text of 10 M.R.S. s 1163(1) current as of 2023 (see
// libs/state-rules/verification/il-ms.md): the period is 3 years / 18,000 miles / the warranty term,
// whichever occurs earliest, as amended by PL 2003, c. 337 (ME-2); ME-1 keeps the 2-year text for
// earlier deliveries. The other values were read in LLAZ:maine, whose text of ss 1163-1169 predates
// PL 2003, c. 337 (its s 1163(1) still says 2 years): they are cited to it but stay M for ME-2.
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
      text: 'The same nonconformity subject to repair 3 or more times by the manufacturer, its agents or authorized dealers within the period, at least 2 of those times by the same agent or dealer, and it continues to exist',
    },
    'M',
    'Me. Rev. Stat. tit. 10, s 1163(3)(A)',
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
      text: 'Out of service by reason of repair of any defect or condition for a cumulative total of 15 or more business days during the warranty term or the period, whichever is earlier',
    },
    'M',
    'Me. Rev. Stat. tit. 10, s 1163(3)(B)',
    ['LLAZ:maine', 'ME_CAS'],
  ),
  notice: sourced(
    {
      required: 'if_disclosed',
      method: "Written notice to the manufacturer or dealer, only if the warranty or owner's manual discloses it",
      conditionsProngs: ALL_PRONGS,
      text: "No consumer may be required to notify the manufacturer unless the warranty or owner's manual clearly and conspicuously discloses that written notification is required; written notice to the authorized dealer also satisfies it",
    },
    'M',
    'Me. Rev. Stat. tit. 10, s 1163 (disclosure of notice requirement)',
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
      text: 'After the consumer notifies the manufacturer or dealer in writing of the desire for a refund or replacement, the manufacturer has a final opportunity to repair during the 7 business days following receipt, at a reasonably accessible facility',
    },
    'M',
    'Me. Rev. Stat. tit. 10, s 1163(3)(C)',
    ['LLAZ:maine', 'ME_CAS'],
  ),
  disputeProgram: sourced(
    {
      requirement: 'required_if_compliant',
      compliance: '16_cfr_703',
      text: 'If the manufacturer has a procedure complying in all respects with 16 CFR 703, the refund/replacement provisions do not apply to a consumer who has not first resorted to it or to state-certified arbitration; satisfied 40 days after notifying the procedure or when its 703.5(d) duties are done, whichever is sooner',
    },
    'M',
    'Me. Rev. Stat. tit. 10, s 1165',
    ['LLAZ:maine'],
    { note: 'Corrected 2026-11-28 from "required": s 1165 applies only where the manufacturer has a 703-compliant procedure.' },
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
 * earliest" (with the term of the express warranties).
 */
const ME_2: RulePackVersion = {
  ...ME_1,
  id: 'ME-2',
  effectiveFrom: '2003-09-13',
  effectiveFromBasis: sourced(
    'PL 2003, c. 337, s 5 amended s 1163(1). The chapter was signed May 29, 2003 without an emergency clause and the session adjourned June 14, 2003 (both read); a non-emergency law takes effect 90 days after adjournment (Me. Const. art. IV, pt. 3, s 16, not read here), hence 2003-09-13.',
    'M',
    PERIOD_CITE,
    ['ME_PL2003_C337', 'ME_WLR_121_22', 'ME_WLR_121_24', 'ME_1163_TEXT'],
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
  seriousSafety: sourced([], 'L', 'Me. Rev. Stat. tit. 10, s 1163(3)', ['LLAZ:maine', 'ME_CAS'], {
    note: 'The pre-2003 text read (LLAZ) has no serious-safety prong, but the Center for Auto Safety summary of the current law lists one unsuccessful repair of a serious failure of brakes or steering; the current s 1163(3) was not read, so no threshold is encoded and confidence is L.',
  }),
};

export const ME_RULE_PACK: RulePack = {
  code: 'ME',
  name: 'Maine',
  statute: sourced('Me. Rev. Stat. tit. 10, s 1161 et seq.; 26-239 C.M.R. ch. 106', 'H', CITE, ['LLAZ:maine', 'ME_REG']),
  versions: [ME_1, ME_2],
};
