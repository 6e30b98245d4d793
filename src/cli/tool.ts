import { EXIT, helpText, parseCli, usageHint, UsageError, type CliSpec, type OptionSpec, type ParsedArgs } from './args.ts'

/**
 * Runs a terminal tool the same way for all: reads the command line (a usage
 * error exits 2 with a hint, `--help` prints the help and exits 0), then runs
 * the tool; an error it throws is printed on standard error and exits 1.
 * Standard output carries only the tool's result.
 *
 * @example
 * ```ts
 * await runTool(ASK, process.argv.slice(2), (args) => answer(args))
 * ```
 */
export async function runTool<O extends Record<string, OptionSpec>>(
  spec: CliSpec<O>,
  argv: readonly string[],
  body: (args: ParsedArgs<O>) => number | Promise<number>,
  allowPositionals = true,
): Promise<void> {
  try {
    const args = parseCli(spec, argv, allowPositionals)
    if (args.help) {
      process.stdout.write(helpText(spec))
      process.exitCode = EXIT.ok
      return
    }
    process.exitCode = await body(args)
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n${usageHint(spec)}\n`)
      process.exitCode = EXIT.usage
      return
    }
    const message = (err as Error).message ?? String(err)
    // Config and corpus errors already name their source ("config: ...", "corpus: ...").
    process.stderr.write(`${/^[a-z-]+: /.test(message) ? message : `${spec.name}: ${message}`}\n`)
    process.exitCode = EXIT.failed
  }
}
