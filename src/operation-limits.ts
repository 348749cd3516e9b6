import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { settleWithin } from './timeout.js';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { responseTooLarge } from './response-budget.js';

/** What one request may ask of the server: defaults here, overridden from the environment in config.ts, listed in the README. */
export interface OperationLimits {
  /** Nesting of selections (Pothos complexity plugin). */
  depth: number;
  /** Estimated work: each field 1, a page's selections times `first`, other lists' times 10 (builder.ts). */
  complexity: number;
  /** Fields selected in all, at every level. */
  breadth: number;
  aliases: number;
  /** Lexical tokens in the document: bounds parsing work before anything else runs. */
  tokens: number;
  directives: number;
  /** Request body size; larger bodies get 413 before they are parsed. */
  bodyBytes: number;
  /** A request still running after this gets an error; its Neo4j transactions stop at their own timeout. */
  requestTimeoutMs: number;
  /** Bytes of JSON one response may hold (src/response-budget.ts). */
  responseBytes: number;
  introspection: boolean;
  /** Hide "Did you mean …?" suggestions, which would reveal the schema when introspection is off. */
  hideSuggestions: boolean;
}

export const DEFAULT_LIMITS: OperationLimits = {
  depth: 12,
  complexity: 20_000,
  breadth: 400,
  aliases: 20,
  tokens: 2_000,
  directives: 20,
  bodyBytes: 12 * 1024 * 1024,
  requestTimeoutMs: 30_000,
  responseBytes: 4 * 1024 * 1024,
  introspection: true,
  hideSuggestions: false,
};

/** Custom header that marks a GET (or form) request as not a cross-site one; see useCSRFPrevention. */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

/**
 * The limits that act on the document and the HTTP request: GraphQL Armor for aliases, tokens and
 * directives, Yoga's CSRF prevention (JSON POSTs, what GraphiQL and the typed client send, pass as
 * they are; GET needs the CSRF header), the body size, the request timeout, and introspection and
 * suggestions as configured. Depth, breadth and complexity are the Pothos complexity plugin's, in builder.ts.
 */
export function useOperationLimits(limits: OperationLimits): Plugin[] {
  return [
    useCSRFPrevention({ requestHeaders: [CSRF_HEADER] }),
    useBodySizeLimit(limits.bodyBytes),
    maxTokensPlugin({ n: limits.tokens, exposeLimits: true, onReject: [], propagateOnRejection: true }),
    maxAliasesPlugin({ n: limits.aliases, exposeLimits: true, allowList: [] }),
    maxDirectivesPlugin({ n: limits.directives, exposeLimits: true }),
    ...(limits.hideSuggestions ? [blockFieldSuggestionsPlugin()] : []),
    ...(limits.introspection ? [] : [useDisableIntrospection()]),
    useRequestTimeout(limits.requestTimeoutMs),
    useResponseSizeLimit(limits.responseBytes),
  ] as Plugin[];
}

/**
 * Refuses a query's answer larger than `bytes` of JSON with RESPONSE_TOO_LARGE, instead of sending it.
 * The large fields have spent from the request's budget as they resolved (src/response-budget.ts), so
 * most oversized answers stop early; this catches one made of many small fields. A mutation's answer
 * is always sent: its write has happened, and the client must hear of it.
 */
function useResponseSizeLimit(bytes: number): Plugin {
  return {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation === 'mutation') return;
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          const size = Buffer.byteLength(JSON.stringify(result), 'utf8');
          if (size > bytes) setResult({ data: null, errors: [responseTooLarge(bytes, `this answer would be ${size} bytes`)] });
        },
      };
    },
  };
}

/** 413 for a body larger than the limit, by its declared length, before Yoga reads it. */
function useBodySizeLimit(bytes: number): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get('content-length') ?? 0);
      if (length > bytes) {
        endResponse(
          fetchAPI.Response.json({ errors: [{ message: `The request body is ${length} bytes; the limit is ${bytes}.` }] }, { status: 413 }),
        );
      }
    },
  };
}

/**
 * Answers with an error once a request has run for `ms`, so no client waits past it. The resolvers'
 * Neo4j transactions are bounded by their own timeout (NEO4J_TRANSACTION_TIMEOUT_MS) and end there.
 */
function useRequestTimeout(ms: number): Plugin {
  const late = () =>
    new GraphQLError(`The request ran for more than ${ms} ms and was stopped; try again, or ask for less.`, {
      extensions: { code: 'REQUEST_TIMEOUT' },
    });
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) => settleWithin(Promise.resolve(executeFn(args)), ms, () => ({ errors: [late()] })) as ReturnType<typeof executeFn>);
    },
  };
}
