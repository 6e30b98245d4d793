import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { timelineOutput } from '../../src/cli/timeline.ts'
import { loadCorpus } from '../../src/corpus/load.ts'
import { buildDateIndex } from '../../src/dates/date-index.ts'
import { buildTimeline } from '../../src/dates/timeline.ts'
import { corpusPeriod, inPeriod, scopeTimeline, type Period } from '../../src/dates/period.ts'
import { wrap } from '../../src/cli/timeline-text.ts'
import type { TimelineEvent } from '../../src/dates/types.ts'
import { buildBeforeAll, nodeArgs } from '../support/entry-points.ts'

const corpus = loadCorpus('seeds')
const events = buildDateIndex(corpus.articles).timeline()
const text = new Map(corpus.articles.map((a) => [a.source, a.text]))

describe('the timeline of the seeds', () => {
  it('starts with the 1956 and 1968 comparisons', () => {
    expect(events.slice(0, 2).map((e) => [e.date, e.end, e.phrase])).toEqual([
      ['1956-01-01', '1956-12-31', 'in 1956'],
      ['1956-01-01', '1956-12-31', 'in 1956'],
    ])
    expect(events[2]).toMatchObject({ date: '1968-01-01', end: '1968-12-31' })
    expect(events[2]!.sentence).toContain('Prague')
  })

  it('runs to the Geneva talks of 10 January 2022', () => {
    const last = events.filter((e) => e.date === events.at(-1)!.date)
    expect(last[0]!.date).toBe('2022-01-10')
    expect(last.every((e) => e.sentence.includes('Geneva'))).toBe(true)
  })

  it('has the troops arriving on 6 January 2022, in both articles that tell it', () => {
    const arrival = events.filter((e) => /paratroopers|troops invaded/.test(e.sentence) && e.end === null)
    expect(arrival.map((e) => [e.date, e.phrase])).toEqual([
      ['2022-01-06', 'on Thursday morning'],
      ['2022-01-06', 'Thursday'],
    ])
  })

  it('is ordered by first day, then the wider range, then file and offset', () => {
    const compare = (x: (string | number)[], y: (string | number)[]) => x.findIndex((v, k) => v !== y[k])
    for (let i = 1; i < events.length; i++) {
      const [a, b] = [events[i - 1]!, events[i]!]
      // The later end comes first, so the ends are swapped between the two keys.
      const ka = [a.date, b.end ?? b.date, a.source, a.start]
      const kb = [b.date, a.end ?? a.date, b.source, b.start]
      const k = compare(ka, kb)
      expect(k === -1 || ka[k]! < kb[k]!, `${a.phrase} (${a.source}) before ${b.phrase} (${b.source})`).toBe(true)
    }
  })

  it('quotes each sentence verbatim at its offsets', () => {
    for (const e of events) {
      expect(text.get(e.source)!.slice(e.start, e.end_offset)).toBe(e.sentence)
      expect(e.sentence).toContain(e.phrase)
    }
  })

  it('keeps one event per article and phrase, and drops exact duplicates', () => {
    const doubled = buildTimeline([...corpus.articles, ...corpus.articles], buildDateIndex(corpus.articles))
    expect(doubled).toEqual(events)
  })
})

const dates = buildDateIndex(corpus.articles)
const period = corpusPeriod(
  events,
  corpus.articles.map((a) => dates.articleDate(a.source)?.date ?? null),
)
const day = (date: string, end: string | null = null) => ({ date, end, phrase: 'x', sentence: 'x', source: 'a.txt', start: 0, end_offset: 1 })

describe("the corpus's own period", () => {
  it('is the deployment for the seeds, worked out from their dates', () => {
    expect(period).toEqual({ from: '2022-01-05', to: '2022-01-10' })
  })

  it.each<[string, ReturnType<typeof day>[], string[], Period | null]>([
    [
      'the densest run of days wins over a lone earlier day',
      [day('2021-03-01'), day('2022-01-05'), day('2022-01-06'), day('2022-01-12')],
      [],
      { from: '2022-01-05', to: '2022-01-12' },
    ],
    ['publication dates count as days of the period', [day('2022-01-05')], ['2022-01-09', '2022-01-20'], { from: '2022-01-05', to: '2022-01-09' }],
    ['ranges are not days: a year alone gives no period', [day('2022-01-01', '2022-12-31')], [], null],
    ['more than a week of silence splits two runs', [day('2022-01-01'), day('2022-01-09'), day('2022-01-10')], [], { from: '2022-01-09', to: '2022-01-10' }],
  ])('%s', (_name, evts, published, expected) => {
    expect(corpusPeriod(evts, published)).toEqual(expected)
  })

  it.each<[string, ReturnType<typeof day>, boolean]>([
    ['a day inside', day('2022-01-06'), true],
    ['a day after', day('2022-01-11'), false],
    ['a week that overlaps', day('2022-01-03', '2022-01-09'), true],
    ['the month around it', day('2022-01-01', '2022-01-31'), false],
    ['a year long ago', day('1968-01-01', '1968-12-31'), false],
  ])('%s is in the period: %s', (_name, e, expected) => {
    expect(inPeriod(e, { from: '2022-01-05', to: '2022-01-10' })).toBe(expected)
  })

  it('splits the timeline in two, in order, with nothing lost', () => {
    const own = scopeTimeline(events, period, 'period')
    const background = scopeTimeline(events, period, 'background')
    expect(own.length + background.length).toBe(events.length)
    expect(own.every((e) => e.date.startsWith('2022-01'))).toBe(true)
    expect(background.map((e) => e.date.slice(0, 4))).toEqual(['1956', '1956', '1968', '1968', '1968', '1999', '2008', '2014', '2020', '2020', '2020', '2021'])
    expect(scopeTimeline(events, null, 'period')).toEqual(events)
  })
})

