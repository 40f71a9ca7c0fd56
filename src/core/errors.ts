/** Typed errors with codes; the CLI turns them into messages and exit code 2. */

export type ErrorCode = 'usage' | 'config' | 'io' | 'git' | 'internal' | 'network' | 'data';

export class BulwarkError extends Error {
  readonly code: ErrorCode;
  readonly hint?: string;

  constructor(code: ErrorCode, message: string, options?: { hint?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BulwarkError';
    this.code = code;
    this.hint = options?.hint;
  }
}

export function usageError(message: string, hint?: string): BulwarkError {
  return new BulwarkError('usage', message, { hint });
}

export function configError(message: string, hint?: string): BulwarkError {
  return new BulwarkError('config', message, { hint });
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
