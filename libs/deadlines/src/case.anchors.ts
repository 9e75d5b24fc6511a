import type { LegalDate } from '@lemon/domain';
import { estimateDateMileageReached, type DateTerm, type TimeAnchor } from '@lemon/state-rules';
import { claimsFiled, happened } from './case.timeline';
import type { DeadlineContext } from './deadline.context';

/** A clock's starting day, in words, with the events behind it. */
export interface AnchorValue {
  date: LegalDate;
  label: string;
  basedOn: string[];
  isEstimate: boolean;
  reasons: string[];
}
export type AnchorResult = AnchorValue | { missing: string };

// Fixed US grouping (12,000), independent of the runtime's locale data.
const miles = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const value = (date: LegalDate, label: string, basedOn: string[], extra: Partial<AnchorValue> = {}): AnchorValue => ({
  date,
  label,
  basedOn,
  isEstimate: false,
  reasons: [],
  ...extra,
});

export function warrantyExpiryAnchor(ctx: DeadlineContext): AnchorValue {
  const w = ctx.warranty;
  const { warranty, acquisition } = ctx.t.state;
  const basedOn = [ctx.t.openedEventId, ...ctx.odometer.eventIds];
  const reasons: string[] = [];
  if (w.isEstimate) {
    const rate = w.mileageReached?.milesPerDay ? ` at ${w.mileageReached.milesPerDay.toFixed(1)} miles/day` : '';
    reasons.push(`Warranty expiry estimated: the ${miles(w.mileageLimit)}-mile limit comes first (${w.mileageReached?.basis}${rate}).`);
  }
  if (!w.mileageTrendKnown)
    reasons.push(`No odometer reading after delivery: the ${miles(w.mileageLimit)}-mile limit may end the warranty before ${w.dateLimit}.`);
  const how =
    w.expiresBy === 'date'
      ? `${warranty.months} months from delivery ${acquisition.deliveryDate}`
      : `${w.isEstimate ? 'estimated ' : ''}day the odometer reaches ${miles(w.mileageLimit)} miles, before the ${warranty.months}-month limit ${w.dateLimit}`;
  return value(w.expiresOn, `warranty expiry ${w.expiresOn} (${how})`, basedOn, { isEstimate: w.isEstimate, reasons });
}

export function rightsPeriodEndAnchor(ctx: DeadlineContext): AnchorResult {
  const p = ctx.evaluation.rightsPeriod ?? ctx.evaluation.period;
  if (!p?.endsOn) return { missing: 'the rights period end cannot be determined from the recorded facts' };
  const how =
    p.closesBy === 'mileage'
      ? `${p.endsOnIsEstimate ? 'estimated ' : ''}day the odometer reaches ${miles(p.milesLimit ?? 0)} miles${p.mileageEstimateBasis ? `, ${p.mileageEstimateBasis}` : ''}`
      : p.closesBy === 'express_warranty'
        ? 'express warranty expiry'
        : `date limit from delivery ${p.start}`;
  const reasons = p.endsOnIsEstimate ? ['Rights period end estimated from the odometer trend (mileage limit first).'] : [];
  return value(p.endsOn, `rights period end ${p.endsOn} (${how})`, [ctx.t.openedEventId, ...ctx.odometer.eventIds], {
    isEstimate: p.endsOnIsEstimate,
    reasons,
  });
}

/** The first written notice to the manufacturer on or before asOf; received date, else the sent date. */
export function noticeReceiptAnchor(ctx: DeadlineContext, noticeId?: string): AnchorResult {
  const t = ctx.t;
  const notices = [...t.state.manufacturerNotices.values()].filter((n) => happened(t, n.sentOn) && (!noticeId || n.noticeId === noticeId));
  const n = notices.sort((a, b) => (a.sentOn < b.sentOn ? -1 : 1))[0];
  if (!n) return { missing: 'no written notice to the manufacturer recorded' };
  const ids = [t.notices.get(n.noticeId)!];
  if (happened(t, n.receivedOn)) return value(n.receivedOn, `notice ${n.noticeId} received ${n.receivedOn}`, ids);
  return value(n.sentOn, `notice ${n.noticeId} sent ${n.sentOn} (receipt date not recorded; the sent date is used)`, ids, {
    reasons: [`Notice ${n.noticeId}: receipt date not recorded; counted from the day it was sent, which can only make the date earlier.`],
  });
}

function latest<T>(items: T[], date: (x: T) => LegalDate): T | undefined {
  return [...items].sort((a, b) => (date(a) < date(b) ? 1 : date(a) > date(b) ? -1 : 0))[0];
}

