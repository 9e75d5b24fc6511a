import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { notesSharedNow, summaryFor } from '../case-file/case-privilege';
import { cutOf } from '../case-file/case-cut';
import { CaseStreamReader } from '../case-file/case-stream.reader';
import { GetSerializedCaseSummaryQuery, SerializedCaseView, type CaseSummaryWithPresumption } from './get-case-summary.query';

/** The summary with its presumption and deadlines, as the reader's audience may see it. */
async function readSummary(cases: CaseStreamReader, { principal, caseId, cut }: GetSerializedCaseSummaryQuery) {
  const { file: current, audience } = await cases.read(principal, caseId);
  const { file, at } = cutOf(current, caseId, cut);
  const day = at ? cases.dayOf(at) : cases.today();
  const summary = (): CaseSummaryWithPresumption =>
    summaryFor(
      audience,
      {
        ...file.summary(day),
        presumption: file.presumption(day),
        deadlines: file.deadlines(day),
        ...(at ? { asOf: { instant: at.toISOString(), legalDate: day, version: file.version } } : {}),
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
    // An earlier state's answer names the instant asked for: it is serialized per request, never kept.
    return query.cut.asOf || query.cut.version !== undefined ? serialize() : file.derived(day, `summary.json.${audience}`, serialize);
  }
}
