import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TIMELINE, timelineOutput } from '../../src/cli/timeline.ts'
import { parseCli } from '../../src/cli/args.ts'
import { buildEngine } from '../../src/engine/engine.ts'
import { loadCorpus } from '../../src/corpus/load.ts'
import { buildDateIndex } from '../../src/dates/date-index.ts'
import { buildTimeline } from '../../src/dates/timeline.ts'
import type { TimelineEvent } from '../../src/dates/types.ts'

const corpus = loadCorpus('seeds')
const engine = buildEngine(corpus)
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

describe('npm run timeline', () => {
  it('prints exactly the JSON shape with --json', () => {
    const out = timelineOutput(engine, { json: true })
    expect(out.code).toBe(0)
    const data = JSON.parse(out.stdout) as { events: TimelineEvent[] }
    expect(Object.keys(data)).toEqual(['events'])
    for (const e of data.events) {
      expect(Object.keys(e)).toEqual(['date', 'end', 'phrase', 'sentence', 'source', 'start', 'end_offset'])
      expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(e.end === null || /^\d{4}-\d{2}-\d{2}$/.test(e.end)).toBe(true)
    }
    expect(data.events).toEqual(events)
  })

  it('prints one readable line per event with its citation', () => {
    const lines = timelineOutput(engine, {}).stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(events.length)
    const arrival = lines.find((l) => l.includes('“on Thursday morning”'))!
    expect(arrival).toMatch(/^Thursday, 6 January 2022 +“on Thursday morning” .*paratroopers.*\[Putin is taking a risk .*, 2022-01-09, 001_10466e7ab9d79f5b\.txt\]$/)
    expect(lines[0]).toMatch(/^1956 /)
    expect(lines.some((l) => /2022-01-0[89] \(inferred\), 003_/.test(l))).toBe(true)
  })

  it('refuses an unknown argument', () => {
    expect(() => parseCli(TIMELINE, ['--csv'], false)).toThrow('timeline: unknown option "--csv"')
    expect(() => parseCli(TIMELINE, ['csv'], false)).toThrow('timeline: unexpected argument "csv"')
  })

  it('runs as a command: only JSON on stdout, skipped files on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'timeline-'))
    writeFileSync(join(dir, 'a.txt'), 'Sunday 9 January 2022\n\nA made-up story\n\nTroops arrived on Thursday. They left in 2023.\n')
    writeFileSync(join(dir, 'empty.txt'), '')
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/timeline.ts', '--json'], {
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
