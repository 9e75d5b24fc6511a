import { Temporal } from 'temporal-polyfill';

/**
 * The only source of "now" in the application. Injected as a value so tests run on a real clock
 * they control; the domain never reads it (handlers pass today's date into decide).
 */
export interface Clock {
  now(): Temporal.Instant;
  /**
   * The same instant in epoch milliseconds, for hot paths that only compare times: the system
   * clock answers it without building a Temporal.Instant (~3 µs each in the polyfill). Optional;
   * read it through `epochMillisecondsOf`.
   */
  epochMilliseconds?(): number;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => Temporal.Now.instant(), epochMilliseconds: () => Date.now() };

/** The clock's current instant in epoch milliseconds (its fast path when it has one). */
export const epochMillisecondsOf = (clock: Clock): number => clock.epochMilliseconds?.() ?? clock.now().epochMilliseconds;

/** Legal dates are calendar dates where the case is; US courts' dates are taken as America/New_York unless configured. */
export const todayIn = (clock: Clock, timeZone: string): string => clock.now().toZonedDateTimeISO(timeZone).toPlainDate().toString();

/**
 * `todayIn` for one time zone, for hot paths (every single-case read asks for "today"): the legal
 * day found last is kept with the instants it starts and ends at (from the zone's rules, so a
 * daylight-saving day is 23 or 25 hours long), and an instant inside it needs no time-zone
 * arithmetic. Any instant works, earlier ones too (a test clock may go back).
 */
export class LegalDayFinder {
  private held?: { date: string; startsAt: number; endsAt: number };

  constructor(private readonly timeZone: string) {}

  /** The legal date at an instant given in epoch milliseconds. */
  dateAt(at: number): string {
    const held = this.held;
    if (held && at >= held.startsAt && at < held.endsAt) return held.date;
    const day = Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(this.timeZone).toPlainDate();
    const startOf = (date: Temporal.PlainDate) => date.toZonedDateTime({ timeZone: this.timeZone }).epochMilliseconds;
    this.held = { date: day.toString(), startsAt: startOf(day), endsAt: startOf(day.add({ days: 1 })) };
    return this.held.date;
  }
}
