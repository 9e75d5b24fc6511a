import { Injectable, UseInterceptors, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { AccessLogService, type Principal } from '@lemon/access';
import type { Request } from 'express';
import { from, mergeMap, type Observable } from 'rxjs';
import { caseReadRequestOf } from '../http/read-origin.decorator';

/**
 * Records every successful read of a case file (who, which organisation and role, which route,
 * when) before the response leaves: the firm can show exactly who saw its client's file.
 */
@Injectable()
export class AuditCaseReadInterceptor implements NestInterceptor {
  constructor(private readonly accessLog: AccessLogService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & { principal: Principal }>();
    return next
      .handle()
      .pipe(
        mergeMap((body) =>
          from(
            this.accessLog
              .recordRead(String(request.params.caseId).toLowerCase(), request.principal, caseReadRequestOf(request))
              .then(() => body),
          ),
        ),
      );
  }
}

export const AuditedCaseRead = () => UseInterceptors(AuditCaseReadInterceptor);
