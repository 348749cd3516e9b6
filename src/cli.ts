/**
 * Runs a command-line entry point: a failure prints its message, which says what is wrong and
 * where, rather than a stack trace, and exits 1.
 */
export function runCommand(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
