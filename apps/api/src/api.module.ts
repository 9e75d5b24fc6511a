import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TerminusModule } from '@nestjs/terminus';
import { CasesModule } from '@lemon/cases';
import { CaseClosingHttpController } from './cases/case-closing.http.controller';
import { CaseCommandSender } from './cases/case-command.sender';
import { CasesHttpController } from './cases/cases.http.controller';
import { DisputeClaimsHttpController } from './cases/dispute-claims.http.controller';
import { ManufacturerContactHttpController } from './cases/manufacturer-contact.http.controller';
import { RepairHistoryHttpController } from './cases/repair-history.http.controller';
import { CalendarFeedsHttpController } from './deadlines/calendar-feeds.http.controller';
import { DeadlinesHttpController } from './deadlines/deadlines.http.controller';
import { ApiExceptionFilter } from './http/api-exception.filter';
import { JurisdictionsHttpController } from './jurisdictions/jurisdictions.http.controller';
import { HealthHttpController } from './operations/health.http.controller';
import { WebhookSubscriptionsHttpController } from './webhooks/webhook-subscriptions.http.controller';

/** HTTP only: controllers, DTOs, the error shape. Needs PersistenceModule (global) beside it. */
@Module({
  imports: [CqrsModule, CasesModule, TerminusModule],
  controllers: [
    CasesHttpController,
    RepairHistoryHttpController,
    ManufacturerContactHttpController,
    DisputeClaimsHttpController,
    CaseClosingHttpController,
    JurisdictionsHttpController,
    DeadlinesHttpController,
    CalendarFeedsHttpController,
    WebhookSubscriptionsHttpController,
    HealthHttpController,
  ],
  providers: [CaseCommandSender, { provide: APP_FILTER, useClass: ApiExceptionFilter }],
})
export class ApiModule {}
