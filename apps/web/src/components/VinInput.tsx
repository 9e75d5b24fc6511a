import { TextInput } from '@mantine/core';
import { VIN_LENGTH } from '@lemon/domain/vin';
import { vinHint } from '../lib/vin';

/**
 * The VIN field wherever a VIN is typed ("New case", "Correct the vehicle"): upper-cased as typed,
 * checked as it is typed (length, characters, check digit for model years from 1981) with the
 * hint in plain words under the field; a full-length VIN that fails the check shows as an error.
 * An error from the API (`error`) wins over the hint.
 */
export function VinInput({
  value,
  onChange,
  modelYear,
  error,
  label = 'VIN',
  required = true,
}: {
  value: string;
  onChange: (vin: string) => void;
  /** The model year typed beside it, if any: before 1981 there is no check digit. */
  modelYear?: number;
  error?: string;
  label?: string;
  required?: boolean;
}) {
  const hint = value ? vinHint(value, modelYear) : null;
  const shownError = error ?? (hint && value.trim().length >= VIN_LENGTH ? hint : undefined);
  return (
    <TextInput
      label={label}
      required={required}
      maxLength={VIN_LENGTH}
      value={value}
      description={
        shownError
          ? undefined
          : (hint ?? (value ? 'Valid VIN (check digit matches).' : 'From the windshield plate, the registration or the purchase contract.'))
      }
      error={shownError}
      onChange={(e) => onChange(e.currentTarget.value.toUpperCase())}
      styles={{ input: { fontFamily: 'monospace' } }}
    />
  );
}
