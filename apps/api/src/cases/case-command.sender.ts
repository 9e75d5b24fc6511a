import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ExecuteCaseCommand } from '@lemon/cases';
import type { CaseCommand } from '@lemon/domain';
import type { Request, Response } from 'express';
import { caseIdParam, etag, expectedVersionFrom, originFrom } from '../http/request-context';

/** What every command route answers: the ids it created, the case's new version and log position. */
export type CommandResponse = { caseId: string; version: number; position: string } & Record<string, unknown>;

/** Shared plumbing of the command routes: ids, If-Match, correlation, ETag. */
@Injectable()
export class CaseCommandSender {
  constructor(private readonly commandBus: CommandBus) {}

  newId(): string {
    return randomUUID();
  }

  async send(
    rawCaseId: string,
    command: CaseCommand,
    request: Request,
    response: Response,
    created: Record<string, string> = {},
  ): Promise<CommandResponse> {
    const caseId = caseIdParam(rawCaseId);
    const origin = originFrom(request);
    const result = await this.commandBus.execute(new ExecuteCaseCommand(caseId, command, origin, expectedVersionFrom(request)));
    response.setHeader('ETag', etag(result.version));
    response.setHeader('X-Correlation-Id', origin.correlationId);
    return { caseId, ...created, version: result.version, position: result.position };
  }
}
