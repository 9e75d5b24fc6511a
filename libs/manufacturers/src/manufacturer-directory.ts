/**
 * The manufacturer directory: where a written notice goes, whom to call, whether the warranty
 * discloses the direct-notice requirement, and which informal dispute program the maker uses in
 * which states. Pure, versioned data: every value carries its confidence and its sources, and
 * the facts are carried from the sources into this file (the project never reads the research
 * folder at run time).
 */

/** H = the manufacturer's own booklet text, corroborated; M = one source; L = inferred or not established. */
export type DirectoryConfidence = 'H' | 'M' | 'L';

export interface DirectorySourced<T> {
  value: T;
  confidence: DirectoryConfidence;
  /** Keys of DIRECTORY_SOURCES. */
  sources: readonly string[];
  note?: string;
}

export interface PostalAddress {
  /** Addressee lines, in order (company, department, P.O. box or street). */
  lines: readonly string[];
  city: string;
  /** Full state name as the source prints it (letters use it verbatim). */
  state: string;
  stateCode: string;
  postalCode: string;
}

export interface ParticipatingStatesEdition {
  /** Stable id of the booklet edition or page the list comes from. */
  editionId: string;
  title: string;
  /** Model years the source itself covers. */
  modelYears: { from: number; to: number };
  states: DirectorySourced<readonly string[]>;
}

export interface DisputeProgramEntry {
  /** Matches the case events' program code. */
  program: 'BBB_AUTO_LINE';
  name: string;
  address: DirectorySourced<PostalAddress>;
  phone: DirectorySourced<string>;
  /** The claim-filing window the booklet states. */
  filingWindow: DirectorySourced<string>;
  participatingStates: readonly ParticipatingStatesEdition[];
}

export interface ManufacturerEntry {
  /** Stable id used in URLs and on cases (`manufacturerId`). */
  id: string;
  name: string;
  /** Makes and names that refer to this entry (case-insensitive), for matching free text. */
  aliases: readonly string[];
  noticeAddress: DirectorySourced<PostalAddress>;
  customerRelationsPhone: DirectorySourced<string>;
  /** Whether the warranty clearly and conspicuously tells owners to notify the manufacturer directly (Cal. Civ. Code 1793.22(b)(3)). */
  noticeRequirementDisclosed: DirectorySourced<boolean>;
  disputeProgram: DisputeProgramEntry;
  /**
   * CA: whether the manufacturer elected the Code Civ. Proc. 871.20 et seq. (AB 1755) procedure
   * (871.29; the DCA publishes the list each December). Absent = not established; a case's own
   * record (Ab1755ElectionRecorded) takes precedence.
   */
  ab1755Election?: DirectorySourced<{ elected: boolean; electedOn?: string }>;
}

export interface DirectorySource {
  title: string;
  where: string;
}

export const DIRECTORY_SOURCES: Readonly<Record<string, DirectorySource>> = {
  'BMW-2007-SAV': {
    title: 'BMW 2007 SAV Service and Warranty Information booklet: Customer Assistance - Notification; BBB Auto Line',
    where: 'booklet pp. 23-24 (seed 000)',
  },
  'BMW-2005-X3': {
    title: 'BMW 2005 X3 SAV Service and Warranty Information booklet: Customer Assistance - Notification; BBB Auto Line',
    where: 'booklet pp. 21-23 (seed 001)',
  },
  'BMW-2008': {
    title: 'BMW 2008 models warranty booklet: BBB AUTO LINE, California Residents, item 7 (notice address)',
    where: 'booklet p. 23 (seed 002)',
  },
  'BBB-LASV': {
    title: 'BBB Southern Nevada, BBB AUTO LINE page: national vs state-by-state participants',
    where: 'https://bbblasv.org/bbb-auto-line/',
  },
};

const BMW_NOTICE_ADDRESS: PostalAddress = {
  lines: ['BMW of North America, LLC', 'Customer Relations and Services Department', 'P.O. Box 1227'],
  city: 'Westwood',
  state: 'New Jersey',
  stateCode: 'NJ',
  postalCode: '07675-1227',
};

const BBB_AUTO_LINE_ADDRESS: PostalAddress = {
  lines: ['BBB AUTO LINE', '4200 Wilson Boulevard, Suite 800'],
  city: 'Arlington',
  state: 'Virginia',
  stateCode: 'VA',
  postalCode: '22203',
};

const BMW_BOOKLETS = ['BMW-2007-SAV', 'BMW-2005-X3', 'BMW-2008'];

