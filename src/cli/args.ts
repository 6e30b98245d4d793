import { parseArgs } from 'node:util'

/**
 * The command line of every terminal tool: one description per tool, from
 * which `node:util` `parseArgs` reads the arguments and `--help` is written,
 * so the help can never miss an option. Exit codes are the same for all.
 */

/** What a tool's exit code means. */
export const EXIT = {
  /** Ran: an answer, or the articles' saying nothing (`answer: null`), is a result. */
  ok: 0,
  /** Could not run: bad configuration, unreadable corpus folder, or a check that found problems. */
  failed: 1,
  /** The command line was wrong: an unknown option, a missing value or argument. */
  usage: 2,
} as const

/** One option of a tool. */
export interface OptionSpec {
  type: 'boolean' | 'string'
  short?: string
  /** The value's name in the help, for string options: `NAME`, `N`. */
  value?: string
  description: string
}

/** A tool's command line, as `--help` shows it. */
export interface CliSpec<O extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
  /** The npm script, e.g. `ask`. */
  name: string
  summary: string
  /** What follows `npm run <name> --`, one line per form. */
  usage: string[]
  options: O
  /** Extra lines after the options (arguments, environment). */
  notes?: string[]
  examples: string[]
}

/** The parsed command line: each option's value (unset when not given), the positionals, and whether help was asked for. */
export interface ParsedArgs<O extends Record<string, OptionSpec>> {
  values: { [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean }
  positionals: string[]
  help: boolean
}

/** A wrong command line; the tool prints it with a pointer to `--help` and exits {@link EXIT}.usage. */
export class UsageError extends Error {
  override name = 'UsageError'
}

const HELP: OptionSpec = { type: 'boolean', short: 'h', description: 'show this help' }

/**
 * Reads `argv` against the tool's options (`--help`/`-h` is always one).
 *
 * @throws {@link UsageError} `<tool>: unknown option "--x"`, `<tool>: --speaker needs a value`, `<tool>: --json takes no value`.
 * @example
 * ```ts
 * parseCli(ASK, ['--json', 'When', 'was', 'it?']) // => { values: { json: true }, positionals: ['When', 'was', 'it?'], help: false }
 * ```
 */
export function parseCli<O extends Record<string, OptionSpec>>(spec: CliSpec<O>, argv: readonly string[], allowPositionals = true): ParsedArgs<O> {
  const options = Object.fromEntries(
    Object.entries({ ...spec.options, help: HELP }).map(([name, o]) => [name, { type: o.type, ...(o.short ? { short: o.short } : {}) }]),
  )
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] }
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true })
  } catch (err) {
    throw new UsageError(`${spec.name}: ${describeParseError(err as Error & { code?: string })}`)
  }
  const { help, ...values } = parsed.values
  if (!help && !allowPositionals && parsed.positionals.length) throw new UsageError(`${spec.name}: unexpected argument "${parsed.positionals[0]}"`)
  return { values: values as ParsedArgs<O>['values'], positionals: parsed.positionals, help: help === true }
}

/** parseArgs's message, which suggests `--` and quoting, cut to what was wrong. */
function describeParseError(err: Error & { code?: string }): string {
  const flag = /'(-[^' ]+)/.exec(err.message)?.[1] ?? '?'
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option "${flag}" (an argument starting with - goes after --)`
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return /does not take an argument/.test(err.message) ? `${flag} takes no value` : `${flag} needs a value`
  return err.message
}

/**
 * The tool's `--help`: summary, usage, every option, notes, exit codes and examples.
 *
 * @example
 * ```ts
 * helpText(ASK).split('\n')[0] // => 'npm run ask: answers a question from the corpus, with cited excerpts'
 * ```
 */
export function helpText(spec: CliSpec): string {
  const rows = Object.entries({ ...spec.options, help: HELP }).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`
    return [flag, o.description] as const
  })
  const width = Math.max(...rows.map(([flag]) => flag.length))
  return [
    `npm run ${spec.name}: ${spec.summary}`,
    '',
    ...spec.usage.map((u, i) => `${i === 0 ? 'usage: ' : '       '}npm run ${spec.name}${u ? ` -- ${u}` : ''}`),
    '',
    'options:',
    ...rows.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`),
    ...(spec.notes?.length ? ['', ...spec.notes] : []),
    '',
    `exit codes: ${EXIT.ok} done, ${EXIT.failed} could not run (configuration, corpus folder${spec.name === 'corpus' ? ', or check found problems' : ''}), ${EXIT.usage} wrong command line`,
    '',
    'examples:',
    ...spec.examples.map((e) => `  ${e}`),
    '',
  ].join('\n')
}

/** The one-line hint printed under a usage error. */
export function usageHint(spec: CliSpec): string {
  return `usage: npm run ${spec.name} -- ${spec.usage[0] ?? ''} (npm run ${spec.name} -- --help for more)`
}
