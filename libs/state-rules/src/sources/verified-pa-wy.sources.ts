/** Same shape as ReferenceSource in reference-sources.ts (not imported: that file spreads this one, and the import would be a cycle). */
interface ReferenceSource {
  title: string;
  address: string;
}

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
};