export const BMW: ManufacturerEntry = {
  id: 'bmw',
  name: 'BMW of North America, LLC',
  aliases: ['BMW', 'BMW of North America', 'BMW of North America, LLC', 'BMW NA'],
  noticeAddress: {
    value: BMW_NOTICE_ADDRESS,
    confidence: 'H',
    sources: BMW_BOOKLETS,
    note: 'Every booklet prints the same address for written notice of an alleged defect.',
  },
  customerRelationsPhone: { value: '1-800-831-1117', confidence: 'H', sources: BMW_BOOKLETS },
  noticeRequirementDisclosed: {
    value: true,
    confidence: 'H',
    sources: ['BMW-2007-SAV', 'BMW-2005-X3'],
    note: '"YOU SHOULD SEND WRITTEN NOTIFICATION DIRECTLY TO BMW OF NORTH AMERICA OF THE EXISTENCE OF AN ALLEGED DEFECT."',
  },
  disputeProgram: {
    program: 'BBB_AUTO_LINE',
    name: 'BBB AUTO LINE',
    address: { value: BBB_AUTO_LINE_ADDRESS, confidence: 'H', sources: ['BMW-2007-SAV', 'BMW-2005-X3'] },
    phone: { value: '1-800-955-5100', confidence: 'H', sources: ['BMW-2007-SAV', 'BMW-2005-X3'] },
    filingWindow: {
      value: 'Claims must be filed with BBB AUTO LINE within six (6) months after the expiration of the warranty.',
      confidence: 'H',
      sources: ['BMW-2007-SAV', 'BMW-2005-X3'],
      note: 'Stated under "California Residents".',
    },
    participatingStates: [
      {
        editionId: 'bmw-2005-x3-booklet',
        title: 'BMW 2005 X3 SAV warranty booklet',
        modelYears: { from: 2005, to: 2005 },
        states: { value: ['AR', 'CA', 'ID', 'IA', 'GA', 'MN', 'PA'], confidence: 'H', sources: ['BMW-2005-X3'] },
      },
      {
        editionId: 'bmw-2007-sav-booklet',
        title: 'BMW 2007 SAV warranty booklet',
        modelYears: { from: 2007, to: 2007 },
        states: {
          value: ['AR', 'CA', 'GA', 'ID', 'IA', 'KY', 'MD', 'MA', 'MN', 'PA', 'OH', 'VA'],
          confidence: 'H',
          sources: ['BMW-2007-SAV'],
        },
      },
      {
        editionId: 'bbb-participants-page',
        title: 'BBB AUTO LINE participants page (current; BMW, MINI and Rolls-Royce state by state)',
        modelYears: { from: 2020, to: 9999 },
        states: {
          value: ['AR', 'CA', 'GA', 'KY', 'IA', 'ID', 'MA', 'MD', 'MN', 'PA', 'VA'],
          confidence: 'M',
          sources: ['BBB-LASV'],
          note: 'A program page, not a booklet: which model years it covers is not stated; taken as current.',
        },
      },
    ],
  },
};

/** Bump when an entry changes; results that used the directory report it. */
export const MANUFACTURER_DIRECTORY_VERSION = '2026-11-28.1';

export const MANUFACTURER_DIRECTORY: readonly ManufacturerEntry[] = [BMW];

export function manufacturerById(id: string): ManufacturerEntry | undefined {
  return MANUFACTURER_DIRECTORY.find((m) => m.id === id.toLowerCase());
}

/** The entry whose name or alias is exactly this free text (case and spacing ignored). */
export function manufacturerByName(name: string): ManufacturerEntry | undefined {
  const wanted = name.trim().replace(/\s+/g, ' ').toLowerCase();
  return MANUFACTURER_DIRECTORY.find((m) => [m.name, ...m.aliases].some((a) => a.toLowerCase() === wanted));
}

export interface ParticipationAnswer {
  participates: boolean;
  states: readonly string[];
  edition: ParticipatingStatesEdition;
  confidence: DirectoryConfidence;
  /** How the edition was chosen for this model year, in words. */
  basis: string;
}

/**
 * Whether the program takes claims from `stateCode` for a vehicle of `modelYear`. The edition
 * covering the model year is used; a model year no edition covers takes the newest edition of
 * an earlier year (else the oldest one), at low confidence.
 */
export function programParticipation(entry: ManufacturerEntry, stateCode: string, modelYear: number): ParticipationAnswer {
  const editions = [...entry.disputeProgram.participatingStates].sort((a, b) => a.modelYears.from - b.modelYears.from);
  const covering = editions.find((e) => modelYear >= e.modelYears.from && modelYear <= e.modelYears.to);
  const earlier = editions.filter((e) => e.modelYears.from <= modelYear);
  const edition = covering ?? earlier[earlier.length - 1] ?? editions[0];
  const states = edition.states.value;
  const basis = covering
    ? `${edition.title} covers model year ${modelYear}`
    : `no edition covers model year ${modelYear}; the nearest (${edition.title}) was used`;
  return {
    participates: states.includes(stateCode.toUpperCase()),
    states,
    edition,
    confidence: covering ? edition.states.confidence : 'L',
    basis,
  };
}

/** One line of an address block, e.g. "Westwood, New Jersey 07675-1227". */
export function cityLine(address: PostalAddress): string {
  return `${address.city}, ${address.state} ${address.postalCode}`;
}

export function addressLines(address: PostalAddress): string[] {
  return [...address.lines, cityLine(address)];
}
