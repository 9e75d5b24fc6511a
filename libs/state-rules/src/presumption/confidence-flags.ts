import type { LegalDate } from '@lemon/domain';
import type { RulePackVersion } from '../state-rule-pack';
import type { Sourced } from '../sourced';

/**
 * The values an evaluation used that are not high confidence, or that rest on our reading of
 * the source, as short lines the API shows next to the result (never hidden).
 */
export class LowConfidenceFlags {
  private readonly lines: string[] = [];

  value(label: string, s: Sourced<unknown>): void {
    if (s.confidence !== 'H') this.push(`${label} (${s.confidence}): ${s.citation}${s.note ? ` - ${s.note}` : ''}`);
    for (const i of s.interpretations ?? []) this.push(`${label} (interpretation): ${i}`);
  }

  text(line: string): void {
    this.push(line);
  }

  list(): string[] {
    return [...this.lines];
  }

  private push(line: string): void {
    if (!this.lines.includes(line)) this.lines.push(line);
  }
}

/** Flags about the version itself: an uncertain effective date, or known text it does not encode. */
export function flagVersion(flags: LowConfidenceFlags, version: RulePackVersion, deliveryDate: LegalDate): void {
  const basis = version.effectiveFromBasis;
  if (basis.confidence === 'L' && (!version.effectiveFromUncertainUntil || deliveryDate < version.effectiveFromUncertainUntil)) {
    flags.text(
      `rulePackVersion ${version.id} (L): the version's effective date ${version.effectiveFrom} is not established; delivery ${deliveryDate} may fall under another version - ${basis.value}`,
    );
  }
  for (const i of basis.interpretations ?? []) flags.text(`rulePackVersion ${version.id} (interpretation): ${i}`);
  for (const c of version.caveats ?? [])
    if (deliveryDate < c.deliveredBefore) flags.text(`rulePackVersion ${version.id} (caveat): ${c.text}`);
}