/** Resolves one clock's start from the case's facts on asOf. */
export function resolveAnchor(ctx: DeadlineContext, term: DateTerm): AnchorResult {
  const t = ctx.t;
  const anchor: TimeAnchor = term.anchor;
  const claims = claimsFiled(t);
  const repairs = [...t.state.repairAttempts.values()].filter((r) => !r.voided && happened(t, r.dateIn));
  switch (anchor) {
    case 'delivery':
      return value(t.state.acquisition.deliveryDate, `delivery ${t.state.acquisition.deliveryDate}`, [t.openedEventId]);
    case 'warranty_expiry':
      return warrantyExpiryAnchor(ctx);
    case 'rights_period_end':
      return rightsPeriodEndAnchor(ctx);
    case 'notice_received':
      return noticeReceiptAnchor(ctx);
    case 'first_report': {
      const reports = [
        ...[...t.state.nonconformities.values()]
          .filter((n) => happened(t, n.firstReportedOn))
          .map((n) => ({
            on: n.firstReportedOn!,
            what: `nonconformity ${n.nonconformityId} first reported`,
            ids: [t.nonconformities.get(n.nonconformityId)!],
          })),
        ...repairs.map((r) => ({
          on: r.dateIn,
          what: `repair attempt ${r.repairOrderNumber ?? r.repairAttemptId} (in)`,
          ids: t.repairs.get(r.repairAttemptId) ?? [],
        })),
      ];
      const first = [...reports].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))[0];
      return first
        ? value(first.on, `first report ${first.on} (${first.what})`, first.ids)
        : { missing: 'no nonconformity reported or repair attempt recorded yet' };
    }
    case 'last_repair_attempt': {
      const r = latest(repairs, (x) => x.dateIn);
      return r
        ? value(
            r.dateIn,
            `last repair attempt ${r.dateIn} (${r.repairOrderNumber ?? r.repairAttemptId}, in)`,
            t.repairs.get(r.repairAttemptId) ?? [],
          )
        : { missing: 'no repair attempt recorded yet' };
    }
    case 'final_repair_attempt': {
      const done = [...t.state.finalRepairOpportunities.values()].filter((o) => happened(t, o.completion?.completedOn));
      const o = latest(done, (x) => x.completion!.completedOn);
      return o
        ? value(o.completion!.completedOn, `final repair attempt completed ${o.completion!.completedOn}`, [
            t.completions.get(o.opportunityId)!,
          ])
        : { missing: 'no final repair attempt completed yet' };
    }
    case 'odometer_reaches': {
      const target = term.miles ?? 0;
      const { acquisition } = t.state;
      const hit = estimateDateMileageReached(
        { date: acquisition.deliveryDate, mileage: acquisition.odometerAtDelivery },
        ctx.odometer.readings,
        target,
      );
      if (!hit) return { missing: `no odometer trend to tell when ${miles(target)} miles are reached` };
      const reasons = hit.isEstimate ? [`Day the odometer reaches ${miles(target)} miles is estimated (${hit.basis}).`] : [];
      return value(
        hit.date,
        `odometer reaches ${miles(target)} miles ${hit.date}${hit.isEstimate ? ` (estimated, ${hit.basis})` : ''}`,
        [t.openedEventId, ...ctx.odometer.eventIds],
        { isEstimate: hit.isEstimate, reasons },
      );
    }
    case 'claim_filed': {
      const c = claims[0];
      return c
        ? value(c.filedOn, `claim ${c.claimId} filed ${c.filedOn}`, [t.claims.get(c.claimId)!.filed!])
        : { missing: 'no dispute claim filed yet' };
    }
    case 'idsm_final_action':
    case 'decision_received': {
      const eligible = claims.filter(
        (c) => happened(t, c.decision?.decidedOn) && (anchor === 'decision_received' || c.program !== 'STATE_PROGRAM'),
      );
      const c = latest(eligible, (x) => x.decision!.decidedOn);
      if (!c)
        return {
          missing: anchor === 'idsm_final_action' ? 'no decision of a manufacturer dispute program yet' : 'no dispute decision yet',
        };
      const on = c.decision!.decidedOn;
      const reasons =
        anchor === 'decision_received' ? ['The day the decision was received is not recorded; the decision date is used.'] : [];
      return value(
        on,
        `${anchor === 'idsm_final_action' ? 'dispute program final action' : 'decision'} on claim ${c.claimId} ${on}`,
        [t.claims.get(c.claimId)!.decision!],
        { reasons },
      );
    }
    case 'decision_accepted': {
      const c = latest(
        claims.filter((x) => happened(t, x.acceptedOn)),
        (x) => x.acceptedOn!,
      );
      return c
        ? value(c.acceptedOn!, `decision on claim ${c.claimId} accepted ${c.acceptedOn}`, [t.claims.get(c.claimId)!.accepted!])
        : { missing: 'no dispute decision accepted yet' };
    }
  }
}
