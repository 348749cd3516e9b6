import { GraphQLError } from 'graphql';

/** A GraphQL error that names the argument at fault, for clients to show or act on. */
export function badArgument(name: string, message: string): GraphQLError {
  return new GraphQLError(`Argument "${name}" ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', argumentName: name },
  });
}

/** The value brought into [min, max]: for estimates made before the arguments are checked. */
export function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(value, min), max) : min;
}

/** One range check for every layer: its ArgumentError reaches clients as BAD_USER_INPUT. */
export { checkRange } from '../model/arguments.js';
