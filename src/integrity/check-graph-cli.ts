import { parseArgs } from 'node:util';
import { runCommand } from '../cli.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { openGraph } from '../neo4j/open.js';
import { checkGraph } from './check-graph.js';
import { INVARIANTS } from './checks.js';

const USAGE = `Usage: npm run check-graph -- [--prefix P] [--limit N] [--json]

Reads every invariant of the knowledge model back from the database the server uses (NEO4J_URI, or
the embedded one) and lists each violation with the keys involved:
${INVARIANTS.map((invariant) => `  ${invariant.name}`).join('\n')}

  --prefix P   check only records whose key or id starts with P
  --limit N    violations listed per invariant (default 100)
  --json       print the violations as JSON
Exit status: 0 the graph is whole, 1 violations found, 2 usage or the check could not run.`;

/** `npm run check-graph`: the integrity check operators run after an incident. */
runCommand(async () => {
  const { values } = parseArgs({
    options: {
      prefix: { type: 'string' },
      limit: { type: 'string', default: '100' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const limit = Number(values.limit);
  if (values.help || !Number.isInteger(limit) || limit < 1) {
    console.error(values.help ? USAGE : `--limit must be a whole number of at least 1.\n\n${USAGE}`);
    process.exit(values.help ? 0 : 2);
  }

  const config = loadConfig();
  const logger = createLogger(config, { stream: 'stderr' });
  // Read only: no migrations, so a graph broken in a way they would trip over is still checked; no
  // transaction timeout, since the server's (meant for one request) would stop a check of a large graph.
  const graph = await openGraph({ ...config.neo4j, transactionTimeoutMs: 0 }, logger, { migrate: false, shareRunning: true }).catch(couldNotCheck);
  try {
    console.error(`Checking ${graph.uri} (database "${graph.database.name}")${values.prefix ? ` for keys starting with "${values.prefix}"` : ''}`);
    const violations = await checkGraph(graph.database, { prefix: values.prefix, limit });
    if (values.json) console.log(JSON.stringify(violations, null, 2));
    else for (const violation of violations) console.log(`${violation.invariant}\t${violation.keys.join(', ')}\t${violation.problem}`);
    console.error(violations.length === 0 ? `The graph is whole: ${INVARIANTS.length} invariants hold.` : `${violations.length} violation(s) found.`);
    process.exitCode = violations.length === 0 ? 0 : 1;
  } catch (error) {
    console.error(`The check could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  } finally {
    await graph.close();
  }
});

/** A check that could not run is not a broken graph: exit 2, so scripts can tell the two apart. */
function couldNotCheck(error: unknown): never {
  console.error(`The check could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
