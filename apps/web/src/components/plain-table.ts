import { Table } from '@mantine/core';

/**
 * Rows of a long table as plain <tr>/<td> with the classes and attributes Mantine's Table.Tr/Table.Td
 * would give them (inside a Mantine <Table>, which still sets the variables): a 40-row grid is then
 * 40 × 8 elements instead of 40 × 8 Mantine components (Box, styles, context each) on first render.
 */
export const plainRow = (striped: boolean) =>
  ({ className: Table.classes.tr, 'data-with-row-border': true, 'data-striped': striped ? 'odd' : undefined }) as const;
export const plainCell = Table.classes.td;
