import { userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { runCommand } from '../cli.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { openGraph } from '../neo4j/open.js';
import { importFile, type ImportReport } from './import.js';
import { formatOf, IMPORT_FORMATS, type ImportFormat } from './read-rows.js';

const USAGE = `Usage: npm run import -- <file.jsonl|file.csv> [options]

  --reject FILE      write the good rows, and put the bad ones in FILE to fix and import again
                     (without it, one bad row means nothing is written)
  --check            validate only; write nothing
  --format F         ${IMPORT_FORMATS.join(' or ')}, when the file name does not say
  --batch-size N     rows per transaction (default 2000)
  --as NAME          who the audit fields name (default import:<your user name>)

Rows are entities, sources and relations with their evidence, checked with the seed's rules; see
the README's "Import" section for the format. Writes to the database the server uses (NEO4J_URI, or
the embedded one when no server holds it). Exit status: 0 written (or valid, with --check), 1 problems
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
        ? `Cannot tell the format of ${file}: name it .jsonl or .csv, or pass --format jsonl|csv.`
        : !Number.isInteger(batchSize) || batchSize < 1 || batchSize > 50_000
          ? '--batch-size must be a whole number from 1 to 50000.'
          : null;
  if (usageProblem !== null) {
    console.error(usageProblem ? `${usageProblem}\n\n${USAGE}` : USAGE);
    process.exit(values.help ? 0 : 2);
  }

  const config = loadConfig();
  const logger = createLogger(config, { stream: 'stderr' });
  const bar = new SingleBar(
    { format: '{phase} |{bar}| {value}/{total} rows | {rate} rows/s | {duration_formatted} | ETA {eta_formatted}', stream: process.stderr, hideCursor: true },
    Presets.shades_classic,
  );
  let phaseStarted = 0;
  const graph = await openGraph(config.neo4j, logger);
  try {
    const report = await importFile(graph.database, file!, format!, {
      actor: values.as ?? `import:${userInfo().username}`,
      batchSize,
      rejectFile: values.reject ?? null,
      checkOnly: values.check,
      onPhase: (phase, total) => {
        bar.stop();
        phaseStarted = performance.now();
        if (total > 0) bar.start(total, 0, { phase: phase.padEnd(28), rate: '0' });
      },
      onProgress: (done) => {
        if (done % 500 === 0) bar.update(done, { rate: Math.round(done / ((performance.now() - phaseStarted) / 1000)).toLocaleString('en') });
      },
    });
    bar.stop();
    printProblems(report, values.reject);
    logger.info(summary(report, path.basename(file!)), report.written ? 'Import written' : report.problems.length > 0 ? 'Import refused' : 'Import checked');
    if (report.problems.length > 0 && !report.written) process.exitCode = 1;
  } finally {
    bar.stop();
    await graph.close();
  }
});

function printProblems(report: ImportReport, rejectFile: string | undefined) {
  if (report.problems.length === 0) return;
  const lines = report.problems.slice(0, PROBLEMS_SHOWN).map((problem) => `  line ${problem.line}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`);
  const more = report.problems.length > PROBLEMS_SHOWN ? [`  … and ${report.problems.length - PROBLEMS_SHOWN} more`] : [];
  const outcome = report.written
    ? `The good rows were written; the ${report.rejectedRows} bad ones are in ${rejectFile}.`
    : 'Nothing was written. Fix them, or pass --reject FILE to write the good rows and set the bad ones aside.';
  console.error([`${report.rejectedRows} of ${report.rows} rows have problems:`, ...lines, ...more, outcome].join('\n'));
}

function summary(report: ImportReport, file: string) {
  const relationsPerSecond = report.written && report.seconds.writing > 0 ? Math.round(report.written.relations / report.seconds.writing) : null;
  return { file, rows: report.rows, rejectedRows: report.rejectedRows, written: report.written, seconds: report.seconds, relationsPerSecond };
}
