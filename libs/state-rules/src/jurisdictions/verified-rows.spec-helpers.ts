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
      ) as { confidence: string; citation: string; sources?: string[] };
      expect(sourced.confidence).toBe(row.confidence);
      expect(sourced.citation).toContain(row.citation);
      for (const key of sourced.sources ?? []) expect(REFERENCE_SOURCES[key]).toBeDefined();
    });
  });
}
