/** One public page a rule-pack value was read from. */
export interface ReferenceSource {
  title: string;
  address: string;
}
