/** Zero-padding makes text order equal numeric order, so checkpoints compare as plain strings. */
export const padPosition = (value: bigint | number | string, width: number): string => String(value).padStart(width, '0');

export const isAfter = (a: string, b: string | undefined): boolean => b === undefined || a > b;
