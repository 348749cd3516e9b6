import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runCommand } from '../cli.js';
import { loadConfig } from '../config.js';
import { createContext } from '../context.js';
import { createLogger } from '../logger.js';
import { openGraph } from '../neo4j/open.js';
import { render } from './export-formats.js';
import { exportGraph, exportFileName } from './export.js';
import { EXPORT_FORMATS, parseExportRequest } from './export-request.js';

const USAGE = `Usage: npm run export -- <${EXPORT_FORMATS.join('|')}> (--key KEY | --from KEY --to KEY) [options]

  --key KEY          the neighbourhood of this entity, with --depth, --limit, --per-entity
  --from/--to KEY    the shortest paths between two entities, with --max-hops, --max-degree, --first
  --types A,B        follow only these relation types
  --as-of YYYY-MM-DD follow only relations valid on this day
  --out FILE         write here (default: stdout; use "." for a file name that says what it holds)

Reads the database the server uses (NEO4J_URI, or the embedded one when no server holds it).
With the server running, the same export is at http://localhost:4000/export/<format>?key=…`;

/** `npm run export`: a neighbourhood or a set of paths as GraphML, Cytoscape.js JSON or a CSV edge list. */
runCommand(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      key: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      depth: { type: 'string' },
      limit: { type: 'string' },
      'per-entity': { type: 'string' },
      'max-hops': { type: 'string' },
      'max-degree': { type: 'string' },
      first: { type: 'string' },
      types: { type: 'string' },
      'as-of': { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const { out, help: _help, 'per-entity': perEntity, 'max-hops': maxHops, 'max-degree': maxDegree, 'as-of': asOf, ...rest } = values;
  const given = Object.entries({ ...rest, perEntity, maxHops, maxDegree, asOf }).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  );
  const request = parseExportRequest({ ...Object.fromEntries(given), format: positionals[0]! });

  const config = loadConfig();
  const logger = createLogger(config, { stream: 'stderr' });
  const graph = await openGraph(config.neo4j, logger, { shareRunning: true });
  try {
    const rendered = render(await exportGraph(createContext(graph.database), request), request.format);
    if (out === undefined) {
      process.stdout.write(rendered.body);
    } else {
      const file = out === '.' ? exportFileName(request, rendered) : out;
      await writeFile(file, rendered.body);
      logger.info({ file, bytes: Buffer.byteLength(rendered.body) }, 'Export written');
    }
  } finally {
    await graph.close();
  }
});
