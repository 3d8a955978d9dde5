/**
 * The one error type of the domain: a stable code, a Chinese message for the user, optional
 * details (field errors). Services throw it; the HTTP layer maps the code to a status.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const errorStatus = {
  AUTH_REQUIRED: 401,
  AUTH_INVALID_CREDENTIALS: 401,
  AUTH_LOCKED: 423,
  AUTH_THROTTLED: 429,
  AUTH_STAGE: 403,
  AUTH_TOTP_INVALID: 401,
  CSRF_INVALID: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  STALE: 409,
  VALIDATION_FAILED: 422,
  PASSWORD_POLICY: 422,
  ATTACHMENT_TOO_LARGE: 413,
  ATTACHMENT_TYPE_REFUSED: 415,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export const notFound = (what = '记录') => new DomainError('NOT_FOUND', `${what}不存在或无权访问`);
export const forbidden = (message = '无权执行此操作') => new DomainError('FORBIDDEN', message);
export const conflict = (message: string, details?: unknown) => new DomainError('CONFLICT', message, details);
export const invalid = (message: string, details?: unknown) =>
  new DomainError('VALIDATION_FAILED', message, details);
