import { Injectable, Logger, UseInterceptors, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { AccessLogService, type Principal } from '@lemon/access';
import { CaseFileCache } from '@lemon/cases';
import type { Request } from 'express';
import { from, mergeMap, type Observable } from 'rxjs';
import { caseReadRequestOf } from '../http/read-origin.decorator';

/**
 * Records every successful read of a case file (who, which organisation and role, which route,
 * when): the firm can show exactly who saw its client's file.
 *
 * A read by another organisation (one the case is shared with) is answered only once its row is
 * committed (issue 10 §6: a crash can lose no row of an answered read). The owning firm's own
 * reads are logged too, but the answer does not wait for their row: it joins the same group
 * commit, and a crash in the few milliseconds before that commit loses the row of a read by the
 * firm of its own file. "Own" is known only from a version of the case this process holds (its
 * owner never changes); when in doubt the read waits for its row like any other.
 */
@Injectable()
export class AuditCaseReadInterceptor implements NestInterceptor {
  private readonly logger = new Logger('AccessLog');

  constructor(
    private readonly accessLog: AccessLogService,
    private readonly files: CaseFileCache,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & { principal: Principal }>();
    return next.handle().pipe(
      mergeMap((body) => {
        const caseId = String(request.params.caseId).toLowerCase();
        const recorded = this.accessLog.recordRead(caseId, request.principal, caseReadRequestOf(request));
        if (this.files.ownerOf(caseId) === request.principal.organisationId) {
          recorded.catch((error: unknown) =>
            this.logger.error({ msg: 'a read of its own case by the owning firm could not be logged', caseId, err: error }),
          );
          return [body];
        }
        return from(recorded.then(() => body));
      }),
    );
  }
}

export const AuditedCaseRead = () => UseInterceptors(AuditCaseReadInterceptor);
