import { CASE_STREAM_PREFIX, type RepairAttemptCorrected, type RepairAttemptRecorded } from '@lemon/domain';
import type { EventStore, RecordedEvent } from '@lemon/event-store';
import { caseOutOfServiceDays } from '@lemon/state-rules';
import type { DataSource, EntityManager } from 'typeorm';
import { storedPresumptionOf } from '../case-presumption/case-presumption';
import { caseViewOf, type CaseView } from '../case-history/case-view';
import { ProjectedCases } from '../case-history/projected-cases';
import { mapYielding } from '../case-history/yielding';
import type { StoredCaseEvent } from '../case-summary/case-summary.entity';
import { caseBasicsOf, caseIdOfStream, chunksOf, storedHistoryOf, touchedCases } from '../case-history/case-histories';
import { legalToday, type LegalCalendar } from '../legal-day';
import type { ApplyMode, Projection, WholeStream } from '../projection';

/**
 * Name and version of the case list's read model (bumping the version rebuilds it).
 * v3: jurisdiction, vehicle and delivery date come from the fold (corrections), not the opening event.
 */
export const CASE_LIST = { name: 'case-list', version: 3 } as const;

const REBUILD_CHUNK = 500;

/** Lower-cased words a user may search a case by. */
const searchTextOf = (basics: NonNullable<ReturnType<typeof caseBasicsOf>>, events: readonly StoredCaseEvent[]): string => {
  const { vehicle, manufacturer } = basics.file;
  const repairOrders = events
    .filter((e) => e.type === 'RepairAttemptRecorded' || e.type === 'RepairAttemptCorrected')
    .map((e) => (e.data as (RepairAttemptRecorded | RepairAttemptCorrected)['data']).repairOrderNumber ?? '');
  return [basics.clientName, vehicle.vin, vehicle.make, vehicle.model, manufacturer.name, ...repairOrders].join(' ').toLowerCase();
};

/** The case-list row of a case (snake_case keys: the table's columns). */
export function caseListRowOf(caseId: string, events: readonly StoredCaseEvent[], today: string): Record<string, unknown> | undefined {
  const view = caseViewOf(events, today);
  return view && caseListRowOfView(caseId, view, today);
}

/** `caseListRowOf` from the case already folded (and judged) on `today`. */
export function caseListRowOfView(caseId: string, view: CaseView, today: string): Record<string, unknown> | undefined {
  const { events } = view;
  const basics = caseBasicsOf(caseId, events, view.caseFile);
  if (!basics) return undefined;
  // The case file as corrected (vehicle, jurisdiction, delivery), never the opening's first words.
  const { last, file } = basics;
  const presumption = storedPresumptionOf(view.presumption(), today);
  const daysOut = caseOutOfServiceDays(view.caseFile, today);
  return {
    case_id: caseId,
    version: last.version,
    last_position: last.position,
    status: basics.status,
    jurisdiction: file.jurisdiction,
    client_name: basics.clientName,
    vin: file.vehicle.vin,
    make: file.vehicle.make,
    model: file.vehicle.model,
    model_year: file.vehicle.modelYear,
    delivery_date: file.acquisition.deliveryDate,
    search_text: searchTextOf(basics, events),
    opened_at: basics.openedAt,
    updated_at: last.recordedAt,
    organisation_id: basics.organisationId,
    shared_with: basics.sharedWith,
    presumption_status: presumption.status,
    presumption_evaluated_on: presumption.evaluatedOn,
    presumption_stale_on: presumption.staleOn,
    manufacturer_name: basics.file.manufacturer.name,
    manufacturer_directory_id: basics.file.manufacturer.directoryId ?? null,
    days_out_of_service: daysOut.count,
    days_out_counted_on: today,
    repair_open: daysOut.openRepairAttemptIds.length > 0,
    last_event_type: last.type,
  };
}

const COLUMNS = [
  'case_id',
  'version',
  'last_position',
  'status',
  'jurisdiction',
  'client_name',
  'vin',
  'make',
  'model',
  'model_year',
  'delivery_date',
  'search_text',
  'opened_at',
  'updated_at',
  'organisation_id',
  'shared_with',
  'presumption_status',
  'presumption_evaluated_on',
  'presumption_stale_on',
  'manufacturer_name',
  'manufacturer_directory_id',
  'days_out_of_service',
  'days_out_counted_on',
  'repair_open',
  'last_event_type',
];

/** One statement for any number of rows: the rows travel as one JSON document. */
export async function upsertCaseListRows(manager: EntityManager, rows: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  if (rows.length === 0) return;
  await manager.query(
    `INSERT INTO rm_case_summaries (${COLUMNS.join(', ')})
     SELECT ${COLUMNS.join(', ')} FROM jsonb_populate_recordset(NULL::rm_case_summaries, $1::jsonb)
     ON CONFLICT (case_id) DO UPDATE SET ${COLUMNS.slice(1)
       .map((c) => `${c} = EXCLUDED.${c}`)
       .join(', ')}`,
    [JSON.stringify(rows)],
  );
}

/**
 * The case list (`GET /cases`): one row per case with its searchable columns, owner, shares and
 * presumption status as of the legal day it was computed (the daily processor moves statuses
 * that time alone changes). The row keeps no copy of the case's events: a batch sees each
 * touched case at the version the batch reached, through the process's per-case state
 * (ProjectedCases: only the events after what it holds are read, and each version is folded and
 * judged once for all consumers).
 */
export class CaseListProjection implements Projection {
  readonly name = CASE_LIST.name;
  readonly version = CASE_LIST.version;
  readonly streamPrefix = CASE_STREAM_PREFIX;
  /** Rebuild: every case replayed, with the last version the replay saw; computed once each in finishRebuild. */
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
    const applied: Array<{ case_id: string; version: number }> = await manager.query(
      'SELECT case_id, version FROM rm_case_summaries WHERE case_id = ANY ($1::uuid[])',
      [[...touched.keys()]],
    );
    const versions = new Map(applied.map((r) => [r.case_id, r.version]));
    const fresh = new Map([...touched].filter(([caseId, version]) => version > (versions.get(caseId) ?? 0)));
    await this.write(manager, fresh);
  }

  private async write(manager: EntityManager, upTo: ReadonlyMap<string, number>): Promise<void> {
    if (upTo.size === 0) return;
    const today = legalToday(this.deps);
    const views = await this.cases.viewsAt(upTo, today);
    const rows = (await mapYielding(views, ([caseId, view]) => caseListRowOfView(caseId, view, today))).filter((r) => r !== undefined);
    await upsertCaseListRows(manager, rows);
  }

  async rebuildFromStreams(streams: ReadonlyArray<WholeStream>, manager: EntityManager): Promise<void> {
    const today = legalToday(this.deps);
    const rows = streams
      .map((s) => caseListRowOf(caseIdOfStream(s.streamId), storedHistoryOf(s.events), today))
      .filter((r) => r !== undefined);
    await upsertCaseListRows(manager, rows);
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
    await manager.query('TRUNCATE rm_case_summaries');
  }
}
