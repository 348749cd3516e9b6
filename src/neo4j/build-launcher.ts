import { runCommand } from '../cli.js';
import { createLogger } from '../logger.js';
import { ensureLauncherBuilt } from './launcher-build.js';

/** `npm run neo4j:build`: fetch Neo4j and build the launcher ahead of the first start. */
runCommand(() => ensureLauncherBuilt(createLogger({ log: { level: 'info', format: 'json' } })));
