import type { ReferenceSource } from './reference-source';

/** Statute texts and official pages read to verify IL, IN, IA, KS, KY, LA, ME, MD, MN, MS (issue 13 §3; table in verification/il-ms.md). */
export const VERIFIED_IL_MS_SOURCES: Readonly<Record<string, ReferenceSource>> = {
  IL_380_2_TEXT: {
    title: '815 ILCS 380/2 (text copy) - Definitions, (f) "statutory warranty period"',
    address: 'https://autolemonlawsusa.com/Illinois.asp',
  },
  IL_380_3_TEXT: {
    title: '815 ILCS 380/3 (text, current through P.A. 103-1056) - Failure of vehicle to conform; remedies; presumptions',
    address:
      'https://print.casetext.com/statute/illinois-compiled-statutes/business-and-employment/chapter-815-business-transactions/subchapter-sales/act-380-new-vehicle-buyer-protection-act/section-815-ilcs-3803-failure-of-vehicle-to-conform-remedies-presumptions',
  },
  IL_380_4_TEXT: {
    title: '815 ILCS 380/4 (text copy) - Informal settlement procedure; limitations extended while pending',
    address: 'https://self-law.org/code/il/chapter-815/act-380/4',
  },
  IN_24_5_13_2_TEXT: {
    title: 'Ind. Code 24-5-13-2 (text copy) - "Business day" defined',
    address: 'https://statutes.laws.com/indiana/title-24/ar-5/ch-13',
  },
  IN_24_5_13_7_TEXT: {
    title: 'Ind. Code 24-5-13-7 (text, as amended by P.L.76-2013) - "Term of protection"',
    address: 'https://courtgpt.ai/laws/indiana/title-24/article-5/chapter-13/section-24-5-13-7',
  },
  IN_24_5_13_15_TEXT: {
    title: 'Ind. Code 24-5-13-15 (text) - Attempts to correct nonconformity; reasonable number of attempts; extension',
    address: 'https://lexace.ai/us/statute/indiana/24-5-13-15',
  },
  IA_322G_2_TEXT: {
    title: 'Iowa Code 322G.2 (2018 text, Justia) - Definitions ("Days" means calendar days)',
    address: 'https://law.justia.com/codes/iowa/2018/title-viii/chapter-322g/section-322g.2/index.html',
  },
  IA_322G_4_TEXT: {
    title: 'Iowa Code 322G.4 (2018 text, Justia) - Nonconformity of motor vehicles (final attempt, notice)',
    address: 'https://law.justia.com/codes/iowa/2018/title-viii/chapter-322g/section-322g.4/index.html',
  },
  KS_50_645_TEXT: {
    title: 'K.S.A. 50-645 (text copy) - Motor vehicle warranties; definitions; consumer rights and remedies',
    address: 'http://www.laws9.com/statutes/kansas/chapter50/article6/statutes_21061',
  },
  LA_51_1944_TEXT: {
    title: 'La. R.S. 51:1944 (text copy, LawServer) - Refund or replacement after four or more attempts',
    address: 'https://lawserver.com/law/state/louisiana/la-laws/louisiana_revised_statutes_51-1944',
  },
  MD_1502_USLEGAL: {
    title: 'Md. Code, Com. Law s 14-1502 (text copy with subsection letters: (a), (b)(1) written notice by certified mail) - US Legal',
    address: 'https://automobiles.uslegal.com/lemon-laws/maryland-lemon-laws/',
  },
  ME_PL2003_C337: {
    title:
      'Public Laws of Maine 2003, c. 337 (H.P. 664, L.D. 887) - An Act To Amend the Maine "Lemon Law" (session law; amends 10 MRSA s 1163)',
    address: 'https://legislature.maine.gov/ros/LOM/LOM121st/7Pub301-350/Pub301-350-36.htm',
  },
  ME_WLR_121_22: {
    title:
      'Maine House Weekly Legislative Report, 121st Legislature, No. 22 (June 9, 2003): Ch. 337 signed May 29, 2003, not marked EMERGENCY',
    address: 'https://legislature.maine.gov/house/history/121st/121wlr/wlr0322.htm',
  },
  ME_WLR_121_24: {
    title: 'Maine House Weekly Legislative Report, 121st Legislature, No. 24 (July 7, 2003): First Regular Session adjourned June 14, 2003',
    address: 'https://legislature.maine.gov/house/history/121st/121wlr/wlr0324.htm',
  },
  ME_1163_TEXT: {
    title:
      'Me. Rev. Stat. tit. 10, s 1163 (text current as of 2023, LawServer) - Rights and duties, sub-s 1 (amended PL 2003, c. 337, s 5)',
    address: 'https://lawserver.com/law/state/maine/me-statutes/maine_revised_statutes_title_10_1163',
  },
};
