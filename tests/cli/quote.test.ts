import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../../src/corpus/load.ts'
import { quoteOutput } from '../../src/quotes/cli-output.ts'
import { parseQuoteArgs } from '../../src/cli/quote.ts'
import { UsageError } from '../../src/cli/args.ts'
import { buildQuoteIndex } from '../../src/quotes/quote-index.ts'
import { buildBeforeAll, nodeArgs } from '../support/entry-points.ts'

const corpus = loadCorpus('seeds')
const index = buildQuoteIndex(corpus.articles)
const run = (...args: string[]) => quoteOutput(parseQuoteArgs(args), index, corpus.articles)

interface JsonQuote {
  speaker: string
  role: string | null
  text: string
  source: string
  title: string
  date: string | null
  start: number
  end: number
}

function checkOffsets(quotes: JsonQuote[]): void {
  for (const q of quotes) {
    const file = readFileSync(join('seeds', q.source), 'utf8')
    expect(file.slice(q.start, q.end)).toBe(q.text)
    expect(q.date === null || /^\d{4}-\d{2}-\d{2}$/.test(q.date)).toBe(true)
    expect(Object.keys(q).sort()).toEqual(['date', 'end', 'role', 'source', 'speaker', 'start', 'text', 'title'])
  }
}

describe('quote --json', () => {
  it.each([
    [['--json', '--speaker', 'Blinken'], /Blinken/],
    [['--json', '--speaker', 'suchkov'], /Suchkov/],
    [['--json', '--text', 'checkers'], /Walensa/],
    [['--json', '--speaker', 'Hill', '--text', 'lesson'], /Hill/],
  ])('%j prints verbatim quotations with offsets into the file', (args, speaker) => {
    const out = run(...args)
    expect(out.code).toBe(0)
    const { quotes } = JSON.parse(out.stdout) as { quotes: JsonQuote[] }
    expect(quotes.length).toBeGreaterThan(0)
    expect(quotes[0]!.speaker).toMatch(speaker)
    checkOffsets(quotes)
  })

  it('every quotation of the corpus slices back out of its file', () => {
    const all = index.speakers().flatMap((s) => (JSON.parse(run('--json', '--speaker', s.name).stdout) as { quotes: JsonQuote[] }).quotes)
    expect(all.length).toBe(index.quotes.length)
    checkOffsets(all)
  })

  it('prints an empty list, not an error, when nothing matches', () => {
    const out = run('--json', '--speaker', 'Nobody Atall')
    expect(out.code).toBe(0)
    expect(JSON.parse(out.stdout)).toEqual({ quotes: [] })
  })
})

describe('quote text output', () => {
  it('shows the quotation, speaker and role, title, date, file and attributing sentence', () => {
    const out = run('--speaker', 'Suchkov').stdout
    expect(out).toContain('“a crisis in which Moscow can be instrumental and useful”')
    expect(out).toContain('Maxim Suchkov, director of the Institute for International Studies at MGIMO')
    expect(out).toContain('001_10466e7ab9d79f5b.txt')
    expect(out).toContain('2022-01-09')
    expect(out).toContain('Suchkov wrote on Twitter')
  })

  it('--speakers lists names, roles and counts', () => {
    const out = run('--speakers').stdout
    expect(out).toMatch(/^Fiona Hill \(.+\): \d+ quotations$/m)
    expect(JSON.parse(run('--speakers', '--json').stdout).speakers.length).toBe(index.speakers().length)
  })
})

describe('parseQuoteArgs errors', () => {
  it.each([
    [['--foo'], 'quote: unknown option "--foo"'],
    [['--speaker'], 'quote: --speaker needs a value'],
    [['--limit', 'x', '--text', 'a'], 'quote: --limit must be a positive whole number, not "x"'],
    [[], 'quote: say what to look up'],
    [['--speaker', 'Hill', 'stray'], 'quote: unexpected argument "stray"'],
    [['--json=yes', '--speakers'], 'quote: --json takes no value'],
  ])('%j → %s', (args, message) => {
    expect(() => parseQuoteArgs(args)).toThrow(UsageError)
    expect(() => parseQuoteArgs(args)).toThrow(message)
  })
})

describe('npm run quote (spawned)', () => {
  buildBeforeAll()
  it('prints only JSON on standard output', () => {
    const stdout = execFileSync(process.execPath, nodeArgs('src/cli/quote.ts', ['--json', '--speaker', 'Blinken']), {
      encoding: 'utf8',
      env: { ...process.env, CORPUS_DIR: 'seeds' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const { quotes } = JSON.parse(stdout) as { quotes: JsonQuote[] }
    expect(quotes.length).toBeGreaterThanOrEqual(4)
    checkOffsets(quotes)
  })

  it('exits non-zero with the error on standard error', () => {
    const r = spawnSync(process.execPath, nodeArgs('src/cli/quote.ts', ['--bogus']), { encoding: 'utf8' })
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('quote: unknown option "--bogus"')
  })
})
