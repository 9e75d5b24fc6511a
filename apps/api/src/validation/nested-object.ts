import { Transform, Type, type TransformFnParams } from 'class-transformer';
import { ValidateBy, ValidateNested } from 'class-validator';

export interface NestedObjectOptions {
  /** Message for a value that is not an object (missing, null, a string, an array...). Default "$property must be an object". */
  message?: string;
  /**
   * Runs after the nested plain object became an instance of the type: lets a property accept a
   * shorthand (e.g. a string) by turning it into an instance.
   */
  normalise?: (params: TransformFnParams) => unknown;
}

export const IS_NESTED_OBJECT = 'isNestedObject';

/**
 * A nested object validated as an instance of `type`, with exactly one message when the value is
 * not an object at all. Replaces the usual @IsObject + @ValidateNested + @Type trio, which reports
 * a non-object twice and walks into arrays element by element. Required unless paired with
 * @IsOmittable(). Field errors inside come out under the nested path ('vehicle.vin').
 */
export function NestedObject(type: () => new () => object, options: NestedObjectOptions = {}): PropertyDecorator {
  const message = options.message ?? '$property must be an object';
  const normalise = options.normalise ?? (({ value }: TransformFnParams): unknown => value);
  const decorators: PropertyDecorator[] = [
    Type(type),
    // An array is not an object here: make it a non-object so @ValidateNested reports it once.
    Transform((params) => {
      const value = normalise(params);
      return Array.isArray(value) ? null : value;
    }),
    // @ValidateNested reports null and primitives itself, but lets undefined pass: catch it here.
    ValidateBy({
      name: IS_NESTED_OBJECT,
      validator: { validate: (value: unknown): boolean => value !== undefined, defaultMessage: (): string => message },
    }),
    ValidateNested({ message }),
  ];
  return (target, propertyKey) => {
    for (const decorator of decorators) decorator(target, propertyKey);
  };
}
