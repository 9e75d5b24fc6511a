import { Inject, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { EVENT_STORE, type EventStore } from '@lemon/event-store';
import { APP_CONFIG, type AppConfig } from '@lemon/platform';
import { CaseSummaryProjection, ProjectionRunner } from '@lemon/projections';
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';

/** Every projection the worker keeps up to date. */
export const allProjections = () => [new CaseSummaryProjection()];

class ProjectionRunnerLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(@Inject(ProjectionRunner) private readonly runner: ProjectionRunner) {}
  onApplicationBootstrap(): void {
    this.runner.start();
  }
  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }
}

/** No HTTP: the projection runner (and later the deadline scheduler and webhook dispatcher). */
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
    ProjectionRunnerLifecycle,
  ],
  exports: [ProjectionRunner],
})
export class WorkerModule {}