describe('npm run timeline', () => {
  buildBeforeAll()
  it('prints exactly the JSON shape with --json: the period by default, everything with --all', () => {
    for (const [args, expected] of [
      [['--json'], scopeTimeline(events, period, 'period')],
      [['--json', '--all'], events],
    ] as const) {
      const out = timelineOutput(corpus, args)
      expect(out.code).toBe(0)
      const data = JSON.parse(out.stdout) as { events: TimelineEvent[] }
      expect(Object.keys(data)).toEqual(['events'])
      for (const e of data.events) {
        expect(Object.keys(e)).toEqual(['date', 'end', 'phrase', 'sentence', 'source', 'start', 'end_offset'])
        expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        expect(e.end === null || /^\d{4}-\d{2}-\d{2}$/.test(e.end)).toBe(true)
      }
      expect(data.events).toEqual(expected)
    }
  })

  it('opens on the period: a heading, then each event with its sentence and the article by title', () => {
    const text = timelineOutput(corpus, []).stdout
    const blocks = text.trimEnd().split('\n\n')
    expect(blocks[0]).toMatch(/^Events of January 5–10, 2022, the corpus's own period: 13 of 25 dated events/)
    expect(blocks).toHaveLength(1 + scopeTimeline(events, period, 'period').length)
    const arrival = blocks.find((b) => b.includes('“on Thursday morning”'))!
    expect(arrival).toMatch(
      /^Thursday, January 6, 2022 · “on Thursday morning”\n {4}When Tokayev's request came.*\n[\s\S]*\n {4}— Putin is taking a risk by sending troops to Kazakhstan, 2022-01-09$/,
    )
    expect(text).toMatch(/2022-01-0[89] \(inferred\)/)
    expect(text).not.toMatch(/\.txt/)
    expect(text).not.toMatch(/^1956/m)
  })

  it('shows the background too with --all', () => {
    const text = timelineOutput(corpus, ['--all']).stdout
    expect(text.split('\n\n')[1]).toMatch(/^1956 · “in 1956”/)
    expect(text.split('\n\n')).toHaveLength(1 + events.length)
  })

  it.each([40, 80, 132])('wraps every line to a %i-column terminal', (width) => {
    for (const args of [[], ['--all']]) {
      const lines = timelineOutput(corpus, args, width).stdout.split('\n')
      expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(width)
      expect(lines.some((l) => l.length > width - 15)).toBe(true)
    }
  })

  it.each<[string, number, string, string]>([
    ['greedy, at word boundaries', 9, 'one two three', 'one two\nthree'],
    ['with an indent on every line', 10, 'one two three', '  one two\n  three'],
    ['a word longer than the line is cut', 5, 'abcdefgh ij', 'abcde\nfgh\nij'],
  ])('wrap: %s', (_name, width, text, expected) => {
    expect(wrap(text, width, expected.startsWith('  ') ? '  ' : '')).toBe(expected)
  })

  it('refuses an unknown argument', () => {
    expect(timelineOutput(corpus, ['--csv'])).toMatchObject({ stdout: '', code: 2, stderr: expect.stringMatching(/^timeline: unknown option "--csv"/) })
  })

  it('runs as a command: only JSON on stdout, skipped files on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'timeline-'))
    writeFileSync(join(dir, 'a.txt'), 'Sunday 9 January 2022\n\nA made-up story\n\nTroops arrived on Thursday. They left in 2023.\n')
    writeFileSync(join(dir, 'empty.txt'), '')
    const run = spawnSync(process.execPath, nodeArgs('src/cli/timeline.ts', ['--json', '--all']), {
      env: { ...process.env, CORPUS_DIR: dir },
      encoding: 'utf8',
    })
    expect(run.status).toBe(0)
    expect(run.stderr).toMatch(/skipped empty\.txt: the file is empty/)
    const data = JSON.parse(run.stdout) as { events: TimelineEvent[] }
    expect(data.events.map((e) => [e.date, e.end, e.phrase])).toEqual([
      ['2022-01-06', null, 'on Thursday'],
      ['2023-01-01', '2023-12-31', 'in 2023'],
    ])
  })
})
