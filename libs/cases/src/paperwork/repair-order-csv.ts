/**
 * Reading a repair-order CSV into rows the domain can decide: encoding, BOM, delimiter, header
 * aliases, dates (YYYY-MM-DD or MM/DD/YYYY), mileage with thousands separators, outcomes in the
 * words dealers use. Every problem is reported with its row (1-based data row), column and message.
 */
import { parse } from 'csv-parse/sync';
import type { RepairOutcome } from '@lemon/domain';

export const MAX_IMPORT_ROWS = 10_000;

export type ImportField = 'repairOrderNumber' | 'dealer' | 'dateIn' | 'dateOut' | 'mileageIn' | 'mileageOut' | 'defects' | 'outcome';

/** Header names accepted for each field (compared without case, spaces or punctuation). Documented in the README. */
export const HEADER_ALIASES: Readonly<Record<ImportField, readonly string[]>> = {
  repairOrderNumber: [
    'RO',
    'RO #',
    'RO No',
    'RO Number',
    'Repair Order',
    'Repair Order #',
    'Repair Order Number',
    'Repair Order No',
    'Invoice',
    'Invoice #',
  ],
  dealer: ['Dealer', 'Dealership', 'Servicing Dealer', 'Repair Facility', 'Facility', 'Shop'],
  dateIn: ['Date In', 'In Date', 'Date Opened', 'Opened', 'Open Date', 'RO Date', 'Arrival Date', 'Date'],
  dateOut: ['Date Out', 'Out Date', 'Date Closed', 'Closed', 'Close Date', 'Completed', 'Completion Date'],
  mileageIn: ['Odometer In', 'Mileage In', 'Miles In', 'Odometer', 'Mileage', 'Miles', 'Odo In'],
  mileageOut: ['Odometer Out', 'Mileage Out', 'Miles Out', 'Odo Out'],
  defects: ['Defect', 'Defects', 'Nonconformity', 'Nonconformities', 'Nonconformity Id', 'Defect Id', 'Complaint', 'Concern', 'Problem'],
  outcome: ['Outcome', 'Result', 'Status', 'Repair Status', 'Disposition'],
};

const REQUIRED: readonly ImportField[] = ['dateIn', 'mileageIn', 'defects', 'outcome'];

/** Outcome words dealers write, mapped to the case's outcomes. */
const OUTCOME_WORDS: Readonly<Record<string, RepairOutcome>> = {
  notfixed: 'not_fixed',
  unresolved: 'not_fixed',
  unrepaired: 'not_fixed',
  failed: 'not_fixed',
  stillexists: 'not_fixed',
  fixed: 'fixed',
  repaired: 'fixed',
  resolved: 'fixed',
  corrected: 'fixed',
  noproblemfound: 'no_problem_found',
  npf: 'no_problem_found',
  couldnotduplicate: 'no_problem_found',
  cnd: 'no_problem_found',
  couldnotverify: 'no_problem_found',
  partsonorder: 'parts_on_order',
  awaitingparts: 'parts_on_order',
  waitingforparts: 'parts_on_order',
};

const key = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9#]/g, '')
    .replace(/#/g, 'no');

export interface RowProblem {
  row: number;
  column?: string;
  message: string;
}

export interface ParsedRepairOrderRow {
  row: number;
  /** Line in the file where the record starts (quoted newlines make it differ from row + 1). */
  line: number;
  repairOrderNumber?: string;
  dealer?: string;
  dateIn: string;
  dateOut?: string;
  mileageIn: number;
  mileageOut?: number;
  defects: string[];
  outcome: RepairOutcome;
}

export interface ParsedRepairOrderFile {
  rows: ParsedRepairOrderRow[];
  problems: RowProblem[];
  columns: Partial<Record<ImportField, string>>;
  ignoredColumns: string[];
  skippedEmptyRows: number[];
  delimiter: string;
}

/** Thrown for a file that cannot be read at all (encoding, structure, size): a 400. */
export class UnreadableImportFile extends Error {
  constructor(
    message: string,
    readonly field = 'file',
  ) {
    super(message);
    this.name = 'UnreadableImportFile';
  }
}

function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableImportFile('the file is not valid UTF-8 text: save it as "CSV UTF-8" and upload it again');
  }
}

