/**
 * A request's argument out of its rules, raised below the schema layer (the views of the graph, the
 * read model) without knowing about GraphQL: the schema layer tells it to clients as BAD_USER_INPUT
 * with the argument's name (src/database-errors.ts), the exports as 400.
 */
export class ArgumentError extends Error {
  /** Copied by graphql-js onto the error it locates: metrics and clients read the code from there. */
  readonly extensions: { code: 'BAD_USER_INPUT'; argumentName: string };

  constructor(
    readonly argumentName: string,
    detail: string,
  ) {
    super(`Argument "${argumentName}" ${detail}`);
    this.name = 'ArgumentError';
    this.extensions = { code: 'BAD_USER_INPUT', argumentName };
  }
}

export function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ArgumentError(name, `must be between ${min} and ${max}, got ${value}.`);
  }
  return value;
}

/**
 * A record read in brief (ReadDetail) that changed or went before the rest of it could be read: merged
 * into another entity in between, say. Answering from the brief would give empty values for what it
 * never read, and mixing the two records would give a wrong one, so the client is told to ask again.
 */
export class ChangedWhileReadError extends Error {
  readonly extensions = { code: 'CHANGED_WHILE_READ' } as const;

  constructor(what: string) {
    super(`${what} changed while this answer was being read; ask again.`);
    this.name = 'ChangedWhileReadError';
  }
}
