/** Every slash command end to end: fake Discord → real discord.js client → router → engine → fake Discord. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { unescapeMarkdown } from '../../src/bot/markdown.ts'
import { corpusPeriod, eventWhen, scopeTimeline } from '../../src/dates/period.ts'
import { bool, str } from '../support/fake-payloads.ts'
import { startHarness, type Harness } from '../support/harness.ts'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  await h?.close()
})

const fieldText = (value: string) => unescapeMarkdown(value.replace(/^> /gm, ''))

describe('/ask', () => {
  const QUESTION = 'How many troops did the CSTO send to Kazakhstan?'

  test('defers at once, then edits in the answer with up to three verbatim, numbered excerpts', async () => {
    const d = h.fake.dispatch({ kind: 'command', name: 'ask', options: [str('question', QUESTION)] })
    const first = await h.fake.firstCallback(d)
    expect(first.body.type).toBe(5)
    expect(first.at - d.at).toBeLessThan(3000) // Discord's own rule, not a performance target
    const msg = await h.messageOf(d)
    const expected = h.engine.ask(QUESTION)
    expect(expected.answer).not.toBeNull()
    const [embed] = msg.embeds
    expect(unescapeMarkdown(embed.description)).toContain(expected.answer!.trim())
    expect(embed.fields.length).toBe(Math.min(3, expected.citations.length))
    embed.fields.forEach((f: { name: string; value: string }, i: number) => {
      expect(f.name.startsWith(`[${i + 1}] `)).toBe(true)
      const c = expected.citations[i]!
      expect(fieldText(f.value)).toBe(c.excerpt.trim())
      const article = h.engine.corpus.articles.find((a) => a.source === c.source)!
      expect(article.text.slice(c.start, c.end)).toBe(c.excerpt)
    })
    // Each source is named once, in its field; the footer does not list them again.
    expect(embed.footer.text).not.toMatch(/\[\d+\]/)
    expect(msg.allowed_mentions).toEqual({ parse: [] })
  })

  test('private:true makes the deferral (and so the answer) ephemeral', async () => {
    const d = h.fake.dispatch({ kind: 'command', name: 'ask', options: [str('question', QUESTION), bool('private', true)] })
    const first = await h.fake.firstCallback(d)
    expect(first.body).toMatchObject({ type: 5, data: { flags: 64 } })
    expect((await h.messageOf(d)).embeds).toHaveLength(1)
  })

  test('a question the articles do not cover says so, with no excerpts and no buttons', async () => {
    const q = 'What is the recipe for banana bread?'
    expect(h.engine.ask(q).answer).toBeNull()
    const msg = await h.messageOf(h.fake.dispatch({ kind: 'command', name: 'ask', options: [str('question', q)] }))
    expect(msg.embeds[0].title).toMatch(/not covered/i)
    expect(msg.embeds[0].description).toMatch(/don't cover/)
    expect(msg.components).toEqual([])
  })

  test.each([
    ['empty after trimming', '    ', /empty/i],
    ['over 300 characters', 'Why '.repeat(80), /under 300/],
  ])('a question %s gets an ephemeral explanation, not an answer', async (_name, question, pattern) => {
    const d = h.fake.dispatch({ kind: 'command', name: 'ask', options: [str('question', question)] })
    const cb = await h.fake.firstCallback(d)
    expect(cb.body.type).toBe(4)
    expect(cb.body.data.flags).toBe(64)
    expect(cb.body.data.content).toMatch(pattern)
  })
})

describe('/quote', () => {
  test('lists the matching quotations with speaker, article and date', async () => {
    const speaker = h.engine.speakers()[0]!.name
    const expected = h.engine.quotes({ speaker }, 100)
    const msg = await h.messageOf(h.fake.dispatch({ kind: 'command', name: 'quote', options: [str('speaker', speaker)] }))
    const fields = msg.embeds[0].fields as { name: string; value: string }[]
    expect(fields.length).toBe(Math.min(10, expected.length))
    fields.forEach((f, i) => {
      const q = expected[i]!
      expect(unescapeMarkdown(f.name)).toContain(q.speaker)
      expect(unescapeMarkdown(f.value)).toContain(q.title)
      if (q.date) expect(f.value).toContain(q.date)
    })
  })

  test('no match is a clear message', async () => {
    const msg = await h.messageOf(h.fake.dispatch({ kind: 'command', name: 'quote', options: [str('text', 'zzzz no such words zzzz')] }))
    expect(msg.content).toMatch(/No quotation/)
  })

  test('speaker autocomplete answers with at most 25 canonical names filtered by what is typed', async () => {
    const typed = h.engine.speakers()[0]!.name.slice(0, 3)
    const d = h.fake.dispatch({ kind: 'autocomplete', name: 'quote', options: [str('speaker', typed, true)] })
    const cb = await h.fake.firstCallback(d)
    expect(cb.status).toBe(204)
    expect(cb.body.type).toBe(8)
    expect(cb.at - d.at).toBeLessThan(3000)
    const names = cb.body.data.choices.map((c: { name: string }) => c.name)
    expect(names).toEqual(h.engine.suggestSpeakers(typed, 25))
    expect(names.length).toBeGreaterThan(0)
    expect(names.length).toBeLessThanOrEqual(25)
  })
})

describe('/timeline, /sources, /help', () => {
  test("/timeline shows the first dated events of the corpus's own period with paging buttons", async () => {
    const all = h.engine.timeline()
    const events = scopeTimeline(
      all,
      corpusPeriod(
        all,
        h.engine.sources().map((s) => s.date),
      ),
      'period',
    )
    const msg = await h.messageOf(h.fake.dispatch({ kind: 'command', name: 'timeline' }))
    expect(msg.embeds[0].description).toContain(`**${eventWhen(events[0]!)}**`)
    if (events.length > 8) expect(msg.components[0].components.map((b: { label: string }) => b.label)).toEqual(['◀ Earlier', 'Later ▶'])
  })

  test('/sources lists every article with title, outlet, date and file', async () => {
    const msg = await h.messageOf(h.fake.dispatch({ kind: 'command', name: 'sources' }))
    const text = unescapeMarkdown(msg.embeds[0].description)
    for (const a of h.engine.sources()) {
      expect(text).toContain(a.title)
      expect(text).toContain(a.source)
      if (a.outlet) expect(text).toContain(a.outlet)
      if (a.date) expect(text).toContain(a.date)
    }
  })

  test('/help says what the bot knows, privately', async () => {
    const msg = await h.messageOf(h.fake.dispatch({ kind: 'command', name: 'help' }))
    expect(msg.flags).toBe(64)
    expect(msg.embeds[0].description).toContain(`${h.engine.corpus.articles.length} news articles`)
  })
})

test('every interaction is acknowledged within 3 s, and the log records each without the question text', async () => {
  const before = h.logs.length
  const question = 'Who asked the CSTO for troops?'
  const ds = [
    h.fake.dispatch({ kind: 'command', name: 'ask', options: [str('question', question)] }),
    h.fake.dispatch({ kind: 'command', name: 'sources' }),
    h.fake.dispatch({ kind: 'command', name: 'timeline' }),
  ]
  for (const d of ds) {
    const cb = await h.fake.firstCallback(d)
    expect([4, 5]).toContain(cb.body.type)
    expect(cb.status).toBeLessThan(300)
    expect(cb.at - d.at).toBeLessThan(3000)
  }
  await h.messageOf(ds[0]!)
  await new Promise((r) => setTimeout(r, 50))
  const ids = new Set(ds.map((d) => d.id))
  const lines = h.logs.filter((l) => l.msg === 'interaction handled' && ids.has(l.interaction))
  expect(lines.map((l) => l.command).sort()).toEqual(['ask', 'sources', 'timeline'])
  for (const l of lines) expect(l).toMatchObject({ user: expect.any(String), guild: expect.any(String), ms: expect.any(Number) })
  expect(lines.find((l) => l.command === 'ask')).toHaveProperty('answered')
  const info = h.logs.slice(before).filter((l) => l.level >= 30)
  expect(JSON.stringify(info)).not.toContain(question)
})
