import type { LegalDate } from '@lemon/domain';
import { AL_RULE_PACK } from './jurisdictions/al.rule-pack';
import { AK_RULE_PACK } from './jurisdictions/ak.rule-pack';
import { AZ_RULE_PACK } from './jurisdictions/az.rule-pack';
import { AR_RULE_PACK } from './jurisdictions/ar.rule-pack';
import { CA_RULE_PACK } from './jurisdictions/ca.rule-pack';
import { CO_RULE_PACK } from './jurisdictions/co.rule-pack';
import { CT_RULE_PACK } from './jurisdictions/ct.rule-pack';
import { DE_RULE_PACK } from './jurisdictions/de.rule-pack';
import { DC_RULE_PACK } from './jurisdictions/dc.rule-pack';
import { FL_RULE_PACK } from './jurisdictions/fl.rule-pack';
import { GA_RULE_PACK } from './jurisdictions/ga.rule-pack';
import { HI_RULE_PACK } from './jurisdictions/hi.rule-pack';
import { ID_RULE_PACK } from './jurisdictions/id.rule-pack';
import { IL_RULE_PACK } from './jurisdictions/il.rule-pack';
import { IN_RULE_PACK } from './jurisdictions/in.rule-pack';
import { IA_RULE_PACK } from './jurisdictions/ia.rule-pack';
import { KS_RULE_PACK } from './jurisdictions/ks.rule-pack';
import { KY_RULE_PACK } from './jurisdictions/ky.rule-pack';
import { LA_RULE_PACK } from './jurisdictions/la.rule-pack';
import { ME_RULE_PACK } from './jurisdictions/me.rule-pack';
import { MD_RULE_PACK } from './jurisdictions/md.rule-pack';
import { MA_RULE_PACK } from './jurisdictions/ma.rule-pack';
import { MI_RULE_PACK } from './jurisdictions/mi.rule-pack';
import { MN_RULE_PACK } from './jurisdictions/mn.rule-pack';
import { MS_RULE_PACK } from './jurisdictions/ms.rule-pack';
import { MO_RULE_PACK } from './jurisdictions/mo.rule-pack';
import { MT_RULE_PACK } from './jurisdictions/mt.rule-pack';
import { NE_RULE_PACK } from './jurisdictions/ne.rule-pack';
import { NV_RULE_PACK } from './jurisdictions/nv.rule-pack';
import { NH_RULE_PACK } from './jurisdictions/nh.rule-pack';
import { NJ_RULE_PACK } from './jurisdictions/nj.rule-pack';
import { NM_RULE_PACK } from './jurisdictions/nm.rule-pack';
import { NY_RULE_PACK } from './jurisdictions/ny.rule-pack';
import { NC_RULE_PACK } from './jurisdictions/nc.rule-pack';
import { ND_RULE_PACK } from './jurisdictions/nd.rule-pack';
import { OH_RULE_PACK } from './jurisdictions/oh.rule-pack';
import { OK_RULE_PACK } from './jurisdictions/ok.rule-pack';
import { OR_RULE_PACK } from './jurisdictions/or.rule-pack';
import { PA_RULE_PACK } from './jurisdictions/pa.rule-pack';
import { RI_RULE_PACK } from './jurisdictions/ri.rule-pack';
import { SC_RULE_PACK } from './jurisdictions/sc.rule-pack';
import { SD_RULE_PACK } from './jurisdictions/sd.rule-pack';
import { TN_RULE_PACK } from './jurisdictions/tn.rule-pack';
import { TX_RULE_PACK } from './jurisdictions/tx.rule-pack';
import { UT_RULE_PACK } from './jurisdictions/ut.rule-pack';
import { VT_RULE_PACK } from './jurisdictions/vt.rule-pack';
import { VA_RULE_PACK } from './jurisdictions/va.rule-pack';
import { WA_RULE_PACK } from './jurisdictions/wa.rule-pack';
import { WV_RULE_PACK } from './jurisdictions/wv.rule-pack';
import { WI_RULE_PACK } from './jurisdictions/wi.rule-pack';
import { WY_RULE_PACK } from './jurisdictions/wy.rule-pack';
import { isJurisdictionCode, JURISDICTION_CODES, type JurisdictionCode } from './jurisdiction-code';
import { versionInForce, type RulePack, type RulePackVersion } from './state-rule-pack';

export { isJurisdictionCode, JURISDICTION_CODES, type JurisdictionCode };

/**
 * Every jurisdiction's pack. Typed as a Record over the closed `JurisdictionCode` union, so a
 * missing or misspelt jurisdiction is a compile error.
 */
export const RULE_PACKS: Readonly<Record<JurisdictionCode, RulePack>> = {
  AL: AL_RULE_PACK,
  AK: AK_RULE_PACK,
  AZ: AZ_RULE_PACK,
  AR: AR_RULE_PACK,
  CA: CA_RULE_PACK,
  CO: CO_RULE_PACK,
  CT: CT_RULE_PACK,
  DE: DE_RULE_PACK,
  DC: DC_RULE_PACK,
  FL: FL_RULE_PACK,
  GA: GA_RULE_PACK,
  HI: HI_RULE_PACK,
  ID: ID_RULE_PACK,
  IL: IL_RULE_PACK,
  IN: IN_RULE_PACK,
  IA: IA_RULE_PACK,
  KS: KS_RULE_PACK,
  KY: KY_RULE_PACK,
  LA: LA_RULE_PACK,
  ME: ME_RULE_PACK,
  MD: MD_RULE_PACK,
  MA: MA_RULE_PACK,
  MI: MI_RULE_PACK,
  MN: MN_RULE_PACK,
  MS: MS_RULE_PACK,
  MO: MO_RULE_PACK,
  MT: MT_RULE_PACK,
  NE: NE_RULE_PACK,
  NV: NV_RULE_PACK,
  NH: NH_RULE_PACK,
  NJ: NJ_RULE_PACK,
  NM: NM_RULE_PACK,
  NY: NY_RULE_PACK,
  NC: NC_RULE_PACK,
  ND: ND_RULE_PACK,
  OH: OH_RULE_PACK,
  OK: OK_RULE_PACK,
  OR: OR_RULE_PACK,
  PA: PA_RULE_PACK,
  RI: RI_RULE_PACK,
  SC: SC_RULE_PACK,
  SD: SD_RULE_PACK,
  TN: TN_RULE_PACK,
  TX: TX_RULE_PACK,
  UT: UT_RULE_PACK,
  VT: VT_RULE_PACK,
  VA: VA_RULE_PACK,
  WA: WA_RULE_PACK,
  WV: WV_RULE_PACK,
  WI: WI_RULE_PACK,
  WY: WY_RULE_PACK,
};

export function rulePackFor(code: JurisdictionCode): RulePack {
  return RULE_PACKS[code];
}

/**
 * The version in force on the delivery date: the last version whose `effectiveFrom` is on or
 * before it. A case keeps that version for its whole life (the statute in force when the vehicle
 * was delivered governs, unless a statute says otherwise; see README).
 */
export function rulePackVersionFor(code: JurisdictionCode, deliveryDate: LegalDate): RulePackVersion {
  return versionInForce(RULE_PACKS[code], deliveryDate);
}
