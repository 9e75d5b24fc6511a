/**
 * The section that holds a state's presumption, for the presumption panel's heading: the part the prongs' citations share,
 * cut at a whole subsection ("N.Y. Gen. Bus. Law s 198-a(d)(1)" and "...(d)(2)" give "N.Y. Gen. Bus. Law s 198-a(d)").
 * When the shared part is no section at all (no number in it, as when one prong cites "s" and another "ss"), the first
 * prong's citation; with no prong, the statute's first part. Citations stay in the rule packs' ASCII ("s" for §).
 */
export function presumptionSection(prongCitations: readonly string[], statute: string): string {
  const [first, ...others] = prongCitations;
  if (first === undefined) return statute.split(';')[0].trim();
  let shared = first.length;
  for (const other of others) {
    let i = 0;
    while (i < shared && i < other.length && first[i] === other[i]) i++;
    shared = i;
  }
  // A cut may fall only where every citation ends or goes on with a new part ("(", ";", "," or a space), and never
  // inside a parenthesis: "s 14-1502 (presumption: 4 or more repairs)" is cut before the words, not in them.
  const boundary = (at: number) => prongCitations.every((c) => at === c.length || '(;, '.includes(c[at]));
  const closed = (at: number) => first.slice(0, at).split('(').length === first.slice(0, at).split(')').length;
  while (shared > 0 && !(boundary(shared) && closed(shared))) shared--;
  const section = first.slice(0, shared).replace(/[\s;,]+$/, '');
  return /\d/.test(section) ? section : first;
}
