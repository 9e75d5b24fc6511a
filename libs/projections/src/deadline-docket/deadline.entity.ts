import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One row per deadline of every case (the docket). `status` is as computed on `computedOn`
 * (the date of the case's last event); readers turn an OPEN row whose due date has passed into
 * MISSED, the one change time alone makes.
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

  @Column({ type: 'text' })
  jurisdiction: string;

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
