/** The one error type of the rules package: a stable string code plus a Chinese message for users. */
export class RulesError extends Error {
  readonly code: string;
  readonly details: Record<string, unknown>;

  constructor(code: string, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'RulesError';
    this.code = code;
    this.details = details;
  }
}

export function isRulesError(error: unknown, code?: string): error is RulesError {
  return error instanceof RulesError && (code === undefined || error.code === code);
}
