import { context, SpanStatusCode, trace, type Tracer } from '@opentelemetry/api';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { StatementObserver } from './neo4j/database.js';

/**
 * Optional OpenTelemetry tracing: a span per GraphQL operation and, inside it, one per Cypher
 * statement, so a slow request shows which statement took the time. The operation's span is made
 * the active context while it executes; statements report when they end (src/neo4j/database.ts), and
 * their spans are placed back in time under whatever span is active then.
 */
export class Tracing {
  constructor(private readonly tracer: Tracer) {}

  readonly observeStatement: StatementObserver = (statement, durationMs) => {
    const end = Date.now();
    this.tracer
      .startSpan(`cypher ${statement.name}`, { startTime: end - durationMs, attributes: { 'db.system': 'neo4j', 'db.operation.name': statement.name, ...(statement.variant === undefined ? {} : { 'db.query.variant': statement.variant }) } }, context.active())
      .end(end);
  };

  plugin(): Plugin {
    return {
      onExecute: ({ args, setExecuteFn, executeFn }) => {
        const operation = getOperationAST(args.document, args.operationName);
        const type = operation?.operation ?? 'query';
        const name = operation?.name?.value ?? 'anonymous';
        const span = this.tracer.startSpan(`graphql.${type} ${name}`, {
          attributes: { 'graphql.operation.type': type, 'graphql.operation.name': name },
        });
        setExecuteFn((executeArgs) => context.with(trace.setSpan(context.active(), span), () => executeFn(executeArgs)));
        return {
          onExecuteDone: ({ result }) => {
            if (!(Symbol.asyncIterator in result) && result.errors?.length) {
              span.setStatus({ code: SpanStatusCode.ERROR, message: result.errors.map((error) => error.message).join('; ') });
            }
            span.end();
          },
        };
      },
    };
  }
}
