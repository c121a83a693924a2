/**
 * What a service returns when a use case can fail in ways the member must hear about: a stable
 * error code and, where useful, the fields at fault, a localized detail, and when to try again.
 * Routes turn a failure into a problem+json answer with `ApiError.from` (http/problem.ts).
 */
/** A field at fault: where, in words, and (where there is one) the stable reason code. */
export type FieldError = { path: string; message: string; code?: string };

export type Failure<C extends string> = {
  ok: false;
  error: C;
  errors?: FieldError[];
  retryAt?: Date;
  detail?: string;
};

export type Outcome<T, C extends string> = { ok: true; value: T } | Failure<C>;
