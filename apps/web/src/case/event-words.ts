import type { HistoryEvent } from '../api/types';
import { eventLabel } from '../components/names';
import { miles } from '../lib/dates';
import { withNames } from '../lib/timeline';
import { LITIGATION_STEPS } from './facts';

const words = (code: unknown): string => String(code ?? '').replaceAll('_', ' ');

/** What the event adds to its label: the record's key facts, the reason given for a correction or void. */
function detailOf(e: HistoryEvent, organisations: Readonly<Record<string, string>>): string {
  const d = e.data;
  const was = e.supersedes?.data;
  const reason = typeof d.correctionReason === 'string' ? ` (${d.correctionReason})` : typeof d.reason === 'string' ? `: ${d.reason}` : '';
  switch (e.type) {
    case 'NonconformityReported':
      return `: ${String(d.description)}`;
    case 'RepairAttemptRecorded':
      return `: ${d.repairOrderNumber ? `${String(d.repairOrderNumber)} ` : ''}${String(d.dateIn)} → ${String(d.dateOut ?? 'open')} at ${miles(Number(d.mileageIn))}`;
    case 'RepairAttemptCorrected':
      return `${reason}: now ${String(d.dateIn)} → ${String(d.dateOut ?? 'open')}${
        was ? `; was ${String(was.dateIn)} → ${String(was.dateOut ?? 'open')}` : ''
      }`;
    case 'OutOfServiceRecorded':
      return `: ${String(d.from)} → ${String(d.to)} (${String(d.reason)})`;
    case 'OdometerReported':
      return `: ${miles(Number(d.mileage))} on ${String(d.readOn)}`;
    case 'ManufacturerNotified':
      return `: sent ${String(d.sentOn)} (${words(d.method)})`;
    case 'FinalRepairOpportunityOffered':
      return `: ${String(d.offeredOn)}`;
    case 'DisputeClaimFiled':
      return `: ${words(d.program)}, ${String(d.filedOn)}`;
    case 'CaseResolved':
      return `: ${words(d.resolution)}, ${String(d.resolvedOn)}`;
    case 'LitigationStepRecorded':
      return `: ${LITIGATION_STEPS.find((s) => s.value === d.kind)?.label ?? words(d.kind)}, ${String(d.on)}`;
    case 'ExpenseRecorded':
      return `: ${String(d.description)}, ${String(d.on)}`;
    case 'ManufacturerLinked':
      return `: ${String(d.name)}`;
    case 'DocumentGenerated':
      return `: ${String(d.fileName ?? words(d.kind))}`;
    case 'CaseShared':
    case 'CaseShareRevoked':
      return ` with ${organisations[String(d.organisationId)] ?? 'another organisation'}`;
    // A firm-private note reaches another organisation without its words: it reads as such, never as "undefined".
    case 'NoteAdded':
      return typeof d.text === 'string' ? `: ${d.text}` : ' (firm-private)';
    case 'NoteCorrected':
      return typeof d.text === 'string' ? `${reason}: ${d.text}` : ' (firm-private)';
    case 'NoteVoided':
      return typeof d.reason === 'string' ? reason : ' (firm-private)';
    case 'VehicleCorrected': {
      const v = (d.vehicle ?? {}) as { vin?: string; make?: string; model?: string; modelYear?: number };
      return `${reason}: now ${v.modelYear} ${v.make} ${v.model}, VIN ${v.vin}`;
    }
    case 'JurisdictionCorrected':
      return ` to ${String(d.jurisdiction)}${reason}${was ? `; was ${String(was.jurisdiction)}` : ''}`;
    default:
      // Every other correction and void with the reason given (nothing is ever lost).
      return reason;
  }
}

/** What an event says, in words: its label, then what it recorded; defects and organisations by name. */
export function describeEvent(
  e: HistoryEvent,
  names: Readonly<Record<string, string>>,
  organisations: Readonly<Record<string, string>> = {},
): string {
  return withNames(`${eventLabel(e.type)}${detailOf(e, organisations)}`, names);
}
