/**
 * The engine's lookups for autocomplete and `/sources search:` on the seeds:
 * what is typed is derived from the engine's own speakers and titles, cut
 * short or misspelt as a user would.
 */
import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../../src/corpus/load.ts'
import { buildEngine } from '../../src/engine/engine.ts'

const engine = buildEngine(loadCorpus('seeds'))
const speakers = engine.speakers().filter((s) => /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}{5,}$/u.test(s.name))
const sources = engine.sources()

/** The word with its second-to-last letter left out: a typo five letters or more still forgive. */
const dropLetter = (w: string) => w.slice(0, -2) + w.slice(-1)
/** The word with two letters swapped in the middle. */
const swap = (w: string) => w.slice(0, 2) + w[3] + w[2] + w.slice(4)

describe('speakers', () => {
  it('has people with a first name and a surname of six letters or more to test on', () => {
    expect(speakers.length).toBeGreaterThanOrEqual(3)
  })

  it.each<[string, (name: string) => string]>([
    ['the surname cut short', (n) => n.split(' ')[1]!.slice(0, 3)],
    ['the whole name cut short', (n) => n.slice(0, n.length - 2)],
    ['the surname with a letter left out', (n) => dropLetter(n.split(' ')[1]!)],
    ['the surname with two letters swapped', (n) => swap(n.split(' ')[1]!)],
    ['surname then first name, in lower case', (n) => n.split(' ').reverse().join(' ').toLowerCase()],
  ])('%s finds the speaker', (_case, typing) => {
    for (const s of speakers) expect(engine.suggestSpeakers(typing(s.name), 25)).toContain(s.name)
  })

  it('offers the most quoted speakers first when nothing is typed, at most 25 or `limit`', () => {
    expect(engine.suggestSpeakers('')).toEqual(
      engine
        .speakers()
        .slice(0, 25)
        .map((s) => s.name),
    )
    expect(engine.suggestSpeakers('', 2)).toHaveLength(2)
    expect(engine.suggestSpeakers('', 100).length).toBeLessThanOrEqual(25)
  })

  it('offers nobody for a name no one in the articles has', () => {
    expect(engine.suggestSpeakers('qqqqxz', 25)).toEqual([])
  })
})

describe('articles', () => {
  const longWord = (title: string) => title.split(/[^\p{L}]+/u).find((w) => w.length >= 7)!

  it('gives every article in corpus order when nothing is typed', () => {
    expect(engine.findSources('')).toEqual(sources)
  })

  it.each<[string, (a: (typeof sources)[number]) => string]>([
    ['a long word of the title', (a) => longWord(a.title)],
    ['that word misspelt', (a) => dropLetter(longWord(a.title))],
    ['the start of the file name', (a) => a.source.slice(0, 5)],
    ['two words of the title in reverse order, the last cut short', (a) => `${longWord(a.title).slice(0, 5)} ${a.title.split(' ')[0]}`],
  ])('%s finds the article', (_case, typing) => {
    for (const a of sources.filter((x) => longWord(x.title))) expect(engine.findSources(typing(a)).map((x) => x.source)).toContain(a.source)
  })

  it('finds only articles matching every typed word', () => {
    const [a, b] = sources
    const typed = `${longWord(a!.title)} ${b!.source.slice(0, 5)}`
    expect(engine.findSources(typed)).toEqual([])
  })

  it('gives at most `limit` articles', () => {
    expect(engine.findSources('', 2)).toHaveLength(2)
  })
})
