import type { ReferenceSource } from './reference-source';
import { VERIFIED_AL_ID_SOURCES } from './verified-al-id.sources';
import { VERIFIED_IL_MS_SOURCES } from './verified-il-ms.sources';
import { VERIFIED_MO_OR_SOURCES } from './verified-mo-or.sources';
import { VERIFIED_PA_WY_SOURCES } from './verified-pa-wy.sources';

/**
 * Where each rule-pack value comes from: the public sources of the lemon-law research extract
 * (lemon-law-states, compiled from statutes, official pages and practitioner summaries), carried
 * here so the library never reads the research folder. `LLAZ:<state>` entries are the 2015
 * statute-text snapshot republished by an Arizona firm; it predates later amendments.
 */
export type { ReferenceSource } from './reference-source';

export const REFERENCE_SOURCES: Readonly<Record<string, ReferenceSource>> = {
  // Read for issue 13 (2026-11-28, search tool's stored pages): statute text and official guides.
  GA_OCP_STEP1: {
    title: 'Georgia Department of Law, Consumer Protection - Lemon Law complaint process, Step 1: Reasonable number of repair attempts',
    address: 'http://ocp.georgia.gov/consumer-services/lemon-law-complaint-process/step-1-reasonable-number-of-repair-attempts',
  },
  GA_786_TEXT: {
    title: 'O.C.G.A. s 10-1-786 (text) - Request for arbitration; timing',
    address: 'https://legalfix.com/statutes/state-codes/georgia/title-10/chapter-1/article-28/section-10-1-786',
  },
  GA_785_TEXT: {
    title: 'O.C.G.A. s 10-1-785 (2010 text) - certified informal dispute settlement mechanism',
    address: 'http://www.laws9.com/statutes/georgia/title-10/chapter-1/article-28/10-1-785',
  },
  GA_ELAWS_ART28: {
    title: "Georgia Code Title 10, Ch. 1, Art. 28 (Georgia Lemon Law) with editor's notes: Ga. L. 2008, p. 746, effective January 1, 2009",
    address: 'http://ga.elaws.us/law/10-1|28',
  },
  GA_DOCSTOC_OLD: {
    title: 'New Georgia Laws (consumer FAQ on the former Motor Vehicle Warranty Rights Act: 1 year / 12,000 miles)',
    address: 'http://www.docstoc.com/docs/2386783/New-Georgia-Laws',
  },
  GA_1_3_1: {
    title: 'O.C.G.A. s 1-3-1 - Construction of statutes generally (computation of time, (d)(3))',
    address: 'https://en.wikisource.org/wiki/Official_Code_of_Georgia_Annotated/Title_1/Chapter_3/Section_1',
  },
  FL_104_TEXT: {
    title: 'Fla. Stat. s 681.104 (text, current through the 2024 session) - Nonconformity of motor vehicles',
    address:
      'https://casetext.com/statute/florida-statutes/title-xxxix-commercial-relations/chapter-681-motor-vehicle-sales-warranties/section-681104-nonconformity-of-motor-vehicles',
  },
  NJ_PRESUMPTION_FAQ: {
    title: 'newjerseylemons.com - The New Jersey Lemon Law presumption (N.J.S.A. 56:12-33 paraphrased)',
    address: 'https://www.newjerseylemons.com/lemon-presumption-frequently-asked-questions/',
  },
  NC_3515_TEXT: {
    title: 'N.C. Gen. Stat. s 20-351.5 (official text) - Presumption',
    address: 'http://www.ncga.state.nc.us/EnactedLegislation/Statutes/HTML/BySection/Chapter_20/GS_20-351.5.html',
  },
  MA_7N12_TEXT: {
    title: 'M.G.L. c. 90, s 7N1/2 (official text, definitions) - Defective or malfunctioning new motor vehicles',
    address: 'https://malegislature.gov/Laws/GeneralLaws/PartI/TitleXIV/Chapter90/Section7N1~2',
  },
  MA_201CMR1123: {
    title: '201 CMR 11.23 - Notices to consumers (new vehicles): final repair attempt of no more than seven business days',
    address: 'https://regulations.justia.com/states/massachusetts/201-cmr/title-201-cmr-11-00/section-11-23',
  },
  MI_1403_SUMMARY: {
    title: 'lemonlawlawyers.com - Michigan lemon law (MCL 257.1403): refund or replacement within 30 days after the final repair attempt',
    address: 'https://lemonlawlawyers.com/corporate-lemon-law/',
  },
  TX_606_TEXT: {
    title: 'Tex. Occ. Code s 2301.606 (text) - Conduct of proceedings',
    address: 'https://texas.public.law/statutes/tex._occ._code_section_2301.606',
  },
  CA_AB1755_TEXT: {
    title: 'AB 1755 (2023-2024) bill text - Code Civ. Proc. ss 871.20-871.28',
    address: 'https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=202320240AB1755',
  },
  CA_871_20_TEXT: {
    title: 'Code Civ. Proc. s 871.20 as amended by SB 26 (Stats. 2025, ch. 1), effective April 2, 2025',
    address:
      'https://ca.codecond.com/codes/ccp/part-2-of-civil-actions/title-10-actions-in-particular-cases/chapter-12-actions-for-restitution-for-or-replacement-of-certain-motor-vehicles/section-871.20',
  },
  CA_871_21_TEXT: {
    title: 'Code Civ. Proc. s 871.21 (text) - limitation period and tolling',
    address: 'https://self-law.org/code/ca/code-of-civil-procedure/871-21',
  },
  CA_871_24_TEXT: {
    title: 'Code Civ. Proc. s 871.24 (text) - pre-suit notice and the manufacturer offer',
    address: 'https://california.public.law/codes/code_of_civil_procedure_section_871.24',
  },
  CA_871_26_TEXT: {
    title: 'Code Civ. Proc. s 871.26 (AB 1755 text) - initial disclosures, depositions, mediation',
    address: 'https://leginfo.legislature.ca.gov/faces/billCompareClient.xhtml?bill_id=202320240AB1755&showamends=false',
  },
  AR_CAS: { title: 'Center for Auto Safety - Arkansas Lemon Law (rank 22 of 51)', address: 'http://www.autosafety.org/arkansas' },
  AR_FIND: {
    title: 'findlemonlaw.com - Arkansas Motor Vehicle Quality Assurance Act',
    address: 'https://www.findlemonlaw.com/states/arkansas/the-law/ar-lemon-law-statute/',
  },
  AR_LLINFO: {
    title: 'lemonlawinfo.com - Standards of the Arkansas Lemon Law',
    address: 'https://lemonlawinfo.com/state-resources/arkansas/',
  },
  CA_AB1755_BB: {
    title: 'Bowman and Brooke - California Lemon Law Update: Key Changes Under AB 1755 (Jan 2, 2025)',
    address: 'https://bowmanandbrooke.com/insights/lemon-law-update-ab-1755',
  },
  CA_AB1755_VB: {
    title: 'VulcanBills - CA AB1755 summary (Chapter 938, Statutes of 2024)',
    address: 'https://vulcanbills.com/ca/2023/AB1755',
  },
  CA_CAS: {
    title: 'Center for Auto Safety - California (Qualification / Notice summary)',
    address: 'https://www.testsite.autosafety.org/california/',
  },
  CA_FINDLEMON: {
    title: 'findlemonlaw.com - The California Lemon Law Presumption (1793.22)',
    address: 'https://www.findlemonlaw.com/states/california/the-law/lemon-law-presumption/',
  },
  CA_SB26_NITA: {
    title: "Nita Lemon Law - California's New Procedures for Lemon Law Claims (AB 1755 / SB 26 opt-in)",
    address: 'https://www.nitalemonlaw.com/new-california-procedure-for-lemon-law-claims-explained/?enable_wcag=0',
  },
  CA_USLEGAL: {
    title: 'USLegal - California Lemon Laws (quotes Civ. Code 1793.22(b))',
    address: 'https://automobiles.uslegal.com/lemon-laws/california-lemon-laws/',
  },
  CA_VALERO: {
    title: "Valero Law - AB 1755 / 871.20 & California Lemon Law: What's Changed (old rule: 4 years)",
    address: 'https://www.valerolaw.com/news/2025/9/13/ab-1755-87120-amp-california-lemon-law-whats-changed-amp-what-it-means-for-you',
  },
  CT_CARLEMON: {
    title: 'CarLemon - Connecticut Lemon Law Rights Consumer Guide (compiled by CT AG; 18,000 pre-10/1/1998)',
    address: 'https://www.carlemon.com/state-lemon-law-statutes/connecticut-lemon-law-rights-consumer-guide.html',
  },
  CT_DCP: {
    title: 'Connecticut DCP - The Lemon Law Program (2 years / 24,000 miles)',
    address: 'http://www.ct.gov/dcp/cwp/view.asp?a=1646&Q=276146&PM=1',
  },
  CT_DCP2: {
    title: 'Connecticut DCP - Connecticut Lemon Law Program (portal.ct.gov)',
    address: 'https://portal.ct.gov/dcp/lemon-law?page=2',
  },
  DC_BADCAR: {
    title: 'badcarlawyers.com - Washington D.C. Lemon Law Overview (says 1 year/18,000 - conflicts)',
    address: 'https://badcarlawyers.com/en/resource-center/state-lemon-laws/washington-dc',
  },
  DC_CAS: {
    title: 'Center for Auto Safety - District of Columbia Lemon Law (rank 10 of 51)',
    address: 'https://www.autosafety.org/district-columbia-0/',
  },
  DC_FINDLAW: {
    title: 'FindLaw - District of Columbia Lemon Laws (D.C. Code 50-501 et seq.)',
    address: 'http://statelaws.findlaw.com/dc-law/district-of-columbia-lemon-laws.html',
  },
  DC_LLORG: { title: 'lemonlaw.org - District of Columbia Lemon Law Qualifications', address: 'https://lemonlaw.org/statutes/DC' },
  FL_104: {
    title: 'legalfix - Fla. Stat. s 681.104 Nonconformity of motor vehicles',
    address: 'https://legalfix.com/statutes/state-codes/florida/title-xxxix/chapter-681/section-681-104',
  },
  GA_786: {
    title: 'legalfix - O.C.G.A. s 10-1-786 (application for arbitration)',
    address: 'https://legalfix.com/statutes/state-codes/georgia/title-10/chapter-1/article-28/section-10-1-786',
  },
  GA_CARCOMP: { title: 'CarComplaints.com - Georgia Lemon Law', address: 'https://carcomplaints.com/lemon_law/georgia.shtml' },
  GA_OCP4: {
    title: 'Georgia Office of Consumer Protection - Step 4: Certified Informal Dispute Settlement Program',
    address: 'http://ocp.georgia.gov/consumer-services/lemon-law-complaint-process/step-4-certified-informal-dispute-settlement-program',
  },
  GA_OCP5: {
    title: 'Georgia Office of Consumer Protection - Step 5: State-Operated Arbitration',
    address: 'http://ocp.georgia.gov/consumer-services/lemon-law-complaint-process/step-5-state-operated-arbitration',
  },
  GA_STEP7: {
    title: 'Georgia consumer.ga.gov - Step 7: State-Operated Arbitration (40-day compliance)',
    address: 'http://consumer.ga.gov/consumer-services/lemon-law-complaint-process/mvwra-step-7-state-operated-arbitration',
  },
  IA_BBBCOPY: {
    title: "Copy of BBB 'Standards of the Iowa Lemon Law' summary (lemon law rights period)",
    address: 'https://lemonlaw.digitaloneshops.com/?p=3976',
  },
  IA_PCR: {
    title: 'protectingconsumerrights.com - Iowa Lemon Law',
    address: 'https://protectingconsumerrights.com/lemon-laws/lemon-laws-in-your-state/states/iowa/',
  },
  ID_CARCOMP: { title: 'CarComplaints.com - Idaho Lemon Law', address: 'https://m.carcomplaints.com/lemon_law/idaho.shtml' },
  ID_LLORG: { title: 'lemonlaw.org - Idaho Lemon Law Qualifications', address: 'https://lemonlaw.org/statutes/ID/' },
  KY_USLL: {
    title: 'us-lemonlaw.com - Kentucky lemon law (1 year / 12,000 miles; 4 attempts / 30 days)',
    address: 'https://us-lemonlaw.com/?p=43',
  },
  KY_WIKI: {
    title: 'lemonlaw.wiki - Kentucky Lemon Law (secondary: written notice by certified mail, final repair opportunity)',
    address: 'https://lemonlaw.wiki/kentucky-lemon-law/',
  },
  LA_LLORG: { title: 'lemonlaw.org - Louisiana Lemon Law Qualifications', address: 'https://lemonlaw.org/statutes/LA' },
  LA_STAT: {
    title: 'autolemonlawyer.com - Louisiana Lemon Law Statutes RS 51:1941 - 51:1948',
    address: 'https://autolemonlawyer.com/louisiana/la-lemon-law-statutes',
  },
  'LLAZ:alabama': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/alabama.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/alabama.md',
  },
  'LLAZ:alaska': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/alaska.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/alaska.md',
  },
  'LLAZ:arizona': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/arizona.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/arizona.md',
  },
  'LLAZ:arkansas': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/arkansas.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/arkansas.md',
  },
  'LLAZ:california': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/california.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/california.md',
  },
  'LLAZ:colorado': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/colorado.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/colorado.md',
  },
  'LLAZ:connecticut': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/connecticut.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/connecticut.md',
  },
  'LLAZ:delaware': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/delaware.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/delaware.md',
  },
  'LLAZ:florida': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/florida.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/florida.md',
  },
  'LLAZ:georgia': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/georgia.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/georgia.md',
  },
  'LLAZ:hawaii': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/hawaii.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/hawaii.md',
  },
  'LLAZ:idaho': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/idaho.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/idaho.md',
  },
  'LLAZ:illinois': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/illinois.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/illinois.md',
  },
  'LLAZ:indiana': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/indiana.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/indiana.md',
  },
  'LLAZ:iowa': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/iowa.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/iowa.md',
  },
  'LLAZ:kansas': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/kansas.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/kansas.md',
  },
  'LLAZ:kentucky': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/kentucky.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/kentucky.md',
  },
  'LLAZ:louisiana': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/louisiana.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/louisiana.md',
  },
  'LLAZ:maine': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/maine.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/maine.md',
  },
  'LLAZ:maryland': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/maryland.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/maryland.md',
  },
  'LLAZ:massachusetts': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/massachusetts.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/massachusetts.md',
  },
  'LLAZ:michigan': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/michigan.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/michigan.md',
  },
  'LLAZ:minnesota': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/minnesota.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/minnesota.md',
  },
  'LLAZ:mississippi': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/mississippi.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/mississippi.md',
  },
  'LLAZ:missouri': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/missouri.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/missouri.md',
  },
  'LLAZ:montana': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/montana.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/montana.md',
  },
  'LLAZ:nebraska': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/nebraska.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/nebraska.md',
  },
  'LLAZ:nevada': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/nevada.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/nevada.md',
  },
  'LLAZ:new-hampshire': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/new-hampshire.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/new-hampshire.md',
  },
  'LLAZ:new-jersey': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/new-jersey.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/new-jersey.md',
  },
  'LLAZ:new-mexico': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/new-mexico.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/new-mexico.md',
  },
  'LLAZ:new-york': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/new-york.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/new-york.md',
  },
  'LLAZ:north-carolina': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/north-carolina.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/north-carolina.md',
  },
  'LLAZ:north-dakota': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/north-dakota.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/north-dakota.md',
  },
  'LLAZ:ohio': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/ohio.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/ohio.md',
  },
  'LLAZ:oklahoma': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/oklahoma.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/oklahoma.md',
  },
  'LLAZ:oregon': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/oregon.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/oregon.md',
  },
  'LLAZ:pennsylvania': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/pennsylvania.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/pennsylvania.md',
  },
  'LLAZ:rhode-island': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/rhode-island.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/rhode-island.md',
  },
  'LLAZ:south-carolina': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/south-carolina.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/south-carolina.md',
  },
  'LLAZ:south-dakota': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/south-dakota.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/south-dakota.md',
  },
  'LLAZ:tennessee': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/tennessee.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/tennessee.md',
  },
  'LLAZ:texas': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/texas.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/texas.md',
  },
  'LLAZ:utah': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/utah.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/utah.md',
  },
  'LLAZ:vermont': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/vermont.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/vermont.md',
  },
  'LLAZ:virginia': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/virginia.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/virginia.md',
  },
  'LLAZ:washington': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/washington.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/washington.md',
  },
  'LLAZ:west-virginia': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/west-virginia.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/west-virginia.md',
  },
  'LLAZ:wisconsin': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/wisconsin.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/wisconsin.md',
  },
  'LLAZ:wyoming': {
    title:
      'lemonlawaz/lemonlawaz.github.io - lemonlaws/wyoming.md (statute text as published; file last changed 2015-03, may predate amendments)',
    address: 'https://github.com/lemonlawaz/lemonlawaz.github.io/blob/master/lemonlaws/wyoming.md',
  },
  LL_NOW: {
    title: 'lemon-laws-now.com - The Reasons For State Lemon Law (cross-state comparison)',
    address: 'http://lemon-laws-now.com/Articles/The_Reasons_For_State_Lemon_Law.php',
  },
  MA_LLORG: { title: 'lemonlaw.org - Massachusetts lemon law pamphlet text', address: 'https://lemonlaw.org/statutes/MA' },
  MA_REG: {
    title: '201 CMR 11.02 (Justia Regulations) - requests for state-certified arbitration',
    address: 'https://regulations.justia.com/states/massachusetts/201-cmr/title-201-cmr-11-00/section-11-02',
  },
  MD_CARCOMP: {
    title: 'CarComplaints.com - Maryland Lemon Law (15 months / 15,000 miles)',
    address: 'https://m.carcomplaints.com/lemon_law/maryland.shtml',
  },
  MD_CASETEXT: {
    title: 'Casetext - Md. Code, Com. Law s 14-1501 Definitions (current through 2021 Legislative Session)',
    address:
      'https://casetext.com/statute/code-of-maryland/article-commercial-law/title-14-miscellaneous-consumer-protection-provisions/subtitle-15-automotive-warranty-enforcement-act/section-14-1501-definitions',
  },
  MD_LLORG: { title: 'lemonlaw.org - Maryland lemon law page (24 months / 18,000 miles)', address: 'https://lemonlaw.org/statutes/MD' },
  MD_MLL: { title: 'marylandlemonlaw.org (15,000 miles / 15 months)', address: 'http://marylandlemonlaw.org/index.html' },
  ME_CAS: { title: 'Center for Auto Safety - Maine (Qualification / Notification summary)', address: 'https://www.autosafety.org/maine/' },
  ME_REG: {
    title: '26-239 C.M.R. ch. 106 s 2 (Maine AG Lemon Law arbitration requests; current through 2025-03)',
    address:
      'https://casetext.com/regulation/maine-administrative-code/department-26-department-of-the-attorney-general/division-239-department-of-attorney-general-general/chapter-106-rules-for-administering-state-lemon-law-arbitration/section-239-106-2-arbitration-requests',
  },
  MI_CA: { title: 'ConsumerAffairs - Michigan Lemon Law Summary', address: 'https://www.consumeraffairs.com/lemon_law/mi.html' },
  MI_LEG: {
    title: 'Michigan Legislature - MCL Act 87 of 1986 (Lemon Law) table of sections (am. 1998 Act 486)',
    address: 'https://legislature.mi.gov/Laws/MCL?objectName=MCL-ACT-87-OF-1986',
  },
  MI_LEGALFIX: {
    title: "LegalFix - MI Comp L s 257.1401 (2019) Definitions ('consumer' purchases or leases; lessee/lessor defined)",
    address: 'https://legalfix.com/statutes/state-codes/michigan/chapter-257/statute-act-87-of-1986/section-257-1401',
  },
  MI_LLL: {
    title: 'lemonlawlawyers.com - Corporate Lemon Law / Michigan Lemon Law 101',
    address: 'https://lemonlawlawyers.com/corporate-lemon-law/',
  },
  MI_LLORG: {
    title: 'lemonlaw.org - MI Lemon Law Statutes (used vehicles transferred during express warranty covered)',
    address: 'https://lemonlaw.org/statutes/MI/',
  },
  MI_SOS: {
    title:
      'Michigan Secretary of State - Lemon Law (leases after Jan 1, 2000 covered; written report to manufacturer; may be required to arbitrate)',
    address: 'https://www.michigan.gov/sos/0,4670,7-127-96435_1611-23885--,00.html',
  },
  MN_CA: { title: 'ConsumerAffairs - Minnesota Lemon Law Summary', address: 'https://www.consumeraffairs.com/lemon_law/mn.html' },
  MN_DMV: { title: 'DMV.org - Lemon Law in Minnesota', address: 'https://www.dmv.org/mn-minnesota/automotive-law/lemon-law.php' },
  NCLC_FL: {
    title: 'Lemon Law Experts - FLORIDA Lemon Law (NCLC-style statutory summary)',
    address: 'https://lemonlawexperts.com/states-we-serve/florida-lemon-law/',
  },
  NCLC_MI: {
    title: 'Lemon Law Experts - Michigan Lemon Law (NCLC-style statutory summary)',
    address: 'https://lemonlawexperts.com/states-we-serve/michigan-lemon-law/',
  },
  NCLC_TX: {
    title: 'Lemon Law Experts - TEXAS Lemon Law (NCLC-style statutory summary)',
    address: 'https://lemonlawexperts.com/states-we-serve/texas-lemon-law/',
  },
  NCLC_WI: {
    title: 'Lemon Law Experts - Wisconsin Lemon Law (NCLC-style statutory summary)',
    address: 'https://lemonlawexperts.com/states-we-serve/wisconsin-lemon-law/',
  },
  NJ_CARCOMP: { title: 'CarComplaints.com - New Jersey Lemon Law', address: 'https://m.carcomplaints.com/lemon_law/new_jersey.shtml' },
  NJ_GUIDE: {
    title: "Copy of N.J. Division of Consumer Affairs 'Your Road to Relief' Lemon Law Unit guide (03/12)",
    address: 'https://jamesrqclark.com/consumer-reports-manual-transmission-cars-4383',
  },
  NJ_LEGALCLARITY: {
    title: 'LegalClarity - New Jersey Lemon Law Statute of Limitations',
    address: 'https://legalclarity.org/new-jersey-lemon-law-statute-of-limitations',
  },
  NJ_LLORG: { title: 'lemonlaw.org - NJ Lemon Law Statutes / qualifications', address: 'https://lemonlaw.org/statutes/NJ/' },
  NJ_MYLEMON: {
    title: 'mylemon.com - New Jersey improves lemon law consumer notification (2009)',
    address: 'https://www.mylemon.com/blog/2009/12/new-jersey-improves-lemon-law-consumer-notification.html',
  },
  NY_198A: {
    title: 'statutes.laws.com - N.Y. Gen. Bus. Law s 198-a (Warranties)',
    address: 'https://statutes.laws.com/new-york/gbs/article-11-a/198-a',
  },
  NY_AG: {
    title: 'NY Attorney General - New car lemon law: A guide for consumers',
    address: 'http://nyag.pressoffice@ag.ny.gov/publications/new-car-lemon-law-guide',
  },
  OH_1345_73: {
    title: 'Ohio Revised Code s 1345.73 - Presumption of reasonable number of attempts (codes.ohio.gov; amended eff. 9/29/2011)',
    address: 'https://codes.ohio.gov/ohio-revised-code/section-1345.73',
  },
  OH_BBB: {
    title: "BBB National Programs - What to Know About Ohio's Lemon Law (Oct 15, 2024)",
    address: 'https://bbbprograms.org/media-center/bd/insights/2024/10/15/ohio-lemon-law',
  },
  OH_KAHN: {
    title: 'Kahn & Associates - Ohio Lemon Law Statute summary',
    address: 'https://www.kahnandassociates.com/learning-center/ohio-lemon-law-statute/',
  },
  OH_ORC: { title: 'Ohio Revised Code s 1345.75 (codes.ohio.gov; effective 09-15-1999)', address: 'http://codes.ohio.gov/orc/1345.75' },
  PA_BBB: {
    title: 'BBB AUTO LINE - Pennsylvania Lemon Law Summary',
    address: 'https://bbbprograms.org:443/programs/all-programs/bbb-autoline/lemon-laws-by-state/pennsylvania',
  },
  PA_CAS: {
    title: 'Center for Auto Safety - Pennsylvania (Qualification / Notification summary)',
    address: 'https://www.testsite.autosafety.org/pennsylvania/',
  },
  PA_CONSUMERAFFAIRS: {
    title: 'ConsumerAffairs - Consumer Guide to the Pennsylvania Lemon Law',
    address: 'https://www.consumeraffairs.com/lemon_law/pa.html',
  },
  PA_LEGALCLARITY: {
    title: 'LegalClarity - What Is the PA Lemon Law Statute of Limitations? (says 4 years from delivery)',
    address: 'https://legalclarity.org/what-is-the-pa-lemon-law-statute-of-limitations',
  },
  PA_MDWCG: {
    title:
      'Marshall Dennehey (Martindale) - No Limitation on Statute Of Limitations for Pennsylvania Lemon Law & Breach of Warranty Cases (Dec 2009)',
    address: 'https://www.martindale.com/automotive/article_Marshall-Dennehey-Warner-Coleman-Goggin_614958.htm',
  },
  TN_55_24_201: {
    title: 'Tenn. Code s 55-24-201 - Definitions ((5) "term of protection")',
    address: 'http://newcarbuyingguide.com/articles/automotive-law/lemon-laws-by-state/tennessee-lemon-law',
  },
  TN_55_24_205: {
    title: 'Tenn. Code s 55-24-205 - Presumptions; term of protection; notice to manufacturer (numbered 55-24-105 on this copy)',
    address:
      'https://getpocketlaw.com/law/state_tennessee/section-55-24-105-presumptions-term-of-protection-notice-to-manufacturer_c2a5a4000f2f',
  },
  TX_101Q: {
    title: 'texaslemon.com - 101 Texas Lemon Law Questions (written-notice requirement)',
    address: 'https://www.texaslemon.com/101-texas-lemon-law-questions.html',
  },
  TX_605: {
    title: 'FindLaw Codes - Tex. Occ. Code s 2301.605 (current as of Jan 1, 2024)',
    address: 'https://codes.findlaw.com/tx/occupations-code/occ-sect-2301-605/',
  },
  TX_606: {
    title: 'texas.public.law - Tex. Occ. Code s 2301.606 Conduct of Proceedings',
    address: 'https://texas.public.law/statutes/tex._occ._code_section_2301.606',
  },
  UT_CARCOMP: { title: 'CarComplaints.com - Utah Lemon Law', address: 'https://m.carcomplaints.com/lemon_law/utah.shtml' },
  UT_CARLEMON: { title: 'CarLemon - Utah Lemon Law (13-20-2 - 13-20-8)', address: 'https://carlemon.com/utah-lemon-law.html' },
  UT_LLINFO: { title: 'lemonlawinfo.com - Standards of the Utah Lemon Law', address: 'https://lemonlawinfo.com/state-resources/utah/' },
  VA_CAS: {
    title: 'Center for Auto Safety - Virginia (Qualification / Notification summary)',
    address: 'https://www.testsite.autosafety.org/virginia/',
  },
  WA_ATG: { title: 'Washington AG - Requesting Arbitration (records needed)', address: 'https://atg.wa.gov/requesting-arbitration-0' },
  WA_ATG2: {
    title: 'Washington AG - Submitting your Request for Arbitration (30 month deadline)',
    address: 'http://atg.wa.gov/submitting-your-request-arbitration',
  },
  WA_WAC: {
    title: 'WAC 44-10-031 - Effect of request for arbitration filing (30-month period)',
    address: 'http://app.leg.wa.gov/WAC/default.aspx?cite=44-10-031',
  },
  WI_AUTOLEMON: {
    title: 'autolemonlawsusa.com - Wisconsin Lemon Law (30 calendar days; 4 times)',
    address: 'https://autolemonlawsusa.com/Wisconsin.asp',
  },
  WI_BAR2: {
    title: 'State Bar of Wisconsin column (wnanews, Dec 2024) - Part II (30-day refund / 45-day replacement)',
    address: 'https://wnanews.com/2024/12/17/what-to-do-when-your-new-car-becomes-a-nightmare-part-ii',
  },
  WI_LAWTON: {
    title: 'LawtonCates - Lemon Law Frequently Asked Questions (3 years from purchase)',
    address: 'https://www.lawtoncates.com/blog/lemon-law-frequently-asked-questions/',
  },
  WI_REVISED: {
    title: "wilaw.com - Wisconsin's Lemon Law Statute Has Been Revised (double damages eliminated)",
    address: 'https://wilaw.com/wisconsins-lemon-law-statute-revised/amp',
  },
  // Seeds: BMW warranty and customer-assistance booklets (2004-2008) the product was specified from.
  BMW_BOOKLETS: {
    title: 'BMW warranty and customer assistance booklets (2004-2008): BBB AUTO LINE rules, Cal. Civ. Code 1793.22(b) text, warranty terms',
    address: 'project seed documents',
  },
  // BBB AUTO LINE / 16 CFR Part 703 research extract (bbb-autoline).
  BBB_RULES: {
    title: 'Council of Better Business Bureaus - How BBB AUTO LINE Works - For All States Except California',
    address:
      'http://www.bbb.org/council/programs-services/dispute-handling-and-resolution/bbb-auto-line/bbb-auto-lines-process/description-and-rules-all-states-except-california/',
  },
  CFR703_2: {
    title: 'GPO - 16 CFR 703.2 Duties of warrantor (rev. Jan 1 2003)',
    address: 'http://edocket.access.gpo.gov/cfr_2003/16cfr703.2.htm',
  },
  // Statute texts read per group of jurisdictions (issue 13 §3).
  ...VERIFIED_AL_ID_SOURCES,
  ...VERIFIED_IL_MS_SOURCES,
  ...VERIFIED_MO_OR_SOURCES,
  ...VERIFIED_PA_WY_SOURCES,
};
