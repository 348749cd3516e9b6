import neo4j from 'neo4j-driver';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../logger.js';
import type { GraphDatabase } from './database.js';
import { cypher, cypherDirectory } from './statement.js';

const migrationsDirectory = path.join(cypherDirectory, 'migrations');
const INDEX_WAIT_SECONDS = 120;

/**
 * Applies every statement of `cypher/migrations/*.cypher`, in file order. Each statement is written
 * to be idempotent (`IF NOT EXISTS`), so running them at every start-up is safe and needs no ledger.
 * Waits for the indexes to come online so that the first search after start-up is complete.
 */
export async function applyMigrations(database: GraphDatabase, logger: Logger): Promise<void> {
  const files = (await readdir(migrationsDirectory)).filter((file) => file.endsWith('.cypher')).sort();
  let applied = 0;
  for (const file of files) {
    const statements = splitStatements(await readFile(path.join(migrationsDirectory, file), 'utf8'));
    for (const [index, text] of statements.entries()) {
      await database.write(cypher(`migration.${file}#${index + 1}`, text));
      applied += 1;
    }
  }
  await database.write(cypher('migration.awaitIndexes', `CALL db.awaitIndexes($timeoutSeconds)`), {
    timeoutSeconds: neo4j.int(INDEX_WAIT_SECONDS),
  });
  logger.info({ files: files.length, statements: applied }, 'Schema migrations applied');
}

/** Statements end with a semicolon at the end of a line; `//` lines are comments. */
export function splitStatements(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
