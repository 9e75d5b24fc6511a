import { DomainError, ruleViolation } from '@lemon/domain';
import type { CaseFileVersion } from './case-file-version';

/**
 * Which past state of a file a read asks for: what had been recorded by an instant (`?asOf=`), or the file right after
 * its event N (`?version=`, exact where several events share one recorded instant). Neither: the file now.
 */
export interface CaseCut {
  asOf?: Date;
  version?: number;
}

/** The file as the cut asks, and the instant it stood at (undefined: the file now). */
export function cutOf(current: CaseFileVersion, caseId: string, cut: CaseCut): { file: CaseFileVersion; at?: Date } {
  if (cut.version !== undefined) {
    const file = current.atVersion(cut.version);
    if (!file) throw ruleViolation(`case ${caseId} has no event ${cut.version}: its events run from 1 to ${current.version}`, 'version');
    return { file, at: file.recordedAt };
  }
  if (cut.asOf) {
    const file = current.asOf(cut.asOf);
    if (!file) throw new DomainError('case_not_found', `case ${caseId} had not been opened at ${cut.asOf.toISOString()}`);
    return { file, at: cut.asOf };
  }
  return { file: current };
}
