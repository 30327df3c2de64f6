import { SidekeyError } from '../errors/sidekey-error';
import { FieldError } from './field-error';

/**
 * Reads one value of message input found at `field` (its key path, `''` for the whole input): answers the value,
 * typed, or throws — a {@link FieldError} (code `BadMessage` unless a {@link refine} step chose another) naming the
 * field. Every request's `parse` is built from these readers with {@link parser}; nothing else checks input shape.
 */
export type Shape<T> = (value: unknown, field: string) => T;

/** The type a shape reads. */
export type ShapeOf<S> = S extends Shape<infer T> ? T : never;

type Fields = Record<string, Shape<unknown>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type Required<F extends Fields> = { [K in keyof F as undefined extends ShapeOf<F[K]> ? never : K]: ShapeOf<F[K]> };
type Optional<F extends Fields> = {
  [K in keyof F as undefined extends ShapeOf<F[K]> ? K : never]?: Exclude<ShapeOf<F[K]>, undefined>;
};
export type ObjectOf<F extends Fields> = Simplify<Required<F> & Optional<F>>;

const DEFAULT_MAX_LENGTH = 4096;

function refuse(field: string, what: string): SidekeyError {
  if (!field) return new SidekeyError({ code: 'BadMessage', message: `The input must be ${what}.` });
  return new FieldError({ code: 'BadMessage', field, message: `"${field}" must be ${what}.` });
}

function path(parent: string, key: string | number): string {
  return parent ? `${parent}.${key}` : String(key);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string of `min` (default 1) to `max` (default 4096) characters; `trim` checks and answers it trimmed. */
export function string(options: { min?: number; max?: number; trim?: boolean } = {}): Shape<string> {
  const { min = 1, max = DEFAULT_MAX_LENGTH } = options;
  return (value, field) => {
    const text = typeof value === 'string' && options.trim ? value.trim() : value;
    if (typeof text !== 'string' || text.length < min || text.length > max) {
      throw refuse(
        field,
        min > 0 ? `a string of ${min} to ${max} characters` : `a string of at most ${max} characters`,
      );
    }
    return text;
  };
}

/** A finite number, whole when `integer`, within `min`/`max` when given. */
export function number(options: { integer?: boolean; min?: number; max?: number } = {}): Shape<number> {
  return (value, field) => {
    const { min = -Infinity, max = Infinity } = options;
    const whole = !options.integer || Number.isSafeInteger(value);
    if (typeof value !== 'number' || !Number.isFinite(value) || !whole || value < min || value > max) {
      throw refuse(field, options.integer ? 'a whole number' : 'a number');
    }
    return value;
  };
}

/** `true` or `false`. */
export function boolean(): Shape<boolean> {
  return (value, field) => {
    if (typeof value !== 'boolean') throw refuse(field, 'true or false');
    return value;
  };
}

/**
 * `true`, `false`, or an object read by `shape`: Amplify's `autoSignIn`, which is a flag or the sign-in options to
 * use. Anything else is refused as neither.
 */
export function booleanOr<T extends object>(shape: Shape<T>): Shape<boolean | T> {
  return (value, field) => {
    if (typeof value === 'boolean') return value;
    if (!isPlainObject(value)) throw refuse(field, 'true, false or an object');
    return shape(value, field);
  };
}

/** One of the listed strings. */
export function oneOf<const T extends string>(values: readonly T[]): Shape<T> {
  return (value, field) => {
    if (!values.includes(value as T)) throw refuse(field, `one of ${values.join(', ')}`);
    return value as T;
  };
}

/** A list of at most `max` items (default 32), each read by `item`. */
export function list<T>(item: Shape<T>, options: { max?: number } = {}): Shape<T[]> {
  const max = options.max ?? 32;
  return (value, field) => {
    if (!Array.isArray(value) || value.length > max) throw refuse(field, `a list of at most ${max} items`);
    return value.map((entry, index) => item(entry, path(field, index)));
  };
}

/** An object whose values are all read by `item` (user attributes, say), at most `max` keys (default 64). */
export function dictionary<T>(item: Shape<T>, options: { max?: number } = {}): Shape<Record<string, T>> {
  const max = options.max ?? 64;
  return (value, field) => {
    if (!isPlainObject(value) || Object.keys(value).length > max)
      throw refuse(field, `an object of at most ${max} keys`);
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, item(entry, path(field, key))]));
  };
}

