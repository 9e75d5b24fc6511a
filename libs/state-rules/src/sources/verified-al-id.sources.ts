import type { ReferenceSource } from './reference-source';

/** Statute texts and official pages read to verify AL, AK, AZ, AR, CO, CT, DE, DC, HI, ID (issue 13 §3; table in verification/al-id.md). */
export const VERIFIED_AL_ID_SOURCES: Readonly<Record<string, ReferenceSource>> = {
  // Read on 2026-11-28 with the search tool's stored copies (none fetched live); the copy's own date is in the title.
  AL_8_20A_3_TEXT: {
    title:
      'Ala. Code s 8-20A-3 (text, undated copy) - Cause of action against manufacturer: certified-mail notice, final opportunity, informal procedure',
    address: 'https://statutes.laws.com/alabama/Title8/Chapter20A/8-20A-3',
  },
  AK_45_45_310_TEXT: {
    title: 'Alaska Stat. s 45.45.310 (2019 text, Justia) - Notice by owner; final attempt within 30 days after receipt',
    address: 'https://law.justia.com/codes/alaska/2019/title-45/chapter-45/article-6/section-45-45-310/index.html',
  },
  AK_45_45_355_SUMMARY: {
    title: 'findlemonlaw.com - AG-approved arbitration in Alaska (AS 45.45.355), article updated 2026-05-26 (summary, not the text)',
    address: 'https://www.findlemonlaw.com/states/alaska/process/manufacturer-arbitration/',
  },
  AZ_44_1262_TEXT: {
    title: 'Ariz. Rev. Stat. s 44-1262 (text, LawServer) - New motor vehicle; repair during express warranty or two years or 24,000 miles',
    address: 'https://www.lawserver.com/law/state/arizona/az-laws/arizona_laws_44-1262',
  },
  AR_4_90_403_TEXT: {
    title:
      'Ark. Code Ann. s 4-90-403 (text, undated copy) - Definitions, incl. (1) "calendar day" means any day other than a legal holiday',
    address: 'https://lemon-check.net/states/lemon-check-arkansas.html',
  },
  AR_4_90_404_TEXT: {
    title: 'Ark. Code Ann. s 4-90-404 (text, getpocketlaw) - Notice by consumer; disclosure by manufacturer, agent, or dealer',
    address:
      'https://getpocketlaw.com/law/state_arkansas/section-4-90-404-notice-by-consumer-disclosure-by-manufacturer-agent-or-dealer_9fa3a8ff3dd3',
  },
  AR_4_90_406_TEXT: {
    title: 'Ark. Code Ann. s 4-90-406 (text, undated copy) - Failure to make required repairs: notice, final attempt, 10 + 10 days',
    address: 'http://www.laws9.com/statutes/arkansas/title-4/subtitle-7/chapter-90/subchapter-4/4-90-406',
  },
  AR_4_90_410_TEXT: {
    title: 'Ark. Code Ann. s 4-90-410 (text, FindLaw, current as of 2024-03-28) - Rebuttable presumption',
    address: 'https://codes.findlaw.com/ar/title-4-business-and-commercial-law/ar-code-sect-4-90-410/',
  },
  AR_4_90_414_TEXT: {
    title: 'Ark. Code Ann. s 4-90-414 (text, instalawyer) - Informal proceeding as precedent',
    address: 'https://instalawyer.io/laws/arkansas-code/4-90-414-informal-proceeding-as',
  },
  CO_SB24_192_ABSTRACT: {
    title:
      'Colorado SB 24-192 (Motor Vehicle Lemon Law), signed 2024-06-06: act abstract (3 attempts, 2 for a safety-based nonconformity, 24 business days, 2 years/24,000 miles, 10 business days to cure)',
    address: 'https://open.pluralpolicy.com/co/bills/2024A/SB24-192',
  },
  CO_SB24_192_AMENDMENTS: {
    title:
      'Colorado SB 24-192 - Senate committee amendments (safety-based nonconformity definition; TWENTY-FOUR days; TWO-YEAR period; notice contents)',
    address: 'https://www.statebillinfo.com/sbi/index.cfm?bill=SB24-192&fuseaction=Public.AmendLink',
  },
  CO_SB24_192_ENROLLED: {
    title: 'Colorado SB 24-192, enrolled version filed 2024-05-16 (only the opening sections were readable in the stored copy)',
    address: 'https://app.legiplex.com/co/legislature/2024/2024-r/bills/sb192/drafts-latest',
  },
  CO_42_10_2025: {
    title:
      'Colo. Rev. Stat. 42-10-101 to 42-10-110 as amended (autopedia copy dated 2025-06-11): "Amended by 2024 Ch. 450, s 1, eff. 8/7/2024, app. to motor vehicles sold or leased on or after 8/7/2024"',
    address: 'https://www.autopedia.com/html/LemonLaw/CO_lemonlaw2.html',
  },
  CT_42_179_2018: {
    title: 'Conn. Gen. Stat. s 42-179 (2018 text, Justia) - subsections (a) to (c): 2 years / 24,000 miles; notice only if disclosed',
    address: 'https://law.justia.com/codes/connecticut/2018/title-42/chapter-743b/section-42-179/index.html',
  },
  DE_5004_TEXT: {
    title: 'Del. Code tit. 6, s 5004 (text, instalawyer) - Presumptions',
    address: 'https://instalawyer.io/laws/delaware-code/5004-presumptions',
  },
  DE_AG_LEMON: {
    title:
      'Delaware Department of Justice, Consumer Protection Unit - Delaware Lemon Law (informal dispute procedures need an annual CPU certificate)',
    address: 'https://attorneygeneral.delaware.gov/fraud/cpu/delaware-lemon-law/',
  },
  DC_50_502_TEXT: {
    title: "D.C. Code s 50-502 (text, undated copy) - Consumer's remedy for defective vehicles, subsections (a) and (b)",
    address: 'https://yourlemonlawrights.com/washington-dc-lemon-law-statutes',
  },
  DC_50_507_TEXT: {
    title:
      'D.C. Code s 50-507 (text, undated copy mislabelled "Delaware") - Other rights or remedies; limitations on actions: 4 years from original delivery',
    address: 'http://lemonlaw.taragana.net/delaware-lemon-law-statute.html',
  },
  DC_BOARD_SUMMARY: {
    title:
      'findlemonlaw.com - The D.C. Board of Consumer Claims Arbitration (ss 50-502, 50-503, 50-507), article updated 2026-05-27 (summary)',
    address: 'https://www.findlemonlaw.com/states/dc/process/board-of-consumer-claims-arbitration/',
  },
  HI_481I_2_TEXT: {
    title: 'Haw. Rev. Stat. s 481I-2 (text, undated copy) - Definitions: "business day", "lemon law rights period"',
    address: 'http://www.yourlemonlawrights.com/hawaii-lemon-law-statutes',
  },
  HI_481I_3_TEXT: {
    title: 'Haw. Rev. Stat. s 481I-3(a) (text, LawServer) - written report of the nonconformity during the lemon law rights period',
    address: 'https://lawserver.com/law/state/hawaii/hi-statutes/hawaii_statutes_481i-3',
  },
  ID_48_903_TEXT: {
    title:
      "Idaho Code s 48-903 (official site; only subsection (1) readable in the stored copy) - Manufacturer's duty to refund or replace",
    address: 'https://legislature.idaho.gov/statutesrules/idstat/Title48/T48CH9/SECT48-903',
  },
};
