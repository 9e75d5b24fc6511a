import { Transform } from 'class-transformer';

/**
 * Trims and upper-cases a string before validation (VINs, jurisdiction codes): "ca " -> "CA".
 * Non-strings pass through untouched so the type validators report them.
 */
export function ToUpperCase(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value));
}
