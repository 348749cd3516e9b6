import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/**
 * Who holds an embedded store: the process that started its Neo4j writes its pid and the Bolt
 * address into the data directory, and removes the note when it stops. A second process (`npm run
 * import` beside `npm start`) cannot open the store, which is locked, but can use the holder's Neo4j
 * over Bolt. A note left by a process that died (SIGKILL) names a pid that is gone, and is ignored.
 */

const NOTE = 'held-by.json';
const holderNote = z.object({ pid: z.number().int().positive(), boltUri: z.string(), database: z.string() });
export type StoreHolder = z.infer<typeof holderNote>;

export async function announceHolder(dataDirectory: string, neo4j: { boltUri: string; database: string }): Promise<void> {
  // This process's pid, not the JVM's: a supervised JVM that restarts changes pid, and this process releases the note.
  const note: StoreHolder = { pid: process.pid, boltUri: neo4j.boltUri, database: neo4j.database };
  await writeFile(path.join(dataDirectory, NOTE), JSON.stringify(note));
}

export async function releaseHolder(dataDirectory: string): Promise<void> {
  const holder = await readNote(dataDirectory);
  if (holder?.pid === process.pid) await rm(path.join(dataDirectory, NOTE), { force: true });
}

/** The live process holding the store, if there is one. */
export async function runningHolder(dataDirectory: string): Promise<StoreHolder | null> {
  const holder = await readNote(dataDirectory);
  return holder && holder.pid !== process.pid && isAlive(holder.pid) ? holder : null;
}

async function readNote(dataDirectory: string): Promise<StoreHolder | null> {
  const text = await readFile(path.join(dataDirectory, NOTE), 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    return holderNote.parse(JSON.parse(text));
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
