import type { YogaInitialContext } from 'graphql-yoga';
import type { Viewer } from './auth/api-keys.js';
import type { JWTExtendContextFields } from '@graphql-yoga/plugin-jwt';
import { authenticate, type AuthenticationOptions } from './auth/viewer.js';
import { CostMeter } from './cost.js';
import { CurationService } from './curation/service.js';
import type { GraphDatabase } from './neo4j/database.js';
import { DEFAULT_LIMITS, type OperationLimits } from './operation-limits.js';
import { createReads, type LoaderOptions, type Reads } from './reads/index.js';
import { createRepositories } from './repositories/index.js';
import { ResponseBudget } from './response-budget.js';

/** What every resolver receives: this request's reads and writes, and what it has cost so far. */
export interface Context {
  /** Who sent the request, by its API key; null for an anonymous reader. */
  viewer: Viewer | null;
  /** Every read goes through here: batched, cached for the request, keys followed through merges. */
  reads: Reads;
  /** Every write goes through here: the curation rules over their store. */
  curation: CurationService;
  cost: CostMeter;
  /** The depth, breadth and complexity this request may reach (checked by the Pothos complexity plugin). */
  limits: Pick<OperationLimits, 'depth' | 'breadth' | 'complexity'>;
  /** What the large fields (a source's text) may still add to the response. */
  responseBudget: ResponseBudget;
}

/**
 * Builds each request's context. Repositories are cheap views over the one driver; making them per
 * request lets every statement they run be counted against the request that ran it.
 */
export function contextFactory(
  database: GraphDatabase,
  authentication: AuthenticationOptions,
  limits: OperationLimits = DEFAULT_LIMITS,
  loaderOptions?: LoaderOptions,
): (initial: YogaInitialContext & { jwt?: JWTExtendContextFields }) => Context {
  return ({ request, jwt }) => createContext(database, authenticate(request, authentication, jwt?.payload), limits, loaderOptions);
}

/** A fresh context for one unit of work: a GraphQL request, an export, a command-line run. */
export function createContext(
  database: GraphDatabase,
  viewer: Viewer | null = null,
  limits: OperationLimits = DEFAULT_LIMITS,
  loaderOptions?: LoaderOptions,
): Context {
  const cost = new CostMeter();
  const observed = database.observedBy(cost.record);
  return {
    viewer,
    cost,
    reads: createReads(createRepositories(observed), loaderOptions),
    curation: new CurationService(observed),
    limits,
    responseBudget: new ResponseBudget(limits.responseBytes),
  };
}
