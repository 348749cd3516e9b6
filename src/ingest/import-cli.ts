import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { runCommand } from '../cli.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { openGraph } from '../neo4j/open.js';
import { z } from 'zod';
import { DEFAULT_SEAT_NAME, describeChanges, importFile, type ImportReport } from './import.js';
import { formatOf, IMPORT_FORMATS, type ImportFormat } from './read-rows.js';

const USAGE = `Usage: npm run import -- <file.jsonl|file.csv|file.json> [options]

  --reject FILE      write the good rows, and put the bad ones in FILE to fix and import again
                     (without it, one bad row means nothing is written)
  --check            validate only; write nothing
  --format F         ${IMPORT_FORMATS.join(', ')}: jsonl and csv are said by the file name;
                     popolo (a Popolo JSON file, as EveryPolitician publishes) and everypolitician-csv
                     (an EveryPolitician term CSV) must be asked for
  --batch-size N     rows per transaction (default 2000)
  --as NAME          who the audit fields name (default import:<your user name>)
  --progress         show the progress bar when stderr is not a terminal too, as one line every
                     two seconds and each phase's last (without it, only on a terminal)

Popolo and term CSVs:
  --seat-name T      the office a seat is, from {organization} and {area}
                     (default "${DEFAULT_SEAT_NAME}"; "MP for {area}" for the House of Commons)
  --map FILE         a JSON object of Popolo id → entity key (or null for a new entity), to
                     settle the matches the import will not guess
  --dataset NAME     required: the file's name in identifiers and its source key, such as
                     uk-commons-2015; give the same file the same name each time, and two
                     files two names (their ids, such as "legislature", would join up)
  --term-start D     term CSVs: the term's first day, for rows with a blank start_date
  --term-end D       term CSVs: the term's last day, for rows with a blank end_date
  --current-term     term CSVs of a term still running, instead of --term-end (a blank
                     end_date is then still held)
  --legislature N    term CSVs without a chamber column: the legislature's name

Rows are entities, sources and relations with their evidence, checked with the seed's rules; see
the README's "Import" section for the format. Writes to the database the server uses: NEO4J_URI, else the
embedded store, through the running server's Neo4j when a server holds it (the log says which). Exit status: 0 written (or valid, with --check), 1 problems
found and nothing written, 2 usage.`;

const PROBLEMS_SHOWN = 100;

