import type { DeadlineSpec } from '../deadline-spec';
import type { Sourced } from '../sourced';

/**
 * BBB AUTO LINE (the manufacturer's informal dispute program in the seed booklets) as data for
 * the deadline calculator. All days are calendar days ("days" in the BBB rules means calendar
 * days). Program windows are manufacturer-specific; these are BMW's, from its booklets.
 */
export interface DisputeProgramRules {
  /** Deadline to file a claim. */
  claimWindow: Sourced<DeadlineSpec>;
  /** Decision due after the claim is filed. */
  decisionWithinDays: Sourced<number>;
  /** Extra days when the consumer did not first contact the manufacturer. */
  extraDaysIfManufacturerNotContactedFirst: Sourced<number>;
  /** Maximum extra days when the arbitrator asks for an independent technical inspection. */
  maxExtraDaysForInspection: Sourced<number>;
  /** The manufacturer complies within this many days after it receives notice of the consumer's acceptance. */
  complianceWithinDaysOfAcceptance: Sourced<number>;
}

const BOOKLETS = ['BMW_BOOKLETS'];

export const BBB_AUTO_LINE: DisputeProgramRules = {
  claimWindow: {
    value: { terms: [{ anchor: 'warranty_expiry', months: 6 }], combine: 'earliest' },
    confidence: 'H',
    citation:
      'BMW warranty booklet, BBB AUTO LINE (California residents, item 2): claims within six (6) months after the expiration of the warranty',
    sources: BOOKLETS,
    note: "BMW's program summary; other manufacturers' windows were not established.",
  },
  decisionWithinDays: {
    value: 40,
    confidence: 'H',
    citation: '16 CFR 703.5; Cal. Code Regs. tit. 16 s 3398.9(a)',
    sources: [...BOOKLETS, 'CA_REG3398_9'],
  },
  extraDaysIfManufacturerNotContactedFirst: {
    value: 7,
    confidence: 'H',
    citation: 'Cal. Code Regs. tit. 16 s 3398.9(c)(1); BMW booklet (California residents, item 5)',
    sources: [...BOOKLETS, 'CA_REG3398_9'],
  },
  maxExtraDaysForInspection: {
    value: 30,
    confidence: 'M',
    citation: 'Cal. Code Regs. tit. 16 s 3398.9(c)(3); BMW booklet (California residents, item 5)',
    sources: [...BOOKLETS, 'CA_REG3398_9'],
    note: 'Stated for California programs; whether the non-California BBB rules have the same 30-day extension was not established.',
  },
  complianceWithinDaysOfAcceptance: {
    value: 30,
    confidence: 'H',
    citation: 'Cal. Civ. Code s 1793.22(d)(3); BMW booklet (California residents, item 11)',
    sources: [...BOOKLETS],
  },
};
