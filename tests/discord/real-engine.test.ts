/**
 * The bot over the real engine and the seed articles, through the real
 * discord.js client: answers, excerpts and lists come from the corpus, and the
 * expectations are computed from the engine, never typed in.
 */
import { afterAll, beforeAll, expect, test } from 'vitest'
import { unescapeMarkdown } from '../../src/bot/markdown.ts'
import { loadCorpus } from '../../src/corpus/load.ts'
import { buildEngine } from '../../src/engine/engine.ts'
import { corpusPeriod, eventWhen, scopeTimeline } from '../../src/dates/period.ts'
import { str } from '../support/fake-payloads.ts'
import { startHarness, type Harness } from '../support/harness.ts'

let h: Harness
beforeAll(async () => {
  h = await startHarness({ engine: buildEngine(loadCorpus('seeds')) })
}, 30_000)
afterAll(async () => {
  await h?.close()
})

test.each(['How many troops were in the CSTO force?', 'Who requested the CSTO deployment?'])(
  '/ask %j: the engine’s answer with its verbatim excerpts',
  async (question) => {
    const expected = h.engine.ask(question)
    expect(expected.answer).not.toBeNull()
    const d = h.fake.dispatch({ kind: 'command', name: 'ask', options: [str('question', question)] })
    expect((await h.fake.firstCallback(d)).body.type).toBe(5)
    const msg = await h.messageOf(d)
    const embed = msg.embeds[0]
    expect(unescapeMarkdown(embed.description)).toContain(`**${expected.answer}**`)
    embed.fields.forEach((f: { value: string }, i: number) => {
      const c = expected.citations[i]!
      const shown = unescapeMarkdown(f.value.replace(/^> /gm, ''))
      expect(shown).toBe(c.excerpt.trim())
      expect(h.engine.corpus.articles.find((a) => a.source === c.source)!.text.slice(c.start, c.end)).toBe(c.excerpt)
    })
    const labels = msg.components[0].components.map((b: { label: string }) => b.label)
    expect(labels.includes('More sources ▶')).toBe(expected.citations.length > 3)
  },
)

test('/ask on something the articles do not cover says so', async () => {
  const question = 'What is the recipe for banana bread?'
  expect(h.engine.ask(question).answer).toBeNull()
  const msg = await h.messageOf(h.fake.dispatch({ kind: 'command', name: 'ask', options: [str('question', question)] }))
  expect(msg.embeds[0].title).toBe('Not covered by the articles')
})

test('/sources and /timeline list the real corpus', async () => {
  const sources = await h.messageOf(h.fake.dispatch({ kind: 'command', name: 'sources' }))
  for (const a of h.engine.sources()) expect(unescapeMarkdown(sources.embeds[0].description)).toContain(a.title)
  const all = h.engine.timeline()
  const period = corpusPeriod(
    all,
    h.engine.sources().map((s) => s.date),
  )
  for (const [scope, events] of [
    [undefined, scopeTimeline(all, period, 'period')],
    ['background', scopeTimeline(all, period, 'background')],
  ] as const) {
    const timeline = await h.messageOf(h.fake.dispatch({ kind: 'command', name: 'timeline', options: scope ? [str('scope', scope)] : [] }))
    if (events.length === 0) return expect(timeline.content).toMatch(/no dated events/)
    expect(timeline.embeds[0].description).toContain(`**${eventWhen(events[0]!)}**`)
    expect(timeline.embeds[0].footer.text).toContain(`${events.length} dated events`)
    // Entries name their articles by title.
    for (const a of h.engine.sources()) expect(timeline.embeds[0].description).not.toContain(a.source)
  }
})

test('/timeline opens on the deployment itself; the background history is behind scope:background', async () => {
  const first = await h.messageOf(h.fake.dispatch({ kind: 'command', name: 'timeline' }))
  expect(first.embeds[0].title).toBe('Timeline: January 5–10, 2022')
  expect(first.embeds[0].description).toMatch(/^\*\*Wednesday, January 5, 2022\*\*/)
  expect(first.embeds[0].description).not.toMatch(/\*\*\d{4}\*\*/)
  const background = await h.messageOf(h.fake.dispatch({ kind: 'command', name: 'timeline', options: [str('scope', 'background')] }))
  expect(background.embeds[0].description).toMatch(/^\*\*1956\*\*/)
})

test('/sources search: lists the articles whose title matches, typos and all, and says when none does', async () => {
  const all = h.engine.sources()
  const word = all[0]!.title.split(' ').find((w) => w.length >= 7)!
  const typed = word.slice(0, -2) + word.slice(-1)
  const expected = h.engine.findSources(typed)
  expect(expected.map((a) => a.source)).toContain(all[0]!.source)
  const msg = await h.messageOf(h.fake.dispatch({ kind: 'command', name: 'sources', options: [str('search', typed)] }))
  expect(unescapeMarkdown(msg.embeds[0].title)).toBe(`Articles matching “${typed}” (${expected.length} of ${all.length})`)
  const lines = unescapeMarkdown(msg.embeds[0].description).split('\n')
  expect(lines.map((l) => all.find((a) => l.endsWith(`· ${a.source}`))?.source)).toEqual(expected.map((a) => a.source))
  const none = await h.messageOf(h.fake.dispatch({ kind: 'command', name: 'sources', options: [str('search', 'qqqqxz')] }))
  expect(none.embeds).toEqual([])
  expect(unescapeMarkdown(none.content)).toBe(
    `No article's title, outlet or file name matches “qqqqxz”. Try fewer words, or \`/sources\` alone for all ${all.length}.`,
  )
})

// The quote index is being built in parallel; until it lands the engine knows no speakers.
test.skipIf(buildEngine(loadCorpus('seeds')).speakers().length === 0)('/quote and its autocomplete use the real quote index', async () => {
  const speaker = h.engine.speakers()[0]!.name
  const cb = await h.fake.firstCallback(h.fake.dispatch({ kind: 'autocomplete', name: 'quote', options: [str('speaker', speaker.slice(0, 2), true)] }))
  expect(cb.body.data.choices.map((c: { value: string }) => c.value)).toEqual(h.engine.suggestSpeakers(speaker.slice(0, 2), 25))
  const msg = await h.messageOf(h.fake.dispatch({ kind: 'command', name: 'quote', options: [str('speaker', speaker)] }))
  expect(unescapeMarkdown(msg.embeds[0].fields[0].name)).toContain(speaker)
})
