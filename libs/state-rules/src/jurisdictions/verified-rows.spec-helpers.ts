import type { CaseHistory } from '@lemon/testing/case-history';
import { addDays } from '../calendar/legal-date';
import { RULE_PACKS, type JurisdictionCode } from '../registry';
import { REFERENCE_SOURCES } from '../sources/reference-sources';

/**
 * One value of a rule pack as read in the statute (issue 13 §3): the verification specs write
 * these by hand from the text read, so they check the pack rather than restating it.
 */
export interface VerifiedRow {
  code: JurisdictionCode;
  /** Version id; the newest when omitted. */
  version?: string;
  section: string;
  /** Dotted path inside the version, e.g. 'sameNonconformity.value.threshold'. */
  field: string;
  expected: unknown;
  confidence: 'H' | 'M' | 'L';
  /** Substring the value's citation must carry (subsection level where the text has one). */
  citation: string;
  /** Where only the 2015 statute copy (LLAZ) was read, the value's note must say so. */
  llazOnly?: boolean;
}

const versionOf = (row: VerifiedRow) => {
  const versions = RULE_PACKS[row.code].versions;
  return row.version ? versions.find((v) => v.id === row.version) : versions.at(-1);
};

const at = (root: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], root);

/** One test per row: the value, its confidence, its citation, and every source it names is registered. */
export function checkVerifiedRows(rows: readonly VerifiedRow[]): void {
  describe.each(rows)('$code $section: $field', (row) => {
    it(`is ${JSON.stringify(row.expected)} (confidence ${row.confidence}, cited at subsection level)`, () => {
      const version = versionOf(row);
      expect(version).toBeDefined();
      expect(at(version, row.field)).toEqual(row.expected);
      const [fieldName] = row.field.split('.');
      const sourced = (
        fieldName === 'effectiveFrom' ? version!.effectiveFromBasis : (version as unknown as Record<string, unknown>)[fieldName!]
      ) as { confidence: string; citation: string; sources?: string[]; note?: string };
      expect(sourced.confidence).toBe(row.confidence);
      expect(sourced.citation).toContain(row.citation);
      for (const key of sourced.sources ?? []) expect(REFERENCE_SOURCES[key]).toBeDefined();
      if (row.llazOnly) expect(sourced.note).toContain('later amendment not ruled out');
    });
  });
}

/** `n` one-day repairs of `nc`, a week apart from `first`, 100 miles apart from `mileage` (ids `<nc>-r1`, `<nc>-r2`, …). */
export function weeklyRepairs(h: CaseHistory, n: number, nc = 'nc-1', first = '2024-02-05', mileage = 1000): CaseHistory {
  for (let i = 0; i < n; i++) {
    const day = addDays(first, 7 * i);
    h.repair(`${nc}-r${i + 1}`, { dateIn: day, dateOut: day, mileageIn: mileage + 100 * i, nc });
  }
  return h;
}
