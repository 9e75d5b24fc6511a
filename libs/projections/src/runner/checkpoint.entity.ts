import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where each projection (name + version) has read the global log up to. */
@Entity({ name: 'rm_checkpoints' })
export class CheckpointEntity {
  @PrimaryColumn({ type: 'text' })
  projection: string;

  @PrimaryColumn({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  position: string;

  @Column({ name: 'events_applied', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  eventsApplied: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
