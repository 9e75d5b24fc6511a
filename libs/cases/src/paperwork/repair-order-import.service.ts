import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Principal } from '@lemon/access';
import {
  ImportRefused,
  planRepairOrderImport,
  type ImportedRepairOrderRow,
  type ImportRepairOrders,
  type OpenCaseState,
  type ImportRowOutcome,
  DomainError,
} from '@lemon/domain';
import { ExecuteCaseCommand, type CommandOrigin } from '../commands/execute-case-command';
import { uuidFromSeed } from '../commands/execute-case-command.handler';
import { PaperworkCaseReader } from './paperwork-case.reader';
import { parseRepairOrderCsv, UnreadableImportFile, type RowProblem } from './repair-order-csv';

export interface ImportOptions {
  dryRun: boolean;
  createMissingDefects: boolean;
  /** Called as rows are checked (the CLI's progress bar). */
  onProgress?: (done: number, total: number) => void;
}

export interface ImportRowReport {
  row: number;
  line: number;
  repairOrderNumber?: string;
  /** `record`: new events; `unchanged`: already imported (same file, same row). */
  outcome: 'record' | 'unchanged';
  events: Array<{ type: string; id: string }>;
  createsDefects: string[];
}

export interface ImportReport {
  caseId: string;
  dryRun: boolean;
  fileSha256: string;
  delimiter: string;
  columns: Record<string, string>;
  ignoredColumns: string[];
  skippedEmptyRows: number[];
  rows: ImportRowReport[];
  summary: { rows: number; record: number; unchanged: number; events: number; defectsCreated: number };
  version: number;
  position?: string;
}

/** Refused rows: nothing was recorded. The HTTP layer answers 422 with `errors`. */
export class ImportRowsRefused extends Error {
  constructor(
    readonly problems: RowProblem[],
    readonly fileSha256: string,
  ) {
    super(`${problems.length} problem(s) in the file; nothing was recorded`);
    this.name = 'ImportRowsRefused';
  }
}

export { UnreadableImportFile };

const normalise = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** Repair orders from a CSV file: checked row by row, recorded all or nothing, idempotent by file hash. */
@Injectable()
export class RepairOrderImportService {
  constructor(
    private readonly reader: PaperworkCaseReader,
    private readonly commandBus: CommandBus,
  ) {}

