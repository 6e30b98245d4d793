/**
 * The terminal tools' shared command line: option descriptions that
 * `parseArgs` reads and `--help` prints, the exit codes, and the runner every
 * tool (and `deploy-commands`) goes through.
 */

export { EXIT, helpText, parseCli, usageHint, UsageError, type CliSpec, type OptionSpec, type ParsedArgs } from './args.ts'
export { runTool } from './tool.ts'
