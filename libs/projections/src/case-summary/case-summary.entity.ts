import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A case event as the projections hand it to the evaluators (read from the case's stream, never stored). */
export interface StoredCaseEvent {
  eventId: string;
  type: string;
  version: number;
  position: string;
  data: unknown;
  metadata: Record<string, unknown>;
  recordedAt: string;
}

/**
 * One row per case for the case list (`GET /cases`): searchable columns, owner and shares, and the
 * presumption status on a legal day. No copy of the case's events: one case is read from its stream.
 */
@Entity({ name: 'rm_case_summaries' })
export class CaseSummaryEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId: string;

  /** Last stream version applied: events at or below it are skipped (idempotent replays). */
  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'last_position', type: 'text' })
  lastPosition: string;

  @Index()
  @Column({ type: 'text' })
  status: string;

  @Index()
  @Column({ type: 'text' })
  jurisdiction: string;

  @Column({ name: 'client_name', type: 'text' })
  clientName: string;

  @Column({ type: 'text' })
  vin: string;

  @Column({ type: 'text' })
  make: string;

  @Column({ type: 'text' })
  model: string;

  @Column({ name: 'model_year', type: 'int' })
  modelYear: number;

  @Column({ name: 'delivery_date', type: 'date' })
  deliveryDate: string;

  /** Lower-cased client name, VIN, make, model and repair-order numbers for `q=` search. */
  @Column({ name: 'search_text', type: 'text' })
  searchText: string;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** The organisation that owns the case (its user opened it). */
  @Index()
  @Column({ name: 'organisation_id', type: 'text' })
  organisationId: string;

  /** Organisations the owner shared the case with, read-only. */
  @Column({ name: 'shared_with', type: 'text', array: true })
  sharedWith: string[];

  /** Presumption status on `presumptionEvaluatedOn` (the last event's date), for `?presumption=` filters. */
  @Index()
  @Column({ name: 'presumption_status', type: 'text' })
  presumptionStatus: string;

  @Column({ name: 'presumption_evaluated_on', type: 'date' })
  presumptionEvaluatedOn: string;

  /** From this date the stored status must be re-evaluated (time alone may change it); null = until the next event. */
  @Column({ name: 'presumption_stale_on', type: 'date', nullable: true })
  presumptionStaleOn: string | null;

  /** The manufacturer's name as recorded, and the directory entry the case links to (`GET /manufacturers/{id}`), if any. */
  @Column({ name: 'manufacturer_name', type: 'text' })
  manufacturerName: string;

  @Column({ name: 'manufacturer_directory_id', type: 'text', nullable: true })
  manufacturerDirectoryId: string | null;

  /** Calendar days out of service, merged, counted on `daysOutCountedOn`; while a repair is open each later day adds one. */
  @Column({ name: 'days_out_of_service', type: 'int' })
  daysOutOfService: number;

  @Column({ name: 'days_out_counted_on', type: 'date', nullable: true })
  daysOutCountedOn: string | null;

  @Column({ name: 'repair_open', type: 'boolean' })
  repairOpen: boolean;

  /** The type of the case's last event ("last activity", with `updatedAt`). */
  @Column({ name: 'last_event_type', type: 'text' })
  lastEventType: string;
}
