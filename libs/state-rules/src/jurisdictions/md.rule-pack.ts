import type { RulePack, RulePackVersion } from '../state-rule-pack';
import { EARLIEST, earliestBasis, sourced } from './pack-helpers';

// Maryland: values, confidence (H/M/L) and sources from the lemon-law research extract
// (lemon-law-states, see README); structured numbers are our reading, interpretations are flagged.
// Checked on 2026-11-28: s 14-1501 in its text current through 2021 (MD_CASETEXT) and s 14-1502 in
// LLAZ:maryland (2015 text, whose subsections are bullets: only (b)(1) is cited by letter, from the
// lettered copy on uslegal). See libs/state-rules/verification/il-ms.md.
const CITE = 'Md. Code, Com. Law s 14-1501 et seq.';

/** Fields shared by every version. */
const BASE: Omit<RulePackVersion, 'id' | 'effectiveFrom' | 'effectiveFromBasis'> = {
  period: sourced(
    {
      months: 24,
      miles: 18000,
      combine: 'whichever_first',
      endsWithExpressWarranty: false,
      mileageBasis: 'miles_since_delivery',
      mileageBasisStated: false,
      measuredFrom: 'original delivery to consumer',
      text: "Manufacturer's warranty period = earlier of first 18,000 miles or 24 months (Md. Code Com. Law s 14-1501, text current through 2021 session). Older sources (2015 lemonlawaz text, CarComplaints, marylandlemonlaw.org) still show 15 months/15,000 miles - superseded. (rule: earlier of)",
    },
    'H',
    'Md. Code, Com. Law s 14-1501 ("manufacturer\'s warranty period")',
    ['MD_CASETEXT', 'MD_LLORG', 'LLAZ:maryland', 'MD_CARCOMP'],
  ),
  sameNonconformity: sourced(
    {
      threshold: 4,
      comparison: 'at_least',
      plusFinalManufacturerAttempt: false,
      window: 'counting_window',
      text: '4 or more repairs of the same nonconformity within the warranty period',
    },
    'H',
    'Md. Code, Com. Law s 14-1502 (presumption: 4 or more repairs)',
    ['LLAZ:maryland', 'MD_CARCOMP'],
  ),
  anyDefectAttempts: null,
  seriousSafety: sourced(
    [
      {
        threshold: 1,
        comparison: 'at_least',
        plusFinalManufacturerAttempt: false,
        window: 'counting_window',
        scope: 'brakes_or_steering',
        unverifiableElements: ['The repair failed to bring the vehicle into compliance with the state safety-inspection law.'],
        text: 'Braking or steering failure: 1 repair attempt, manufacturer notified and given opportunity to cure, and the repair fails to bring the vehicle into compliance with state safety-inspection law',
      },
    ],
    'H',
    'Md. Code, Com. Law s 14-1502 (presumption: braking or steering failure)',
    ['LLAZ:maryland', 'MD_CARCOMP'],
  ),
  daysOutOfService: sourced(
    {
      days: 30,
      comparison: 'at_least',
      dayType: 'calendar',
      sameDefectOnly: false,
      rollingWindowMonths: null,
      countOnlyAfterNotice: false,
      text: 'Cumulative 30 or more days for one or more nonconformities during the warranty period (day type in the source: days (type not specified))',
    },
    'H',
    'Md. Code, Com. Law s 14-1502 (presumption: 30 or more days)',
    ['LLAZ:maryland'],
    { interpretations: ["The source says 'days' without saying which kind; counted as calendar days."] },
  ),
  notice: sourced(
    {
      required: 'yes',
      method:
        'Written notice to the manufacturer or factory branch by certified mail, return receipt requested, during the warranty period',
      conditionsProngs: ['serious_safety_attempts'],
      text: 'Yes - report nonconformity during the warranty period by written notice to the manufacturer or factory branch by certified mail, return receipt requested',
    },
    'H',
    'Md. Code, Com. Law s 14-1502(b)(1)',
    ['MD_1502_USLEGAL', 'LLAZ:maryland', 'MD_MLL'],
  ),
  finalRepairOpportunity: sourced(
    {
      required: 'yes',
      conditionsProngs: ['serious_safety_attempts'],
      satisfiedBy: 'offered',
      designateFacilityWithinDays: null,
      repairWithinDays: 30,
      repairWindowFrom: 'notice_received',
      dayType: 'calendar',
      missedWindowSatisfies: false,
      text: "Yes - corrections must be completed within 30 days of the manufacturer's receipt of notice",
    },
    'H',
    'Md. Code, Com. Law s 14-1502(b) (corrections within 30 days of receipt)',
    ['LLAZ:maryland', 'MD_LLORG'],
    {
      interpretations: ['The source gives the window in days without saying which kind; counted as calendar days.'],
    },
  ),
  disputeProgram: sourced(
    {
      requirement: 'optional',
      text: 'No - manufacturer arbitration is optional; decision binds only the manufacturer',
    },
    'H',
    'Md. Code, Com. Law s 14-1502 (informal dispute settlement: may resort)',
    ['LLAZ:maryland', 'MD_LLORG'],
    {
      note: 'Read in LLAZ:maryland (2015 text): a consumer "may resort" to a 703-compliant procedure and is not precluded from other remedies.',
    },
  ),
  stateArbitration: null,
  timeToFile: sourced(
    {
      known: true,
      deadline: { terms: [{ anchor: 'delivery', months: 36 }], combine: 'earliest' },
      text: 'Action within 3 years of original delivery',
    },
    'H',
    'Md. Code, Com. Law s 14-1502 (action within 3 years)',
    ['LLAZ:maryland'],
  ),
  coverage: {
    leased: sourced("Covered per lemonlaw.org ('new or leased')", 'M', CITE, ['MD_LLORG']),
    used: sourced('May apply to non-original owners if the original purchase was within the period (marylandlemonlaw.org)', 'L', CITE, [
      'MD_MLL',
    ]),
  },
};

export const MD_RULE_PACK: RulePack = {
  code: 'MD',
  name: 'Maryland',
  statute: sourced('Md. Code, Com. Law s 14-1501 et seq. (Automotive Warranty Enforcement Act)', 'H', CITE, ['LLAZ:maryland']),
  versions: [
    {
      ...BASE,
      id: 'MD-1',
      effectiveFrom: EARLIEST,
      effectiveFromBasis: earliestBasis(CITE),
      period: sourced(
        {
          months: 15,
          miles: 15000,
          combine: 'whichever_first',
          endsWithExpressWarranty: false,
          mileageBasis: 'miles_since_delivery',
          mileageBasisStated: false,
          measuredFrom: 'original delivery to consumer',
          text: "Manufacturer's warranty period: the earlier of the first 15,000 miles of operation or 15 months following original delivery (2015 statute text; superseded).",
        },
        'M',
        CITE,
        ['LLAZ:maryland', 'MD_CARCOMP', 'MD_MLL'],
      ),
    },
    {
      ...BASE,
      id: 'MD-2',
      effectiveFrom: '2015-03-26',
      effectiveFromUncertainUntil: '2021-10-01',
      effectiveFromBasis: sourced(
        'Effective date NOT established by the reference. The 2015-03 statute snapshot (LLAZ, last changed 2015-03-23/25) still shows 15 months/15,000 miles; the text current through the 2021 legislative session (Casetext) shows 24 months/18,000 miles and the reference calls the old figures superseded. The switch is placed right after the snapshot; deliveries before 2021-10-01 are flagged.',
        'L',
        CITE,
        ['MD_CASETEXT', 'MD_LLORG', 'LLAZ:maryland'],
      ),
    },
  ],
};
