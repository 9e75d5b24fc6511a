import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DomainError } from '@lemon/domain';
import { notesSharedNow, summaryFor } from '../case-file/case-privilege';
import { CaseStreamReader } from '../case-file/case-stream.reader';
import { GetSerializedCaseSummaryQuery, SerializedCaseView, type CaseSummaryWithPresumption } from './get-case-summary.query';

/** The summary with its presumption and deadlines, as the reader's audience may see it. */
async function readSummary(cases: CaseStreamReader, { principal, caseId, asOf }: GetSerializedCaseSummaryQuery) {
  const { file: current, audience } = await cases.read(principal, caseId);
  const file = asOf ? current.asOf(asOf) : current;
  if (!file) throw new DomainError('case_not_found', `case ${caseId} had not been opened at ${asOf!.toISOString()}`);
  const day = asOf ? cases.dayOf(asOf) : cases.today();
  const summary = (): CaseSummaryWithPresumption =>
    summaryFor(
      audience,
      {
        ...file.summary(day),
        presumption: file.presumption(day),
        deadlines: file.deadlines(day),
        ...(asOf ? { asOf: { instant: asOf.toISOString(), legalDate: day } } : {}),
      },
      // Which notes a shared reader sees is judged on the case now (without asOf the same version: the cached answer stays right).
      notesSharedNow(current.state()),
    );
  return { file, day, audience, summary };
}

@QueryHandler(GetSerializedCaseSummaryQuery)
export class GetSerializedCaseSummaryHandler implements IQueryHandler<GetSerializedCaseSummaryQuery, SerializedCaseView> {
  constructor(private readonly cases: CaseStreamReader) {}

  async execute(query: GetSerializedCaseSummaryQuery): Promise<SerializedCaseView> {
    const { file, day, audience, summary } = await readSummary(this.cases, query);
    const serialize = () => new SerializedCaseView(file.version, JSON.stringify(summary()));
    // An asOf answer names the instant asked for: it is serialized per request, never kept.
    return query.asOf ? serialize() : file.derived(day, `summary.json.${audience}`, serialize);
  }
}
