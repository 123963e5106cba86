import type { MessageKey } from './i18n.js';

export interface FieldProblem {
  /** Dotted path of the field in the request, e.g. `address.postcode`. */
  field: string;
  code: 'required' | 'invalid' | 'tooShort' | 'tooLong' | 'invalidFormat' | 'unknown' | 'expired' | 'tooManyAttempts' | 'common' | 'personal' | 'reused' | 'outdated' | 'taken' | 'tooLarge' | 'fileType';
  /** Numbers the message names, e.g. `{ min: 14 }` for a tenant's password length. */
  params?: Record<string, number>;
}

type ProblemKind =
  | 'validation'
  | 'notFound'
  | 'unauthorized'
  | 'invalidCredentials'
  | 'forbidden'
  | 'selfLockout'
  | 'conflict'
  | 'lastStrongFactor'
  | 'tooManyRequests'
  | 'payloadTooLarge'
  | 'unsupportedMediaType'
  | 'unavailable'
  | 'internal';

const statusOf: Record<ProblemKind, number> = {
  validation: 400,
  unauthorized: 401,
  invalidCredentials: 401,
  forbidden: 403,
  selfLockout: 403,
  notFound: 404,
  conflict: 409,
  lastStrongFactor: 409,
  payloadTooLarge: 413,
  unsupportedMediaType: 415,
  tooManyRequests: 429,
  internal: 500,
  unavailable: 503,
};

/** A failure the client may see. Rendered as application/problem+json by the one error handler. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly kind: ProblemKind,
    readonly extras: { fields?: FieldProblem[]; current?: unknown; retryAfterSeconds?: number } = {},
  ) {
    super(kind);
    this.status = statusOf[kind];
  }

  get titleKey(): MessageKey {
    return `problem.${this.kind}` as MessageKey;
  }
}

export const notFound = () => new AppError('notFound');
export const unauthorized = () => new AppError('unauthorized');
/** A failed sign-in: one answer for every cause, so it does not tell which part was wrong. */
export const invalidCredentials = () => new AppError('invalidCredentials');
export const forbidden = () => new AppError('forbidden');
/** An administrator tried to deactivate themselves or drop their own administrator role: nobody would be left to undo it. */
export const selfLockout = () => new AppError('selfLockout');
/** A stale write: carries the current state so the client can show both versions. */
export const conflict = (current: unknown) => new AppError('conflict', { current });
/** The tenant demands an app or passkey of this professional, and this is the last one: removing it is refused. */
export const lastStrongFactor = () => new AppError('lastStrongFactor');
export const validation = (fields: FieldProblem[]) => new AppError('validation', { fields });
export const tooManyRequests = (retryAfterSeconds: number) => new AppError('tooManyRequests', { retryAfterSeconds });
export const unavailable = () => new AppError('unavailable');
