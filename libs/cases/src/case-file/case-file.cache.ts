import { LRUCache } from 'lru-cache';
import type { CaseFileVersion } from './case-file-version';

export interface CaseFileCacheLimits {
  /** Most cases kept. */
  maxCases: number;
  /** Most events behind the kept cases together: memory stays proportional to events held, whatever the case sizes. */
  maxEvents: number;
}

export const DEFAULT_CASE_FILE_CACHE_LIMITS: CaseFileCacheLimits = { maxCases: 10_000, maxEvents: 200_000 };

/**
 * The newest version of each case this process has read, with the views computed for it
 * (lru-cache, least recently used first out). One entry per case: when a case moves on, its older
 * version and that version's views go, so memory follows the events of the cases kept, never the
 * number of versions a case went through.
 *
 * A cached version is only ever a prefix of the stream (streams are append-only): readers still
 * ask the store for the events after it on every request (one small indexed read), so a write by
 * another process or instance is seen at once and access is decided on the current events.
 */
export class CaseFileCache {
  private readonly lru: LRUCache<string, CaseFileVersion>;

  constructor(limits: CaseFileCacheLimits = DEFAULT_CASE_FILE_CACHE_LIMITS) {
    this.lru = new LRUCache<string, CaseFileVersion>({
      max: limits.maxCases,
      maxSize: limits.maxEvents,
      sizeCalculation: (file) => file.events.length,
    });
  }

  /** The newest version of the case held here, if any (a prefix of its stream). */
  latest(caseId: string): CaseFileVersion | undefined {
    return this.lru.get(caseId);
  }

  /** Keeps `file` unless a newer version of the case is held already (concurrent readers may finish in any order). */
  keep(file: CaseFileVersion): void {
    const held = this.lru.peek(file.caseId);
    if (held && held.version >= file.version) return;
    this.lru.set(file.caseId, file);
  }

  /**
   * The organisation that owns a case held here, if this process holds it (a case's owner is set
   * when it is opened and never changes, so any version held tells). Undefined when not held.
   */
  ownerOf(caseId: string): string | undefined {
    const held = this.lru.peek(caseId);
    return held?.caseState().status === 'none' ? undefined : held?.access().ownerOrganisationId;
  }

  has(caseId: string): boolean {
    return this.lru.has(caseId);
  }

  get size(): number {
    return this.lru.size;
  }

  /** Events behind the kept versions. */
  get events(): number {
    return this.lru.calculatedSize;
  }
}
