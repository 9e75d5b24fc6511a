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
import { AuthHttpController } from './auth/auth.http.controller';
import { CsrfProtection } from './auth/web-session';
import { FailedAuthenticationLimiter } from './auth/failed-authentication.limiter';
import { KeyThrottlerGuard } from './auth/key-throttler.guard';
import { SlidingWindowThrottlerStorage } from './auth/sliding-window-throttler.storage';
import { CaseAccessHttpController } from './cases/case-access.http.controller';
import { IdempotencyInterceptor } from './http/idempotency.interceptor';
import { JsonBodyInterceptor } from './http/json-body.interceptor';
import { SerializedJsonInterceptor } from './http/serialized-json.interceptor';
import { OrganisationsHttpController } from './organisations/organisations.http.controller';
import { CaseClosingHttpController } from './cases/case-closing.http.controller';
import { CaseCommandSender } from './cases/case-command.sender';
import { CasesHttpController } from './cases/cases.http.controller';
import { DisputeClaimsHttpController } from './cases/dispute-claims.http.controller';
import { ManufacturerContactHttpController } from './cases/manufacturer-contact.http.controller';
import { RepairHistoryHttpController } from './cases/repair-history.http.controller';
import { PaperworkHttpController } from './cases/paperwork.http.controller';
import { RepairOrderImportsHttpController } from './cases/repair-order-imports.http.controller';
import { DocumentsHttpController } from './cases/documents.http.controller';
import { DownloadGeneratedDocumentHttpController } from './cases/download-generated-document/download-generated-document.http.controller';
import { ManufacturersHttpController } from './manufacturers/manufacturers.http.controller';
import { ProfilesHttpController } from './organisations/profiles.http.controller';
import { UserAdministrationHttpController } from './organisations/user-administration.http.controller';
import { ChangeUserNameAndEmailHttpController } from './organisations/change-user-name-and-email/change-user-name-and-email.http.controller';
import { CorrectOdometerReadingHttpController } from './cases/correct-odometer-reading/correct-odometer-reading.http.controller';
import { VoidOdometerReadingHttpController } from './cases/void-odometer-reading/void-odometer-reading.http.controller';
import { CorrectNonconformityHttpController } from './cases/correct-nonconformity/correct-nonconformity.http.controller';
import { VoidNonconformityHttpController } from './cases/void-nonconformity/void-nonconformity.http.controller';
import { CorrectManufacturerNoticeHttpController } from './cases/correct-manufacturer-notice/correct-manufacturer-notice.http.controller';
import { VoidManufacturerNoticeHttpController } from './cases/void-manufacturer-notice/void-manufacturer-notice.http.controller';
import { CorrectFinalRepairOpportunityHttpController } from './cases/correct-final-repair-opportunity/correct-final-repair-opportunity.http.controller';
import { VoidFinalRepairOpportunityHttpController } from './cases/void-final-repair-opportunity/void-final-repair-opportunity.http.controller';
import { CorrectFinalRepairCompletionHttpController } from './cases/correct-final-repair-completion/correct-final-repair-completion.http.controller';
import { CorrectDisputeClaimHttpController } from './cases/correct-dispute-claim/correct-dispute-claim.http.controller';
import { VoidDisputeClaimHttpController } from './cases/void-dispute-claim/void-dispute-claim.http.controller';
import { CorrectDisputeClaimStepHttpController } from './cases/correct-dispute-claim-step/correct-dispute-claim-step.http.controller';
import { VoidDisputeClaimStepHttpController } from './cases/void-dispute-claim-step/void-dispute-claim-step.http.controller';
import { UpdateClientDetailsHttpController } from './cases/update-client-details/update-client-details.http.controller';
import { CorrectAcquisitionHttpController } from './cases/correct-acquisition/correct-acquisition.http.controller';
import { CorrectWarrantyHttpController } from './cases/correct-warranty/correct-warranty.http.controller';
import { LitigationStepHttpController } from './cases/litigation-step/litigation-step.http.controller';
import { ReopenCaseHttpController } from './cases/reopen-case/reopen-case.http.controller';
import { CorrectVehicleHttpController } from './cases/correct-vehicle/correct-vehicle.http.controller';
import { CorrectJurisdictionHttpController } from './cases/correct-jurisdiction/correct-jurisdiction.http.controller';
import { CorrectNoteHttpController } from './cases/correct-note/correct-note.http.controller';
import { VoidNoteHttpController } from './cases/void-note/void-note.http.controller';
import { CorrectResolutionHttpController } from './cases/correct-resolution/correct-resolution.http.controller';
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
      useFactory: (config: AppConfig) => ({
        throttlers: [{ ttl: 60_000, limit: config.rateLimitPerMinute }],
        // The library's sliding window at a constant cost per request (see the class).
        storage: new SlidingWindowThrottlerStorage(),
      }),
    }),
  ],
  controllers: [
    AuthHttpController,
    CasesHttpController,
    RepairHistoryHttpController,
    ManufacturerContactHttpController,
    DisputeClaimsHttpController,
    CaseClosingHttpController,
    CaseAccessHttpController,
    // Corrections and voids: one folder per use case (issue 10 §2, §9b).
    CorrectOdometerReadingHttpController,
    VoidOdometerReadingHttpController,
    CorrectNonconformityHttpController,
    VoidNonconformityHttpController,
    CorrectManufacturerNoticeHttpController,
    VoidManufacturerNoticeHttpController,
    CorrectFinalRepairOpportunityHttpController,
    VoidFinalRepairOpportunityHttpController,
    CorrectFinalRepairCompletionHttpController,
    CorrectDisputeClaimHttpController,
    VoidDisputeClaimHttpController,
    CorrectDisputeClaimStepHttpController,
    VoidDisputeClaimStepHttpController,
    UpdateClientDetailsHttpController,
    CorrectAcquisitionHttpController,
    CorrectWarrantyHttpController,
    LitigationStepHttpController,
    ReopenCaseHttpController,
    CorrectVehicleHttpController,
    CorrectJurisdictionHttpController,
    CorrectNoteHttpController,
    VoidNoteHttpController,
    CorrectResolutionHttpController,
    OrganisationsHttpController,
    JurisdictionsHttpController,
    DeadlinesHttpController,
    CalendarFeedsHttpController,
    WebhookSubscriptionsHttpController,
    HealthHttpController,
    ManufacturersHttpController,
    PaperworkHttpController,
    RepairOrderImportsHttpController,
    DocumentsHttpController,
    DownloadGeneratedDocumentHttpController,
    ProfilesHttpController,
    UserAdministrationHttpController,
    ChangeUserNameAndEmailHttpController,
  ],
  providers: [
    CaseCommandSender,
    CsrfProtection,
    FailedAuthenticationLimiter,
    AuditCaseReadInterceptor,
    { provide: APP_FILTER, useClass: ApiExceptionFilter },
    // Guards run in this order: who is calling, may their role do this, are they within their rate.
    { provide: APP_GUARD, useClass: ApiKeyGuard },
    { provide: APP_GUARD, useClass: RequirementsGuard },
    { provide: APP_GUARD, useClass: KeyThrottlerGuard },
    // Interceptors run in this order: an answer already serialized is sent as it is, after every other
    // interceptor saw it; a body must be JSON (415) before an idempotency record is made.
    { provide: APP_INTERCEPTOR, useClass: SerializedJsonInterceptor },
    { provide: APP_INTERCEPTOR, useClass: JsonBodyInterceptor },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
  ],
})
export class ApiModule {}
