import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { EVENT_STORE, KurrentDbEventStore, PostgresEventStore, type EventStore } from '@lemon/event-store';
import { APP_CONFIG, CLOCK, type AppConfig, type Clock } from '@lemon/platform';
import { CaseSummaryEntity, CheckpointEntity, DeadlineEntity, READ_MODEL_MIGRATIONS, ReadModelWaiter } from '@lemon/projections';
import { WebhookDispatcher, Webhooks1732435200000, WebhooksHeld1764288000000, WebhookSubscriptionsService } from '@lemon/webhooks';
import { Access1732694400000, PeopleSignIn1764316800000, UserDeactivation1764374400000 } from '@lemon/access';
import { PaperworkProfiles1732867200000 } from '@lemon/cases';
import { CalendarFeeds1732608000000 } from '@lemon/cases';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { migrateReadModels } from './migrate-read-models';
import { WEBHOOK_PROVIDERS } from './webhooks.providers';

export const PG_POOL = Symbol('PG_POOL');
export const READ_MODEL_ENTITIES = [CaseSummaryEntity, CheckpointEntity, DeadlineEntity];

/** Resolved connection string: DATABASE_URL, or the embedded server's URL found at start-up. */
export interface PersistenceOptions {
  config: AppConfig;
  databaseUrl: string;
  clock: Clock;
}

class StorageCloser implements OnApplicationShutdown {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}
  async onApplicationShutdown(): Promise<void> {
    await this.store.close().catch(() => undefined);
    await this.pool.end().catch(() => undefined);
  }
}

/**
 * Everything that talks to storage, wired once for the api, the worker and the tests: the event
 * store (PostgreSQL by default), the read-model DataSource, start-up migrations for both.
 */
@Global()
@Module({})
export class PersistenceModule {
  static forRoot({ config, databaseUrl, clock }: PersistenceOptions): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            type: 'postgres' as const,
            url: databaseUrl,
            entities: READ_MODEL_ENTITIES,
            migrations: [
              ...READ_MODEL_MIGRATIONS,
              Webhooks1732435200000,
              CalendarFeeds1732608000000,
              Access1732694400000,
              PaperworkProfiles1732867200000,
              WebhooksHeld1764288000000,
              PeopleSignIn1764316800000,
              UserDeactivation1764374400000,
            ],
            migrationsTableName: 'rm_migrations',
            synchronize: false,
            logging: false,
            extra: { max: 10 },
          }),
        }),
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CLOCK, useValue: clock },
        { provide: 'DATABASE_URL', useValue: databaseUrl },
        {
          provide: PG_POOL,
          useFactory: () => {
            const pool = new Pool({ connectionString: databaseUrl, max: 20 });
            pool.on('error', () => undefined); // idle-client errors surface on the next query instead
            return pool;
          },
        },
        {
          provide: EVENT_STORE,
          inject: [PG_POOL, getDataSourceToken()],
          useFactory: async (pool: Pool, dataSource: DataSource): Promise<EventStore> => {
            await PostgresEventStore.migrate(pool);
            await migrateReadModels(pool, dataSource);
            // Read models and their checkpoints stay in PostgreSQL whichever store holds the events.
            return config.eventStore === 'kurrentdb' ? KurrentDbEventStore.connect(config.kurrentDbUrl!) : new PostgresEventStore(pool);
          },
        },
        {
          provide: ReadModelWaiter,
          inject: [getDataSourceToken()],
          useFactory: (dataSource: DataSource) => new ReadModelWaiter(dataSource, config.readYourWritesTimeoutMs),
        },
        StorageCloser,
        ...WEBHOOK_PROVIDERS,
      ],
      exports: [APP_CONFIG, CLOCK, 'DATABASE_URL', PG_POOL, EVENT_STORE, ReadModelWaiter, WebhookDispatcher, WebhookSubscriptionsService],
    };
  }
}
