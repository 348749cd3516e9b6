import type { Logger } from '../logger.js';
import { NO_FILTER, RELATION_READS } from '../model/relation.js';
import type { Reads } from './index.js';

/** A key no entity, source or relation has (keys are lowercase slugs): every read of it finds nothing. */
const NOTHING = 'warm-up-names-nothing--';

/**
 * Runs the reads the server's users ask most, once each, on a key that names nothing, while the
 * server starts listening; it never throws. Neo4j plans a statement the first time it sees its text
 * (a 6-hop path search took 9.5 s on a fresh JVM, 0.3 s on a warm one, and 40 ms once planned), so
 * without this the first users after a start or deploy pay for planning, and ordinary requests queue
 * behind it.
 */
export async function warmUp(reads: Reads, logger: Logger): Promise<void> {
  const started = performance.now();
  const page = { offset: 0, limit: 25 };
  try {
    await reads.entities.byKey(NOTHING);
    await reads.entities.search({ text: 'warm', kinds: null, offset: 0, limit: 10 });
    for (const read of RELATION_READS) {
      await reads.relations.ofEntity({ key: NOTHING, direction: 'BOTH', filter: NO_FILTER, ...page, read });
      await reads.relations.list({ ...NO_FILTER, object: NOTHING, types: ['HOLDS_OFFICE'] }, page, read);
    }
    for (const detail of ['full', 'brief'] as const) {
      await reads.graph.neighbourhood({ key: NOTHING, depth: 2, detail });
      await reads.graph.paths({ from: NOTHING, to: `${NOTHING}2`, detail });
    }
    await reads.relations.byId(NOTHING);
    await reads.sources.byKey(NOTHING);
    await reads.graph.paths({ from: NOTHING, to: `${NOTHING}2`, maxHops: 6, first: 10 });
    logger.info({ ms: Math.round(performance.now() - started) }, 'Read statements planned');
  } catch (error) {
    logger.warn({ err: error }, 'Warm-up failed; the first requests will plan their statements');
  }
}