/** `npm run import`: validated, batched, idempotent bulk loading with a progress bar. */
runCommand(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      reject: { type: 'string' },
      check: { type: 'boolean', default: false },
      format: { type: 'string' },
      'batch-size': { type: 'string', default: '2000' },
      as: { type: 'string' },
      'seat-name': { type: 'string', default: DEFAULT_SEAT_NAME },
      map: { type: 'string' },
      dataset: { type: 'string' },
      'term-start': { type: 'string' },
      'term-end': { type: 'string' },
      legislature: { type: 'string' },
      'current-term': { type: 'boolean', default: false },
      progress: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const file = positionals[0];
  const format = (values.format ?? (file ? formatOf(file) : null)) as ImportFormat | null;
  const batchSize = Number(values['batch-size']);
  const usageProblem =
    values.help || positionals.length !== 1
      ? ''
      : format === null || !IMPORT_FORMATS.includes(format)
        ? `Cannot tell the format of ${file}: name it .jsonl or .csv, or pass --format ${IMPORT_FORMATS.join('|')}.`
        : !Number.isInteger(batchSize) || batchSize < 1 || batchSize > 50_000
          ? '--batch-size must be a whole number from 1 to 50000.'
          : (format === 'popolo' || format === 'everypolitician-csv') && !values.dataset
            ? `--dataset NAME is required for ${format}: it names the file's records in identifiers, and two files given one name would join each other's records.`
            : null;
  if (usageProblem !== null) {
    console.error(usageProblem ? `${usageProblem}\n\n${USAGE}` : USAGE);
    process.exit(values.help ? 0 : 2);
  }

  const config = loadConfig();
  const logger = createLogger(config, { stream: 'stderr' });
  const bar = new SingleBar(
    {
      format: '{phase} |{bar}| {value}/{total} rows | {rate} rows/s | {duration_formatted} | ETA {eta_formatted}',
      stream: process.stderr,
      hideCursor: true,
      noTTYOutput: values.progress,
    },
    Presets.shades_classic,
  );
  let phaseStarted = 0;
  let phaseTotal = 0;
  const graph = await openGraph(config.neo4j, logger, { shareRunning: true });
  try {
    const report = await importFile(graph.database, file!, format!, {
      actor: values.as ?? `import:${userInfo().username}`,
      batchSize,
      rejectFile: values.reject ?? null,
      checkOnly: values.check,
      popolo: {
        seatName: values['seat-name'],
        mapping: values.map ? await readMapping(values.map) : new Map(),
        dataset: values.dataset ?? '',
        currentTerm: values['current-term'],
        termStart: values['term-start'],
        termEnd: values['term-end'],
        legislature: values.legislature,
      },
      onPhase: (phase, total) => {
        bar.stop();
        phaseStarted = performance.now();
        phaseTotal = total;
        if (total > 0) bar.start(total, 0, { phase: phase.padEnd(28), rate: '0' });
      },
      // Every 500 rows, and the last: told when the phase is done, so that its bar ends at its total.
      onProgress: (done) => {
        if (done % 500 === 0 || done === phaseTotal) bar.update(done, { rate: Math.round(done / ((performance.now() - phaseStarted) / 1000)).toLocaleString('en') });
      },
    });
    bar.stop();
    printMatches(report, values.check);
    printProblems(report, values.reject);
    logger.info(summary(report, path.basename(file!)), report.changes ? describeChanges(report.changes) : report.problems.length > 0 ? 'Import refused' : 'Import checked');
    if (report.problems.length > 0 && !report.written) process.exitCode = 1;
  } finally {
    bar.stop();
    await graph.close();
  }
});

/** Entity resolution, said: how many records joined entities the graph holds; with --check, each and by what. */
function printMatches(report: ImportReport, checkOnly: boolean) {
  if (report.matches.length === 0) return;
  const each = checkOnly ? report.matches.map((match) => `  ${match.pointer}: "${match.name}" → ${match.key} (by ${match.by})`) : [];
  const hint = checkOnly ? [] : ['  (--check lists each, with what matched it)'];
  console.error([`${report.matches.length} records join entities the graph holds; the rest are new:`, ...each, ...hint].join('\n'));
}

function printProblems(report: ImportReport, rejectFile: string | undefined) {
  if (report.problems.length === 0) return;
  const lines = report.problems.slice(0, PROBLEMS_SHOWN).map((problem) => `  ${problem.where}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`);
  const more = report.problems.length > PROBLEMS_SHOWN ? [`  … and ${report.problems.length - PROBLEMS_SHOWN} more`] : [];
  const outcome = report.written
    ? `The good rows were written; the ${report.rejectedRows} bad ones are in ${rejectFile}.`
    : 'Nothing was written. Fix them, or pass --reject FILE to write the good rows and set the bad ones aside.';
  console.error([`${report.rejectedRows} of ${report.rows} rows have problems:`, ...lines, ...more, outcome].join('\n'));
}

const mappingFile = z.record(z.string(), z.string().nullable());

/** A mapping file (--map): Popolo id → entity key, or null for "a new entity". */
async function readMapping(file: string): Promise<Map<string, string | null>> {
  const parsed = mappingFile.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} must be one JSON object of Popolo id to entity key (or null): ${parsed.error.issues[0]?.message}`);
  return new Map(Object.entries(parsed.data));
}

function summary(report: ImportReport, file: string) {
  const relationsPerSecond = report.written && report.seconds.writing > 0 ? Math.round(report.written.relations / report.seconds.writing) : null;
  return { file, rows: report.rows, rejectedRows: report.rejectedRows, changes: report.changes, seconds: report.seconds, relationsPerSecond };
}
