import { Inject, Logger, Module, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { EVENT_STORE, type EventStore } from '@lemon/event-store';
import { APP_CONFIG, CLOCK, type AppConfig, type Clock } from '@lemon/platform';
import {
  CaseAlertsReactor,
  CaseListProjection,
  DailyProcessor,
  DeadlineAlertScheduler,
  DeadlineDocketProjection,
  legalToday,
  nowOf,
  ProjectedCases,
  ProjectionRunner,
  WorkerHeartbeat,
  type Projection,
} from '@lemon/projections';
import { WebhookDispatcher } from '@lemon/webhooks';
import type { DataSource } from 'typeorm';

export interface ProjectionDeps {
  store: EventStore;
  clock: Clock;
  config: AppConfig;
  cases?: ProjectedCases;
}

/**
 * The read models for questions across cases; `npm run projections:rebuild` rebuilds these.
 * `cases`: the process's per-case state, shared so that each case version is read, folded and
 * judged once for all consumers (one is made when not given).
 */
export const readModelProjections = ({ store, clock, config, cases = new ProjectedCases(store) }: ProjectionDeps): Projection[] => [
  new CaseListProjection({ store, clock, timeZone: config.legalTimeZone, cases }),
  new DeadlineDocketProjection({ store, clock, timeZone: config.legalTimeZone, cases }),
];

/** Everything the worker follows the log with: the read models, then the alerts reactor (never rebuilt), sharing one per-case state. */
export const allProjections = (deps: ProjectionDeps): Projection[] => {
  const cases = deps.cases ?? new ProjectedCases(deps.store);
  return [
    ...readModelProjections({ ...deps, cases }),
    new CaseAlertsReactor({
      store: deps.store,
      clock: deps.clock,
      timeZone: deps.config.legalTimeZone,
      leadDays: deps.config.alertLeadDays,
      cases,
    }),
  ];
};

/**
 * Time-driven work, on the alert scan interval: the day-start pass of the daily processor when the
 * legal day changed (OPEN → MISSED, stale presumptions, the day's alerts), else a scan for due
 * alerts. Safe in several workers at once.
 */
class TimeLoop implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;
  private readonly logger = new Logger('DailyProcessor');

  constructor(
    @Inject(DailyProcessor) private readonly daily: DailyProcessor,
    @Inject(DeadlineAlertScheduler) private readonly scheduler: DeadlineAlertScheduler,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async tick(): Promise<void> {
    const ran = await this.daily.runIfDue();
    if (ran) this.logger.log({ msg: 'legal day started', ...ran });
    else {
      const calendar = { clock: this.clock, timeZone: this.config.legalTimeZone };
      await this.scheduler.scan(legalToday(calendar), nowOf(calendar));
    }
  }

  onApplicationBootstrap(): void {
    const loop = () => {
      this.running = this.tick()
        .catch((error: Error) => this.logger.warn({ msg: 'daily processing failed; retrying', error: error.message }))
        .finally(() => {
          // A tick still running at shutdown must not schedule another one.
          if (!this.stopped) this.timer = setTimeout(loop, this.config.alertScanIntervalMs);
        });
    };
    loop();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}

/** Loops stop before any storage closes (before-shutdown hooks all run before shutdown hooks). */
class BackgroundLoops implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
    @Inject(WebhookDispatcher) private readonly dispatcher: WebhookDispatcher,
    @Inject(WorkerHeartbeat) private readonly heartbeat: WorkerHeartbeat,
  ) {}
  async onApplicationBootstrap(): Promise<void> {
    await this.heartbeat.beat().catch(() => undefined); // seen at once; the loop retries a failed beat
    this.heartbeat.start();
    this.runner.start();
    this.dispatcher.start();
  }
  async beforeApplicationShutdown(): Promise<void> {
    await this.dispatcher.stop();
    await this.runner.stop();
    await this.heartbeat.stop();
  }
}

/** No HTTP: the projection runner (read models + alerts reactor), the daily processor, the webhook dispatcher, the heartbeat. */
@Module({
  providers: [
    {
      provide: ProjectionRunner,
      inject: [EVENT_STORE, getDataSourceToken(), APP_CONFIG, CLOCK, 'DATABASE_URL'],
      useFactory: (store: EventStore, dataSource: DataSource, config: AppConfig, clock: Clock, databaseUrl: string) => {
        const logger = new Logger('ProjectionRunner');
        return new ProjectionRunner(store, dataSource, allProjections({ store, clock, config }), {
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
    {
      provide: DailyProcessor,
      inject: [getDataSourceToken(), EVENT_STORE, CLOCK, APP_CONFIG, DeadlineAlertScheduler],
      useFactory: (dataSource: DataSource, store: EventStore, clock: Clock, config: AppConfig, alerts: DeadlineAlertScheduler) =>
        new DailyProcessor({ dataSource, store, clock, timeZone: config.legalTimeZone, alerts }),
    },
    {
      provide: WorkerHeartbeat,
      inject: [getDataSourceToken(), APP_CONFIG],
      useFactory: (dataSource: DataSource, config: AppConfig) => {
        const logger = new Logger('WorkerHeartbeat');
        return new WorkerHeartbeat(dataSource, config.workerHeartbeatIntervalMs, (error) =>
          logger.warn({ msg: 'heartbeat failed; retrying', error: error.message }),
        );
      },
    },
    BackgroundLoops,
    TimeLoop,
  ],
  exports: [ProjectionRunner, DeadlineAlertScheduler, DailyProcessor, WorkerHeartbeat],
})
export class WorkerModule {}
