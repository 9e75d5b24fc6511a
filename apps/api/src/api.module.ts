import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { AccessModule } from '@lemon/access';
import { CasesModule } from '@lemon/cases';
import { APP_CONFIG, type AppConfig } from '@lemon/platform';
import { ApiKeyGuard, RequirementsGuard } from './auth/api-key.guard';
import { AuditCaseReadInterceptor } from './auth/audit-case-read.interceptor';
import { FailedAuthenticationLimiter } from './auth/failed-authentication.limiter';
import { KeyThrottlerGuard } from './auth/key-throttler.guard';
import { CaseAccessHttpController } from './cases/case-access.http.controller';
import { IdempotencyInterceptor } from './http/idempotency.interceptor';
import { JsonBodyInterceptor } from './http/json-body.interceptor';
import { OrganisationsHttpController } from './organisations/organisations.http.controller';
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

/** HTTP only: controllers, DTOs, authentication, the error shape. Needs PersistenceModule (global) beside it. */
@Module({
  imports: [
    CqrsModule,
    AccessModule,
    CasesModule,
    TerminusModule,
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ throttlers: [{ ttl: 60_000, limit: config.rateLimitPerMinute }] }),
    }),
  ],
  controllers: [
    CasesHttpController,
    RepairHistoryHttpController,
    ManufacturerContactHttpController,
    DisputeClaimsHttpController,
    CaseClosingHttpController,
    CaseAccessHttpController,
    OrganisationsHttpController,
    JurisdictionsHttpController,
    DeadlinesHttpController,
    CalendarFeedsHttpController,
    WebhookSubscriptionsHttpController,
    HealthHttpController,
  ],
  providers: [
    CaseCommandSender,
    FailedAuthenticationLimiter,
    AuditCaseReadInterceptor,
    { provide: APP_FILTER, useClass: ApiExceptionFilter },
    // Guards run in this order: who is calling, may their role do this, are they within their rate.
    { provide: APP_GUARD, useClass: ApiKeyGuard },
    { provide: APP_GUARD, useClass: RequirementsGuard },
    { provide: APP_GUARD, useClass: KeyThrottlerGuard },
    // Interceptors run in this order: a body must be JSON (415) before an idempotency record is made.
    { provide: APP_INTERCEPTOR, useClass: JsonBodyInterceptor },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
  ],
})
export class ApiModule {}
