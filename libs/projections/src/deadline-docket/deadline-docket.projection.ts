import { CASE_STREAM_PREFIX } from '@lemon/domain';
import type { EventStore, RecordedEvent } from '@lemon/event-store';
import type { DataSource, EntityManager } from 'typeorm';
import { caseIdOfStream, chunksOf, storedHistoryOf, touchedCases } from '../case-history/case-histories';
import { ProjectedCases } from '../case-history/projected-cases';
import { mapYielding } from '../case-history/yielding';
import { legalToday, type LegalCalendar } from '../legal-day';
import type { ApplyMode, Projection, WholeStream } from '../projection';
import { docketRowsOf, docketRowsOfView, replaceDocketRows } from './deadline-docket';

/**
 * Name and version of the docket's read model (bumping the version rebuilds it).
 * v3: claim titles name the filing date and program; jurisdiction and vehicle come from the fold (corrections).
 */
export const DEADLINE_DOCKET = { name: 'deadline-docket', version: 3 } as const;

const REBUILD_CHUNK = 500;

/**
 * The deadline docket (`GET /deadlines`): every deadline of every case, computed as of the legal
 * day, with the case's owner and shares so the docket filters visibility on its own rows. A batch
 * recomputes each touched case at the version the batch reached (the process's shared per-case
 * state, ProjectedCases, reads only what it does not hold yet) and replaces its rows; replaying a batch gives the same rows. OPEN rows whose last day passes are moved to
 * MISSED by the daily processor at the start of the next legal day.
 */
export class DeadlineDocketProjection implements Projection {
  readonly name = DEADLINE_DOCKET.name;
  readonly version = DEADLINE_DOCKET.version;
  readonly streamPrefix = CASE_STREAM_PREFIX;
  private pending = new Map<string, number>();
  private readonly cases: ProjectedCases;

  /** `cases`: the per-case state shared with the process's other consumers (else one of its own). */
  constructor(private readonly deps: LegalCalendar & { store: EventStore; cases?: ProjectedCases }) {
    this.cases = deps.cases ?? new ProjectedCases(deps.store);
  }

  async apply(events: readonly RecordedEvent[], manager: EntityManager, mode: ApplyMode = 'live'): Promise<void> {
    const touched = touchedCases(events);
    if (mode === 'rebuild') {
      for (const [caseId, version] of touched) this.pending.set(caseId, version);
      return;
    }
    await this.write(manager, touched);
  }

  private async write(manager: EntityManager, upTo: ReadonlyMap<string, number>): Promise<void> {
    if (upTo.size === 0) return;
    const today = legalToday(this.deps);
    const views = await this.cases.viewsAt(upTo, today);
    const rows = (await mapYielding(views, ([caseId, view]) => docketRowsOfView(caseId, view, today))).flat();
    await replaceDocketRows(manager, [...views.keys()], rows);
  }

  async rebuildFromStreams(streams: ReadonlyArray<WholeStream>, manager: EntityManager): Promise<void> {
    const today = legalToday(this.deps);
    const caseIds = streams.map((s) => caseIdOfStream(s.streamId));
    const rows = streams.flatMap((s, i) => docketRowsOf(caseIds[i], storedHistoryOf(s.events), today));
    await replaceDocketRows(manager, caseIds, rows);
  }

  async finishRebuild(dataSource: DataSource, onProgress?: (done: number) => void): Promise<void> {
    const ids = [...this.pending.keys()].sort();
    let done = 0;
    for (const chunk of chunksOf(ids, REBUILD_CHUNK)) {
      await dataSource.transaction((manager) => this.write(manager, new Map(chunk.map((id) => [id, this.pending.get(id)!]))));
      done += chunk.length;
      onProgress?.(done);
    }
    this.pending.clear();
  }

  async reset(manager: EntityManager): Promise<void> {
    this.pending.clear();
    await manager.query('TRUNCATE rm_deadlines');
  }
}
