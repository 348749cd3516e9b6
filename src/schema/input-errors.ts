import { GraphQLError } from 'graphql';
import type { Curated } from '../curation/service.js';

export interface InputProblem {
  /** Where the problem is, as a curator would write it: "input.evidence[0].quote". */
  path: string;
  message: string;
}

/**
 * One error for everything wrong with a mutation's input, so a curator fixes it all in one go.
 * The message lists each problem with its path; `extensions.problems` gives the same for programs.
 */
export function invalidInput(problems: InputProblem[]): GraphQLError {
  const listed = problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ');
  return new GraphQLError(`Invalid input, nothing was written. ${listed}`, {
    extensions: { code: 'BAD_USER_INPUT', problems },
  });
}

/** Standard Schema paths ("evidence", 0, "quote") written as "evidence[0].quote". */
export function issuePath(path: ReadonlyArray<PropertyKey | { key: PropertyKey }> | undefined): string {
  return (path ?? []).reduce<string>((text, segment) => {
    const key = typeof segment === 'object' ? segment.key : segment;
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}

/**
 * The value of a write the repository accepted, or the error naming each field it refused. Fields are
 * relative to `within` (the input argument), except those named in `args`, which are arguments themselves.
 */
export function accepted<T>(outcome: Curated<T>, within = '', args: string[] = []): T {
  if ('ok' in outcome) return outcome.ok;
  if ('conflict' in outcome) throw conflict(outcome.conflict);
  const pathOf = (field: string) => (args.includes(field) ? field : [within, field].filter(Boolean).join('.'));
  throw invalidInput(outcome.problems.map(([field, message]) => ({ path: pathOf(field), message })));
}

/** A write refused because what it depends on kept changing under it: nothing was written; try again. */
export function conflict(message: string): GraphQLError {
  return new GraphQLError(`Conflict, nothing was written: ${message}.`, { extensions: { code: 'CONFLICT' } });
}
