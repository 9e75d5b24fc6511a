import { Global, Inject, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { APP_CONFIG, CLOCK, type AppConfig, type Clock } from '@lemon/platform';
import type { DataSource } from 'typeorm';
import { AccessLogService } from './audit/access-log.service';
import { IdentityService } from './identity/identity.service';
import { IdempotencyService } from './idempotency/idempotency.service';
import { DEFAULT_SIGN_IN_SETTINGS, SignInService } from './people/sign-in.service';

/**
 * First start: create the bootstrap organisation and its admin key. A generated key is written
 * to stdout once (never to the log: logs are shipped and kept); a key from
 * BOOTSTRAP_ADMIN_API_KEY is not printed at all.
 */
class Bootstrapper implements OnApplicationBootstrap {
  private readonly logger = new Logger('Access');
  constructor(
    private readonly identity: IdentityService,
    private readonly signIn: SignInService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const name = this.config.bootstrapOrganisationName;
    const result = await this.identity.bootstrap({ organisationName: name, adminKey: this.config.bootstrapAdminApiKey });
    if (!result.created) {
      // A key that is not already a working key was ignored: say so, or the user keeps trying it.
      if (this.config.bootstrapAdminApiKey && !(await this.identity.isActiveKey(this.config.bootstrapAdminApiKey))) {
        this.logger.warn({
          msg: 'BOOTSTRAP_ADMIN_API_KEY was ignored: this data directory was initialised before, and the key applies to the first start only. Use a key of an existing admin, or start on an empty DATA_DIR.',
        });
      }
      return;
    }
    this.logger.log({ msg: 'bootstrap organisation created', organisationId: result.organisationId });
    if (result.generatedKey) {
      process.stdout.write(
        `\nBootstrap admin API key for "${name}" (shown once, store it now):\n  ${result.generatedKey}\nUse it as: Authorization: Bearer <key>\n\n`,
      );
    }
    // People sign in on the web app: a one-time link sets the bootstrap admin's email and password.
    const { token, expiresAt } = await this.signIn.issueCredentialLink(result.adminUserId!, 'setup');
    const base = this.config.publicUrl ?? `http://localhost:${this.config.port}`;
    process.stdout.write(
      `\nSign in to the web app as the bootstrap admin: open this one-time setup link (valid until ${expiresAt}) and choose your email and password:\n  ${base}/app/invitation#token=${token}&setup=1\n\n`,
    );
  }
}

/** Identity (organisations, users, keys), the case access log and idempotency records, with first-start bootstrap. */
@Global()
@Module({
  providers: [
    {
      provide: AccessLogService,
      inject: [getDataSourceToken(), CLOCK],
      useFactory: (dataSource: DataSource, clock: Clock) => new AccessLogService(dataSource, clock),
    },
    {
      provide: IdentityService,
      inject: [getDataSourceToken(), CLOCK, APP_CONFIG],
      useFactory: (dataSource: DataSource, clock: Clock, config: AppConfig) =>
        new IdentityService(dataSource, clock, { authCacheMs: config.authCacheMs }),
    },
    {
      provide: IdempotencyService,
      inject: [getDataSourceToken(), CLOCK, APP_CONFIG],
      useFactory: (dataSource: DataSource, clock: Clock, config: AppConfig) =>
        new IdempotencyService(dataSource, clock, config.idempotencyInProgressTimeoutMs),
    },
    {
      provide: SignInService,
      inject: [getDataSourceToken(), CLOCK, APP_CONFIG],
      useFactory: (dataSource: DataSource, clock: Clock, config: AppConfig) =>
        new SignInService(dataSource, clock, {
          ...DEFAULT_SIGN_IN_SETTINGS,
          sessionIdleHours: config.sessionIdleHours,
          maxFailuresPerAccount: config.loginMaxFailures,
          authCacheMs: config.authCacheMs,
        }),
    },
    Bootstrapper,
  ],
  exports: [IdentityService, AccessLogService, IdempotencyService, SignInService],
})
export class AccessModule {}