/** The delimiter of the header line: the most frequent of comma, semicolon and tab outside quotes. */
function detectDelimiter(text: string): string {
  const header =
    text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .find((l) => l.trim() !== '') ?? '';
  const unquoted = header.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, unquoted.split(d).length - 1] as const).sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ',';
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function parseDate(value: string): string | undefined {
  let y: number, m: number, d: number;
  const iso = ISO.exec(value);
  const us = US.exec(value);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (us) [m, d, y] = [Number(us[1]), Number(us[2]), Number(us[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function parseMileage(value: string): number | undefined {
  const cleaned = value.replace(/[,\s]/g, '').replace(/(mi|miles)$/i, '');
  if (!/^\d{1,7}$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

export function parseRepairOrderCsv(bytes: Buffer): ParsedRepairOrderFile {
  if (bytes.length === 0) throw new UnreadableImportFile('the file is empty');
  const text = decode(bytes);
  const delimiter = detectDelimiter(text);
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      trim: true,
      info: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    throw new UnreadableImportFile(`the file is not readable CSV: ${(error as Error).message}`);
  }
  const isEmpty = (r: string[]) => r.every((c) => c.trim() === '');
  const headerIndex = records.findIndex((r) => !isEmpty(r.record));
  if (headerIndex < 0) throw new UnreadableImportFile('the file has no header row');
  const header = records[headerIndex].record;
  const columns: Partial<Record<ImportField, string>> = {};
  const index: Partial<Record<ImportField, number>> = {};
  const ignoredColumns: string[] = [];
  header.forEach((name, i) => {
    const field = (Object.keys(HEADER_ALIASES) as ImportField[]).find(
      (f) => index[f] === undefined && HEADER_ALIASES[f].some((alias) => key(alias) === key(name)),
    );
    if (field) {
      index[field] = i;
      columns[field] = name;
    } else ignoredColumns.push(name);
  });
  const absent = REQUIRED.filter((f) => index[f] === undefined);
  if (absent.length > 0) {
    throw new UnreadableImportFile(
      `the header row lacks ${absent.map((f) => `${f} (one of: ${HEADER_ALIASES[f].join(', ')})`).join('; ')}`,
      'header',
    );
  }
  const data = records.slice(headerIndex + 1);
  const nonEmpty = data.filter((r) => !isEmpty(r.record)).length;
  if (nonEmpty > MAX_IMPORT_ROWS)
    throw new UnreadableImportFile(`the file has ${nonEmpty} rows; at most ${MAX_IMPORT_ROWS} are imported at once`);
  const rows: ParsedRepairOrderRow[] = [];
  const problems: RowProblem[] = [];
  const skippedEmptyRows: number[] = [];
  data.forEach(({ record, info }, i) => {
    const row = i + 1;
    if (isEmpty(record)) {
      skippedEmptyRows.push(row);
      return;
    }
    const cell = (f: ImportField): string => (index[f] === undefined ? '' : (record[index[f]!] ?? '').trim());
    const problem = (f: ImportField, message: string) => problems.push({ row, column: columns[f], message });
    if (record.length > header.length && record.slice(header.length).some((c) => c.trim() !== '')) {
      problems.push({ row, message: `the row has ${record.length} cells but the header has ${header.length}` });
    }
    const dateIn = parseDate(cell('dateIn'));
    if (!dateIn)
      problem('dateIn', cell('dateIn') === '' ? 'date in is required' : `"${cell('dateIn')}" is not a date (use YYYY-MM-DD or MM/DD/YYYY)`);
    const dateOutText = cell('dateOut');
    const dateOut = dateOutText === '' ? undefined : parseDate(dateOutText);
    if (dateOutText !== '' && !dateOut) problem('dateOut', `"${dateOutText}" is not a date (use YYYY-MM-DD or MM/DD/YYYY)`);
    const mileageIn = parseMileage(cell('mileageIn'));
    if (mileageIn === undefined)
      problem('mileageIn', cell('mileageIn') === '' ? 'odometer in is required' : `"${cell('mileageIn')}" is not a whole number of miles`);
    const mileageOutText = cell('mileageOut');
    const mileageOut = mileageOutText === '' ? undefined : parseMileage(mileageOutText);
    if (mileageOutText !== '' && mileageOut === undefined) problem('mileageOut', `"${mileageOutText}" is not a whole number of miles`);
    const defects = cell('defects')
      .split(/[;|\n]/)
      .map((d) => d.trim())
      .filter((d) => d !== '');
    if (defects.length === 0) problem('defects', 'at least one defect (its id or description) is required');
    const outcome = OUTCOME_WORDS[key(cell('outcome'))];
    if (!outcome)
      problem(
        'outcome',
        cell('outcome') === ''
          ? 'outcome is required'
          : `"${cell('outcome')}" is not an outcome (not fixed, fixed, no problem found, parts on order, or a listed synonym)`,
      );
    if (!dateIn || mileageIn === undefined || !outcome || defects.length === 0) return;
    if ((dateOutText !== '' && !dateOut) || (mileageOutText !== '' && mileageOut === undefined)) return;
    rows.push({
      row,
      line: info.lines,
      repairOrderNumber: cell('repairOrderNumber') || undefined,
      dealer: cell('dealer') || undefined,
      dateIn,
      dateOut,
      mileageIn,
      mileageOut,
      defects,
      outcome,
    });
  });
  return { rows, problems, columns, ignoredColumns, skippedEmptyRows, delimiter };
}
