import { Command } from '@nestjs/cqrs';
import type { CaseCommand } from '@lemon/domain';
import type { Principal } from '@lemon/access';

export interface CaseCommandResult {
  caseId: string;
  /** Stream version after the command: the case's ETag. */
  version: number;
  /** Global log position of the last event written: reads may wait for projections to reach it. */
  position: string;
  eventIds: string[];
}

export interface CommandOrigin {
  /** The authenticated caller: authorised against the case, recorded as the events' actor. */
  principal: Principal;
  correlationId: string;
  causationId?: string;
}

/**
 * Runs one case command: read the case stream, fold, decide with today's date, append at the
 * version read. `expectedVersion` (from If-Match) pins that version: a mismatch is a conflict.
 * Without it, a concurrent append to the same case makes the handler re-read and decide again.
 */
export class ExecuteCaseCommand extends Command<CaseCommandResult> {
  constructor(
    readonly caseId: string,
    readonly command: CaseCommand,
    readonly origin: CommandOrigin,
    readonly expectedVersion?: number,
    /** Event ids derived from this seed and each event's position (imports: the file hash), so a retried batch is not duplicated. */
    readonly eventIdSeed?: string,
  ) {
    super();
  }
}