/** Any plain object, its keys unchecked: for input a later step checks field by field with its own codes. */
export function plainObject(): Shape<Record<string, unknown>> {
  return (value, field) => {
    if (!isPlainObject(value)) throw refuse(field, 'an object');
    return value;
  };
}

/** An object with these fields (keys it does not name are ignored); a field read as `undefined` is left out. */
export function object<F extends Fields>(fields: F): Shape<ObjectOf<F>> {
  return (value, field) => {
    if (!isPlainObject(value)) throw refuse(field, 'an object');
    const result: Record<string, unknown> = {};
    for (const [key, read] of Object.entries(fields)) {
      const entry = read(Object.hasOwn(value, key) ? value[key] : undefined, path(field, key));
      if (entry !== undefined) result[key] = entry;
    }
    return result as ObjectOf<F>;
  };
}

/** Absent (`undefined`) or read by `shape`. */
export function optional<T>(shape: Shape<T>): Shape<T | undefined> {
  return (value, field) => (value === undefined ? undefined : shape(value, field));
}

/** `null` or read by `shape`. */
export function nullable<T>(shape: Shape<T>): Shape<T | null> {
  return (value, field) => (value === null ? null : shape(value, field));
}

/** An object that may be left out altogether (`undefined` or `null` read as `{}`). */
export function absentAsEmpty<T extends object>(shape: Shape<T>): Shape<T> {
  return (value, field) => shape(value ?? {}, field);
}

/** Input of a request that takes none: `undefined` or `null`. */
export function noInput(): Shape<undefined> {
  return (value, field) => {
    if (value !== undefined && value !== null) throw refuse(field, 'left out (this request takes no input)');
    return undefined;
  };
}

/**
 * One of several object shapes, chosen by the string in `key` (`kind`, `format`): `{ backup: object(...), … }`.
 */
export function variants<K extends string, M extends Record<string, Shape<object>>>(
  key: K,
  shapes: M,
): Shape<{ [V in keyof M]: ShapeOf<M[V]> & { [P in K]: V } }[keyof M]> {
  const names = Object.keys(shapes);
  return (value, field) => {
    if (!isPlainObject(value)) throw refuse(field, 'an object');
    const name = value[key];
    if (typeof name !== 'string' || !Object.hasOwn(shapes, name))
      throw refuse(path(field, key), `one of ${names.join(', ')}`);
    return { ...shapes[name]!(value, field), [key]: name } as never;
  };
}

/**
 * Reads with `shape`, then checks or converts with `step`. A {@link SidekeyError} thrown by `step` keeps its code
 * and message and gains the field (an `InvalidOrigin` from parseOrigin names the address it refused).
 */
export function refine<T, U>(shape: Shape<T>, step: (value: T) => U): Shape<U> {
  return (value, field) => {
    const read = shape(value, field);
    try {
      return step(read);
    } catch (error) {
      if (error instanceof FieldError || !(error instanceof SidekeyError) || !field) throw error;
      throw new FieldError({ code: error.code, field, message: error.message, cause: error });
    }
  };
}

/**
 * A request's `parse`: reads the whole input with `shape`. `code` replaces `BadMessage` for a family with its own
 * (`profiles.add` answers `InvalidProfile`), keeping the field.
 */
export function parser<T>(shape: Shape<T>, options: { code?: string } = {}): (input: unknown) => T {
  return (input) => {
    try {
      return shape(input, '');
    } catch (error) {
      if (!options.code || !(error instanceof SidekeyError) || error.code !== 'BadMessage') throw error;
      if (error instanceof FieldError)
        throw new FieldError({ code: options.code, field: error.field, message: error.message });
      throw new SidekeyError({ code: options.code, message: error.message });
    }
  };
}
