import type { ReferenceSource } from './reference-source';

/** Statute texts and official pages read to verify MO, MT, NE, NV, NH, NM, NY, ND, OK, OR (issue 13 §3; table in verification/mo-or.md). */
export const VERIFIED_MO_OR_SOURCES: Readonly<Record<string, ReferenceSource>> = {
  // Missouri
  MO_407_571_TEXT: {
    title:
      'Mo. H.B. 800 (2001, introduced, not enacted) reprinting RSMo 2000 ss 407.571 and 407.573 as existing law (bracketed words are the text in force)',
    address: 'https://house.mo.gov/billtracking/bills01/biltxt01/intro01/HB0800I.htm',
  },
  MO_407_573_TEXT: {
    title: 'Mo. Rev. Stat. s 407.573 (text) - warranty extension, notice to manufacturer, manufacturer duties, time limitation',
    address: 'http://laws9.com/statutes/missouri/t26/c407/407_573',
  },
  MO_407_565_TEXT: {
    title: 'Mo. Rev. Stat. s 407.565 (text, current with the 2023 session) - report of nonconformity; one-year period',
    address:
      'https://casetext.com/statute/missouri-revised-statutes/title-xxvi-trade-and-commerce/chapter-407-merchandising-practices/new-motor-vehicle-warranties-nonconformity-lemon-law/section-407565-report-of-nonconformity-required-when-repairs-duty-of-manufacturer-or-agent-when',
  },
  // Montana
  MT_61_4_502_TEXT: {
    title:
      'Mont. Code Ann. s 61-4-502 (official text, MCA 2021) - notice; presumption needs prior written notification and opportunity to cure',
    address: 'https://leg.mt.gov/bills/mca/title_0610/chapter_0040/part_0050/section_0020/0610-0040-0050-0020.html',
  },
  MT_61_4_507_TEXT: {
    title: 'Mont. Code Ann. s 61-4-507 (text, history through 2001) - certified informal dispute settlement procedure must first be used',
    address: 'https://autopedia.com/html/LemonLaw/MT_lemonlaw2.html',
  },
  MT_DOJ_LEMON: {
    title:
      'Montana Department of Justice, Office of Consumer Protection - Vehicles and Lemon Law (warranty period: 2 years or the first 18,000 miles of operation)',
    address: 'https://dojmt.gov/consumer/vehicles-and-lemon-law',
  },
  // Nebraska
  NE_60_2702_TEXT: {
    title: 'Neb. Rev. Stat. ss 60-2701 to 60-2703 (text) - definitions; duty to repair (warranty term or one year, whichever earlier)',
    address: 'http://www.lemonlawamerica.com/nebraska-lemon-law',
  },
  NE_60_2703_TEXT: {
    title:
      'Neb. Rev. Stat. s 60-2703 (research copy of the text) - replace or refund; affirmative defenses (no presumption in this section)',
    address: 'https://self-law.org/code/ne/chapter-60/60-2703',
  },
  // Nevada
  NV_597_610_TEXT: {
    title:
      'Nev. Rev. Stat. ss 597.600-597.620 (text) - written report to the manufacturer; warranty term or 1 year; informal dispute procedure first',
    address: 'http://nevada-lemon-law.com/lemonlaw.htm',
  },
  NV_597_620_TEXT: {
    title: 'Nev. Rev. Stat. s 597.620 (text) - submission of claim under the manufacturer’s 16 C.F.R. 703 procedure before an action',
    address: 'http://www.lemon-laws.us/nevada-lemon-law.htm',
  },
  // New Hampshire
  NH_357D_4_TEXT: {
    title:
      'N.H. Rev. Stat. s 357-D:4 (text, current through 2024) - procedure to obtain refund or replacement (notice on manufacturer forms)',
    address:
      'https://casetext.com/statute/new-hampshire-revised-statutes/title-31-trade-and-commerce/chapter-357-d-new-motor-vehicle-arbitration/section-357-d4-procedure-to-obtain-refund-or-replacement',
  },
  NH_357D_2_TEXT: {
    title: 'N.H. Rev. Stat. ss 357-D:1, 357-D:2 (text) - intent; definitions ("business day")',
    address: 'https://autolemonlawsusa.com/NewHampshire.asp',
  },
  NH_CONSUMER_NOTICE: {
    title:
      'New Hampshire Consumer Notice (RSA 357-D) as printed in a 2018 manufacturer warranty booklet: express warranty period; three repair attempts or 30 business days; out of service if in for repair a majority of the day',
    address: 'https://www.autoguidegalaxy.com/2018-kia-stinger-warranty-and-consumer-information-guide/?srch=weight',
  },
  // New Mexico
  NM_57_16A_6_TEXT: {
    title: 'N.M. Stat. ss 57-16A-1 to 57-16A-9 (text, history Laws 1985 ch. 220) - s 57-16A-6 informal dispute resolution read',
    address: 'https://autopedia.com/html/LemonLaw/NM_lemonlaw2.html',
  },
  // North Dakota
  ND_51_07_17_TEXT: {
    title: 'N.D. Cent. Code ss 51-07-16 to 51-07-18 (text) - definitions; duty to repair (warranty term or one year, whichever earlier)',
    address: 'https://www.yourlemonlawrights.com/north-dakota-lemon-law-statutes',
  },
  ND_51_07_18_TEXT: {
    title:
      'N.D. Cent. Code s 51-07-18 (text, current through the 2024 session) - replace or refund; informal dispute settlement process first',
    address:
      'https://casetext.com/statute/north-dakota-century-code/title-51-sales-and-exchanges/chapter-51-07-miscellaneous-provisions/section-51-07-18-duty-to-replace-defective-passenger-motor-vehicle-or-refund-price-prerequisite-of-using-available-informal-dispute-settlement-process',
  },
  // New York
  NY_198A_TEXT: {
    title: 'N.Y. Gen. Bus. Law s 198-a (text, subdivision (a) definitions read)',
    address: 'https://statutes.laws.com/new-york/gbs/article-11-a/198-a',
  },
  NY_DAIMLER_V_SPITZER: {
    title: 'DaimlerChrysler Corp. v. Spitzer (N.Y. Sup. Ct. 2004) - quotes GBL 198-a(b) and states the four-year action period',
    address: 'https://cetient.com/case/6173654/daimlerchrysler-corp-v-spitzer',
  },
  // Oklahoma
  OK_901_TEXT: {
    title: 'Okla. Stat. tit. 15, s 901 (text) - motor vehicles, repairing under warranty (subsections A-C read)',
    address: 'https://getpocketlaw.com/law/state_oklahoma/section-15-901-motor-vehicles-repairing-under-warranty_332e45ffd5f8',
  },
  // Oregon
  OR_646A_402_TEXT: {
    title: 'Or. Rev. Stat. s 646A.402 (current text, [Formerly 646.325; 2009 c.448 s2]) - availability of remedy: two years / 24,000 miles',
    address: 'https://courtgpt.ai/laws/oregon/volume-16/chapter-646a/section-646a-402',
  },
  OR_646A_416_TEXT: {
    title: 'Or. Rev. Stat. s 646A.416 (current text, [Formerly 646.365; 2009 c.448 s8]) - limitation on commencement of action',
    address: 'https://courtgpt.ai/laws/oregon/volume-16/chapter-646a/section-646a-416',
  },
  OR_646A_416_2015: {
    title: 'Or. Rev. Stat. s 646A.416 (2015 ORS text) - limitation on commencement of action',
    address: 'https://www.oregonlaws.org/ors/646A.416',
  },
  OR_2009_C448: {
    title: 'Oregon Laws 2009, chapter 448 (SB 515) - amends ORS 646A.400 to 646A.416; declares an emergency (title and section 1 read)',
    address: 'https://www.oregonlegislature.gov/bills_laws/lawsstatutes/2009orLaw0448.html',
  },
  OR_646_325_FORMER_TEXT: {
    title: 'Former Or. Rev. Stat. ss 646.315-646.335 (text before renumbering and the 2009 amendment) - one year / 12,000 miles',
    address: 'https://autolemonlawsusa.com/Oregon.asp',
  },
  OR_646A_408_TEXT: {
    title: 'Or. Rev. Stat. ss 646A.400-646A.418 (2021 ORS, section openings) - 646A.406 presumption, 646A.408 informal dispute procedure',
    address:
      'https://law.uslawyerdatabase.com/us-law/2021-oregon-revised-statutes/volume-16-trade-practices-labor-and-employment/title-50-trade-regulations-and-practices/chapter-646a-trade-regulation/warranty-regulation-and-enforcement',
  },
  OR_LEMONLAW_ORG: {
    title: 'lemonlaw.org - Oregon lemon law statutes summary (before / on or after September 21, 2009)',
    address: 'https://lemonlaw.org/statutes/OR',
  },
  OR_SB515_PRESS: {
    title:
      'Salem-News, May 11, 2009 - Oregon Senate votes to strengthen lemon law (SB 515: 24 months / 24,000 miles; four attempts to three; life-threatening defects)',
    address: 'http://salem-news.com/articles/may112009/lemon_law_5-11-09.php',
  },
  OR_OBSERVED_SUMMARY: {
    title:
      'observed.org - Oregon lemon law summary (three attempts, one for a defect likely to cause death or serious bodily injury, 30 business days)',
    address: 'https://observed.org/oregon-lemon-law/',
  },
};
