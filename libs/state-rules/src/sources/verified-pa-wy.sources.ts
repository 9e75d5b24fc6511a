import type { ReferenceSource } from './reference-source';

/** Statute texts and official pages read to verify PA, RI, SC, SD, UT, VT, VA, WA, WV, WI, WY (issue 13 §3; table in verification/pa-wy.md). */
export const VERIFIED_PA_WY_SOURCES: Readonly<Record<string, ReferenceSource>> = {
  // Pennsylvania
  PA_SB155_2024: {
    title:
      'Pennsylvania Senate Bill 155, Printer\'s No. 1972 (Oct. 2024; amends the Automobile Lemon Law for motorcycles) - quotes the current text of s 4(a) (73 P.S. s 1954(a)), "one year ... 12,000 miles ... term of the warranty, whichever may first occur"',
    address: 'https://www.einpresswire.com/article/754118705/senate-bill-155-printer-s-number-1972',
  },
  // Rhode Island
  RI_31_5_2_1: {
    title:
      'R.I. Gen. Laws s 31-5.2-1 (official text, Rhode Island General Assembly) - Definitions (stored copy truncated before "term of protection")',
    address: 'http://webserver.rilin.state.ri.us/Statutes/TITLE31/31-5.2/31-5.2-1.htm',
  },
  RI_31_5_2_5: {
    title: 'R.I. Gen. Laws s 31-5.2-5 (text) - Time allowed for correction of nonconformity',
    address: 'http://statutes.laws-info.com/rhode-island/title-31/chapter-31-5-2/31-5-2-5',
  },
  RI_31_5_2_7: {
    title: 'R.I. Gen. Laws s 31-5.2-7 (official text, history through P.L. 1995, ch. 236) - Informal dispute settlement procedures',
    address: 'http://webserver.rilin.state.ri.us/Statutes/TITLE31/31-5.2/31-5.2-7.htm',
  },
  RI_470_RICR_1_19: {
    title:
      'RI Code of Regulations 470-RICR-00-00-1.19 (current through Sept. 18, 2024) - Motor Vehicle Arbitration Board notice: 4 attempts or 30 days during the term of protection (s 31-5.2-5)',
    address: 'https://regulations.justia.com/states/rhode-island/title-470/chapter-00/subchapter-00/part-1/section-470-ricr-00-00-1-19',
  },
  // South Carolina
  SC_56_28_50: {
    title:
      'S.C. Code s 56-28-50 (text, with the current 56-28-10 definitions incl. motorcycles) - Presumption of attempts to conform; notice requirements',
    address: 'https://www.lawserver.com/law/state/south-carolina/sc-code/south_carolina_code_56-28-50',
  },
  // South Dakota
  SD_32_6D_1: {
    title: 'SDCL 32-6D-1 (current text, "manufacturer" incl. limited liability companies) - Definitions, (3) "Lemon law rights period"',
    address: 'https://www.lawserver.com/law/state/south-dakota/sd-laws/south_dakota_laws_32-6d-1',
  },
  SD_32_6D_6: {
    title:
      'SDCL 32-6D-6 (text) - Civil action against manufacturer: certified-mail notice, final opportunity (7 / 14 calendar days), informal dispute procedure',
    address: 'https://lexace.ai/us/statute/south-dakota/32-6D-6',
  },
  // Utah
  UT_13_20_3: {
    title: 'Utah Code ss 13-20-1 to 13-20-4 (statute text as republished, undated) - 13-20-3 Nonconforming motor vehicles - Repairs',
    address: 'https://autolemonlawsusa.com/Utah.asp',
  },
  UT_FRAUDGUIDES: {
    title: 'fraudguides.com - Utah Lemon Law summary (4 attempts or 30 business days, warranty term or 1 year)',
    address: 'https://www.fraudguides.com/lemon/utah/',
  },
  // Virginia
  VA_59_1_207_15: {
    title: 'Va. Code s 59.1-207.15 (text, history 1988, c. 603; 1990, c. 772) - Informal dispute settlement procedure',
    address: 'https://self-law.org/code/va/title-59-1/chapter-17-3/59-1-207-15',
  },
  VA_59_1_207_13: {
    title: 'Va. Code s 59.1-207.13 (text) - Nonconformity of motor vehicles',
    address: 'http://www.laws9.com/statutes/virginia/title-59-1/chapter-17-3/59-1-207-13',
  },
  // Washington
  WA_RCW_19_118_INDEX: {
    title:
      'RCW chapter 19.118 (official index, Washington State Legislature): 19.118.031 "Extension of eligibility period", 19.118.041 "... Notice by consumer regarding motor home nonconformity ..."',
    address: 'https://apps.leg.wa.gov/rcw/default.aspx?cite=19.118',
  },
  // West Virginia
  WV_46A_6A_5: {
    title: 'W. Va. Code s 46A-6A-5 (text, FindLaw, current as of Jan. 1, 2024) - Presumption of reasonable number of attempts',
    address: 'https://codes.findlaw.com/wv/chapter-46a-west-virginia-consumer-credit-and-protection-act/wv-code-sect-46a-6a-5/',
  },
  WV_46A_6A_4: {
    title:
      'W. Va. Code s 46A-6A-4 (official text, West Virginia Legislature) - Civil action by consumer; (d) within one year of the expiration of the express warranty term',
    address: 'https://code.wvlegislature.gov/email/46A-6A-4',
  },
  WV_46A_6A_8: {
    title:
      'W. Va. Code s 46A-6A-8 (text) - Third party dispute resolution process; (b) prior resort when a qualified process exists and timely notice was given',
    address: 'http://statutes.laws-info.com/west-virginia/46a/46a-6a-8',
  },
  // Wisconsin
  WI_218_0171_2003: {
    title: 'Wis. Stat. s 218.0171(1)(f)-(2)(b) (official text, 2003 statutes; (1)(h) "reasonable attempt to repair")',
    address: 'https://docs.legis.wisconsin.gov/2003/statutes/statutes/218/i/0171/4',
  },
  WI_218_0171_CURRENT: {
    title:
      'Wis. Stat. s 218.0171(2)(f)-(4) (official current text) - (3) prior resort to a certified informal dispute settlement procedure',
    address: 'http://docs.legis.wisconsin.gov/document/statutes/218.0171(8)(b)5.',
  },
  WI_2013_ACT_101: {
    title:
      '2013 Wisconsin Act 101, s 12 - 218.0171(7)(a): action commenced within 36 months after first delivery of the motor vehicle to a consumer',
    address: 'https://docs.legis.wisconsin.gov/2013/related/acts/101/17/_2?down=1',
  },
  // Vermont
  VT_DMV_LEMON: {
    title:
      'Vermont DMV - Lemon Law overview (official summary of 9 V.S.A. 4170-4181: three unsuccessful attempts, at least the first within the express warranty, or 30 cumulative calendar days; final repair attempt before the hearing)',
    address: 'https://dmv.vermont.gov/enforcement-and-safety/laws/lemon-law',
  },
};