  async import(principal: Principal, origin: CommandOrigin, caseId: string, file: Buffer, options: ImportOptions): Promise<ImportReport> {
    const fileSha256 = createHash('sha256').update(file).digest('hex');
    const parsed = parseRepairOrderCsv(file);
    const { state, version } = await this.reader.read(principal, caseId, 'write');
    if (state.status === 'resolved') throw new DomainError('rule_violation', 'the case is resolved; no repair orders can be imported');
    const problems: RowProblem[] = [...parsed.problems];
    // Defects: by id, then by description; new ones only when asked, one per distinct description.
    const byDescription = new Map([...state.nonconformities.values()].map((n) => [normalise(n.description), n.nonconformityId]));
    const created = new Map<string, { nonconformityId: string; description: string; firstRow: number }>();
    const rows: ImportedRepairOrderRow[] = [];
    const sorted = [...parsed.rows].sort((a, b) => (a.dateIn < b.dateIn ? -1 : a.dateIn > b.dateIn ? 1 : a.row - b.row));
    sorted.forEach((r, i) => {
      options.onProgress?.(i + 1, sorted.length);
      const problemsBefore = problems.length;
      const ids: string[] = [];
      const newDefects: ImportedRepairOrderRow['nonconformities'] = [];
      for (const defect of r.defects) {
        const known = state.nonconformities.has(defect) ? defect : byDescription.get(normalise(defect));
        if (known) {
          ids.push(known);
          continue;
        }
        const pending = created.get(normalise(defect));
        if (pending) {
          ids.push(pending.nonconformityId);
          continue;
        }
        if (!options.createMissingDefects) {
          problems.push({
            row: r.row,
            column: parsed.columns.defects,
            message: `no nonconformity on the case matches "${defect}" (by id or description); add createMissingDefects=true to create it`,
          });
          continue;
        }
        const nonconformityId = uuidFromSeed(`import:${caseId}:defect:${normalise(defect)}`);
        created.set(normalise(defect), { nonconformityId, description: defect, firstRow: r.row });
        ids.push(nonconformityId);
        newDefects.push({ nonconformityId, description: defect, safetyCritical: false, firstReportedOn: r.dateIn, mileage: r.mileageIn });
      }
      if (problems.length > problemsBefore) return; // the row is refused already; the domain need not see it
      rows.push({
        row: r.row,
        nonconformities: newDefects,
        repairAttempt: {
          repairAttemptId: uuidFromSeed(`import:${caseId}:${fileSha256}:row:${r.row}`),
          repairOrderNumber: r.repairOrderNumber,
          dealer: r.dealer,
          dateIn: r.dateIn,
          dateOut: r.dateOut,
          mileageIn: r.mileageIn,
          mileageOut: r.mileageOut,
          nonconformityIds: [...new Set(ids)],
          outcome: r.outcome,
        },
      });
    });
    const columnOf = (field: string | undefined): string | undefined =>
      field === undefined ? undefined : ((parsed.columns as Record<string, string | undefined>)[field] ?? field);
    const command: ImportRepairOrders = { type: 'ImportRepairOrders', data: { fileSha256, rows } };
    let planned: ImportRowOutcome[];
    try {
      planned = planRepairOrderImport(command, state as OpenCaseState, { today: this.reader.today() });
    } catch (error) {
      if (!(error instanceof ImportRefused)) throw error;
      problems.push(...error.refusals.map((x) => ({ row: x.row, column: columnOf(x.field), message: x.message })));
      planned = [];
    }
    if (problems.length > 0)
      throw new ImportRowsRefused(
        problems.sort((a, b) => a.row - b.row),
        fileSha256,
      );
    const lineOf = new Map(parsed.rows.map((r) => [r.row, r]));
    const report = (result: { version: number; position?: string }): ImportReport => {
      const reports = planned.map((p) => ({
        row: p.row,
        line: lineOf.get(p.row)!.line,
        repairOrderNumber: lineOf.get(p.row)!.repairOrderNumber,
        outcome: p.outcome,
        events: p.events.map((e) => ({
          type: e.type,
          id: String(
            (e.data as { repairAttemptId?: string; nonconformityId?: string }).repairAttemptId ??
              (e.data as { nonconformityId?: string }).nonconformityId,
          ),
        })),
        createsDefects: p.events
          .filter((e) => e.type === 'NonconformityReported')
          .map((e) => (e.data as { description: string }).description),
      }));
      return {
        caseId,
        dryRun: options.dryRun,
        fileSha256,
        delimiter: parsed.delimiter === '\t' ? 'tab' : parsed.delimiter,
        columns: parsed.columns as Record<string, string>,
        ignoredColumns: parsed.ignoredColumns,
        skippedEmptyRows: parsed.skippedEmptyRows,
        rows: reports.sort((a, b) => a.row - b.row),
        summary: {
          rows: reports.length,
          record: reports.filter((r) => r.outcome === 'record').length,
          unchanged: reports.filter((r) => r.outcome === 'unchanged').length,
          events: reports.reduce((n, r) => n + r.events.length, 0),
          defectsCreated: reports.reduce((n, r) => n + r.createsDefects.length, 0),
        },
        version: result.version,
        ...(result.position ? { position: result.position } : {}),
      };
    };
    if (options.dryRun || planned.every((p) => p.events.length === 0)) return report({ version });
    try {
      const result = await this.commandBus.execute(
        new ExecuteCaseCommand(caseId, command, origin, undefined, `import:${caseId}:${fileSha256}`),
      );
      return report(result);
    } catch (error) {
      // Someone changed the case between the check and the write, and a row no longer fits.
      if (error instanceof ImportRefused) {
        throw new ImportRowsRefused(
          error.refusals.map((x) => ({ row: x.row, column: columnOf(x.field), message: x.message })),
          fileSha256,
        );
      }
      throw error;
    }
  }
}
