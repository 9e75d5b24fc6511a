import { Temporal } from 'temporal-polyfill';
import type { Clock } from '@lemon/platform';

/** A clock that says what the test tells it, and moves only when told to. */
export class FixedClock implements Clock {
  constructor(private instant: Temporal.Instant) {}

  static at(iso: string): FixedClock {
    return new FixedClock(Temporal.Instant.from(iso));
  }

  now(): Temporal.Instant {
    return this.instant;
  }

  advance(duration: Temporal.DurationLike): void {
    this.instant = this.instant.add(duration);
  }

  set(iso: string): void {
    this.instant = Temporal.Instant.from(iso);
  }
}
