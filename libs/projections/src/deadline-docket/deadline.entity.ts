import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One row per deadline of every case (the docket). `status` is as computed on `computedOn`, a
 * legal date; the daily processor moves OPEN rows whose last day has passed to MISSED at the start
 * of the next legal day (readers apply the same rule, so a late processor changes nothing seen).
 */
@Entity({ name: 'rm_deadlines' })
@Index(['dueOn', 'deadlineId'])
export class DeadlineEntity {
  @PrimaryColumn({ name: 'deadline_id', type: 'text' })
  deadlineId: string;

  @Index()
  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Index()
  @Column({ name: 'organisation_id', type: 'text' })
  organisationId: string;

  /** Organisations the case is shared with (read-only), so the docket filters visibility on its own rows. */
  @Column({ name: 'shared_with', type: 'text', array: true })
  sharedWith: string[];

  @Column({ type: 'text' })
  jurisdiction: string;

  /** The client's name and the vehicle, beside the case id: the docket and calendar events read as names. */
  @Column({ name: 'client_name', type: 'text' })
  clientName: string;

  @Column({ name: 'model_year', type: 'int', nullable: true })
  modelYear: number | null;

  @Column({ type: 'text' })
  make: string;

  @Column({ type: 'text' })
  model: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ name: 'due_is_estimate', type: 'boolean' })
  dueIsEstimate: boolean;

  @Column({ name: 'day_type', type: 'text' })
  dayType: string;

  @Column({ type: 'text' })
  status: string;

  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  @Column({ name: 'satisfied_by', type: 'jsonb', nullable: true })
  satisfiedBy: { eventId: string; on: string } | null;

  @Column({ type: 'jsonb' })
  rule: { text: string; citation: string; confidence: string; rulePackVersion: string };

  @Column({ type: 'text' })
  computation: string;

  @Column({ name: 'based_on', type: 'jsonb' })
  basedOn: string[];

  @Column({ name: 'low_confidence', type: 'boolean' })
  lowConfidence: boolean;

  @Column({ name: 'low_confidence_reasons', type: 'jsonb' })
  lowConfidenceReasons: string[];

  @Column({ name: 'computed_on', type: 'date' })
  computedOn: string;

  @Column({ name: 'case_version', type: 'int' })
  caseVersion: number;
}
