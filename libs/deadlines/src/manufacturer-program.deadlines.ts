import { manufacturerById, programParticipation, MANUFACTURER_DIRECTORY_VERSION } from '@lemon/manufacturers';
import { claimsFiled, type CaseTimeline } from './case.timeline';
import type { Deadline } from './deadline.types';

/**
 * Why the case's manufacturer does not take BBB AUTO LINE claims from its state, per the
 * manufacturer directory (participating states by booklet edition and model year); undefined
 * when the case links no directory entry or the state participates.
 */
export function bbbNotOfferedReason(t: CaseTimeline): string | undefined {
  const directoryId = t.state.manufacturer.directoryId;
  if (directoryId === undefined) return undefined;
  const entry = manufacturerById(directoryId);
  if (!entry || entry.disputeProgram.program !== 'BBB_AUTO_LINE') return undefined;
  const modelYear = t.state.vehicle.modelYear;
  const answer = programParticipation(entry, t.state.jurisdiction, modelYear);
  if (answer.participates) return undefined;
  return (
    `${entry.name} does not offer BBB AUTO LINE in ${t.state.jurisdiction} for model year ${modelYear}: ` +
    `participating states ${answer.states.join(', ')} (${answer.basis}; confidence ${answer.confidence}; ` +
    `manufacturer directory ${MANUFACTURER_DIRECTORY_VERSION}).`
  );
}

/** Marks the BBB AUTO LINE clocks NOT_APPLICABLE when the program is not offered in the case's state. */
export function withoutUnofferedBbbClocks(t: CaseTimeline, deadlines: Deadline[]): Deadline[] {
  const reason = bbbNotOfferedReason(t);
  if (reason === undefined) return deadlines;
  const bbbClaims = new Set(
    claimsFiled(t)
      .filter((c) => c.program === 'BBB_AUTO_LINE')
      .map((c) => c.claimId),
  );
  const isBbbClock = (d: Deadline): boolean =>
    (d.kind === 'dispute_claim_window' && d.deadlineId.endsWith(':bbb-auto-line')) ||
    ((d.kind === 'dispute_decision_due' || d.kind === 'manufacturer_compliance_due') &&
      [...bbbClaims].some((id) => d.deadlineId.endsWith(`:${id}`)));
  return deadlines.map((d) => {
    if (!isBbbClock(d)) return d;
    const { satisfiedBy: _unused, ...rest } = d;
    return { ...rest, status: 'NOT_APPLICABLE', statusReason: reason };
  });
}
