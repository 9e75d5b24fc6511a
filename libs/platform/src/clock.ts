import { Temporal } from 'temporal-polyfill';

/**
 * The only source of "now" in the application. Injected as a value so tests run on a real clock
 * they control; the domain never reads it (handlers pass today's date into decide).
 */
export interface Clock {
  now(): Temporal.Instant;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => Temporal.Now.instant() };

/** Legal dates are calendar dates where the case is; US courts' dates are taken as America/New_York unless configured. */
export const todayIn = (clock: Clock, timeZone: string): string => clock.now().toZonedDateTimeISO(timeZone).toPlainDate().toString();
