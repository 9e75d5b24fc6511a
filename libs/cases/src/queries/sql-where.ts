/** A parameterised WHERE clause built filter by filter ($1, $2 … in the order values are given). */
export class SqlWhere {
  readonly params: unknown[] = [];
  private readonly clauses: string[] = [];

  /** Adds a value and returns its placeholder, for use in several clauses. */
  param(value: unknown): string {
    return `$${this.params.push(value)}`;
  }

  /** `sql` receives one placeholder per value, in order. */
  add(sql: (...placeholders: string[]) => string, ...values: unknown[]): void {
    this.clauses.push(sql(...values.map((value) => this.param(value))));
  }

  toString(): string {
    return this.clauses.length ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }
}
