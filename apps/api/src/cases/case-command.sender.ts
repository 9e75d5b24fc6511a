import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { nextRequestId } from '@lemon/access';
import { ExecuteCaseCommand } from '@lemon/cases';
import type { CaseCommand } from '@lemon/domain';
import type { CommandRequestOrigin } from '../http/command-origin.decorator';
import { caseIdParam } from '../http/request-context';

/** What every command route answers: the ids it created, the case's new version and log position. */
export type CommandResponse = { caseId: string; version: number; position: string } & Record<string, unknown>;

/** Shared plumbing of the command routes: ids and the command bus (headers come from CaseResponseHeadersInterceptor). */
@Injectable()
export class CaseCommandSender {
  constructor(private readonly commandBus: CommandBus) {}

  /** A new entity id; under an Idempotency-Key derived from the request, so a retry proposes the same one. */
  newId(): string {
    return nextRequestId(randomUUID);
  }

  async send(
    rawCaseId: string,
    command: CaseCommand,
    { expectedVersion, ...origin }: CommandRequestOrigin,
    created: Record<string, string> = {},
  ): Promise<CommandResponse> {
    const caseId = caseIdParam(rawCaseId);
    const result = await this.commandBus.execute(new ExecuteCaseCommand(caseId, command, origin, expectedVersion));
    return { caseId, ...created, version: result.version, position: result.position };
  }
}
