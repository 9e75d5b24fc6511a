import { Inject, Logger, Module, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { EVENT_STORE, type EventStore } from '@lemon/event-store';
import { APP_CONFIG, CLOCK, todayIn, type AppConfig, type Clock } from '@lemon/platform';
import { CaseSummaryProjection, DeadlineAlertScheduler, ProjectionRunner } from '@lemon/projections';
import { WebhookDispatcher } from '@lemon/webhooks';
import type { DataSource } from 'typeorm';

/** Every projection the worker keeps up to date. */
export const allProjections = () => [new CaseSummaryProjection()];

/** Scans the docket for due alerts on an interval; safe to run in several workers at once. */
class AlertLoop implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private readonly logger = new Logger('DeadlineAlerts');

  constructor(
    @Inject(DeadlineAlertScheduler) private readonly scheduler: DeadlineAlertScheduler,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const tick = () => {
      this.running = this.scheduler
        .scan(todayIn(this.clock, this.config.legalTimeZone), new Date(this.clock.now().epochMilliseconds))
        .catch((error: Error) => this.logger.warn({ msg: 'alert scan failed; retrying', error: error.message }))
        .finally(() => (this.timer = setTimeout(tick, this.config.alertScanIntervalMs)));
    };
    tick();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearTimeout(this.timer);
    await this.running;
  }
}

/** Loops stop before any storage closes (before-shutdown hooks all run before shutdown hooks). */
class BackgroundLoops implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
    @Inject(WebhookDispatcher) private readonly dispatcher: WebhookDispatcher,
  ) {}
  onApplicationBootstrap(): void {
    this.runner.start();
    this.dispatcher.start();
  }
  async beforeApplicationShutdown(): Promise<void> {
    await this.dispatcher.stop();
    await this.runner.stop();
  }
}

/** No HTTP: the projection runner, the deadline alert scheduler and the webhook dispatcher. */
@Module({
  providers: [
    {
      provide: ProjectionRunner,
      inject: [EVENT_STORE, getDataSourceToken(), APP_CONFIG, 'DATABASE_URL'],
      useFactory: (store: EventStore, dataSource: DataSource, config: AppConfig, databaseUrl: string) => {
        const logger = new Logger('ProjectionRunner');
        return new ProjectionRunner(store, dataSource, allProjections(), {
          batchSize: config.projectionBatchSize,
          leaseDatabaseUrl: databaseUrl,
          log: (message, details) => logger.warn({ ...details, msg: message }),
        });
      },
    },
    {
      provide: DeadlineAlertScheduler,
      inject: [getDataSourceToken(), APP_CONFIG],
      useFactory: (dataSource: DataSource, config: AppConfig) => new DeadlineAlertScheduler(dataSource, { leadDays: config.alertLeadDays }),
    },
    BackgroundLoops,
    AlertLoop,
  ],
  exports: [ProjectionRunner, DeadlineAlertScheduler],
})
export class WorkerModule {}
