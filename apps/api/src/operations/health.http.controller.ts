import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator, type HealthIndicatorResult } from '@nestjs/terminus';
import { EVENT_STORE, type EventStore } from '@lemon/event-store';
import { CaseSummaryProjection, ReadModelWaiter } from '@lemon/projections';
import { Public } from '../auth/auth.decorators';

const LAG_SCAN_LIMIT = 10_000;
const projections = [new CaseSummaryProjection()];

@ApiTags('operations')
@Public()
@Controller('health')
export class HealthHttpController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly waiter: ReadModelWaiter,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Database reachability and projection lag (events not yet applied, counted up to 10,000)' })
  check() {
    return this.health.check([() => this.database.pingCheck('database'), () => this.projectionLag()]);
  }

  private async projectionLag(): Promise<HealthIndicatorResult> {
    const details: Record<string, { position?: string; lag: number | string }> = {};
    for (const p of projections) {
      const position = await this.waiter.projectionPosition(p.name, p.version);
      const behind = await this.store.readAll({ after: position, limit: LAG_SCAN_LIMIT, streamPrefix: p.streamPrefix });
      details[`${p.name}@v${p.version}`] = { position, lag: behind.length === LAG_SCAN_LIMIT ? `>=${LAG_SCAN_LIMIT}` : behind.length };
    }
    return { projections: { status: 'up', ...details } };
  }
}
