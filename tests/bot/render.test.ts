import { describe, expect, test } from 'vitest'
import { fitMessage, LIMITS } from '../../src/bot/limits.ts'
import { unescapeMarkdown } from '../../src/bot/markdown.ts'
import { renderQuotes, renderSources, renderTimeline, type TimelineView } from '../../src/bot/render-lists.ts'
import { decodeCustomId } from '../../src/bot/custom-id.ts'
import { readQuestion, renderAsk, replyKind, type AskReply } from '../../src/bot/render-ask.ts'
import { renderContext, toEdit, toReply } from '../../src/bot/render.ts'
import type { ArticleSummary } from '../../src/engine/engine.ts'
import type { AskResult, Citation } from '../../src/answer/types.ts'
import type { TimelineEvent } from '../../src/dates/types.ts'
import { messageErrors } from '../support/discord-limits.ts'

const citation = (i: number, over: Partial<Citation> = {}): Citation => ({
  source: `00${i}_abc.txt`,
  title: `Article ${i}`,
  outlet: 'AP',
  date: '2022-01-07',
  dateInferred: false,
  excerpt: `Excerpt number ${i} says something about troops.`,
  start: i * 100,
  end: i * 100 + 45,
  ...over,
})
const result = (n: number, over: Partial<AskResult> = {}): AskResult => ({
  question: 'How many troops were sent?',
  status: 'answered',
  answer: 'about 2,500',
  kind: 'number',
  citations: Array.from({ length: n }, (_, i) => citation(i + 1)),
  related: [],
  version: 'v1',
  ...over,
})
const labels = (msg: ReturnType<typeof renderAsk>) => msg.components.flatMap((r) => r.components.map((b) => ('label' in b ? b.label : '')))

describe('renderAsk pages', () => {
  test.each([
    ['one page, no paging buttons', 2, 0, ['[1]', '[2]'], ['Show context [1]', 'Show context [2]'], 'page 1/1'],
    ['first of three pages', 7, 0, ['[1]', '[2]', '[3]'], ['More sources ▶', 'Show context [1]', 'Show context [2]', 'Show context [3]'], 'page 1/3'],
    ['middle page', 7, 1, ['[4]', '[5]', '[6]'], ['◀ Previous', 'More sources ▶', 'Show context [4]', 'Show context [5]', 'Show context [6]'], 'page 2/3'],
    ['last page', 7, 2, ['[7]'], ['◀ Previous', 'Show context [7]'], 'page 3/3'],
    ['a page past the end shows the last', 7, 99, ['[7]'], ['◀ Previous', 'Show context [7]'], 'page 3/3'],
    ['an answer with no excerpts', 0, 0, [], [], 'page 1/1'],
  ])('%s', (_name, n, page, fields, buttons, footer) => {
    const msg = renderAsk(result(n), page)
    expect(msg.embeds[0]!.fields!.map((f) => f.name.slice(0, f.name.indexOf(' ')))).toEqual(fields)
    expect(labels(msg)).toEqual(buttons)
    expect(msg.embeds[0]!.footer!.text).toContain(footer)
    expect(messageErrors(toEdit(msg))).toEqual([])
  })

  test('the footer says only where in the reply this is: the fields name the sources', () => {
    const embed = renderAsk(result(2)).embeds[0]!
    expect(embed.footer!.text).toBe('page 1/1 · corpus v1')
    expect(embed.fields!.map((f) => f.name)).toEqual(['[1] Article 1 — AP, 2022-01-07', '[2] Article 2 — AP, 2022-01-07'])
  })
})

describe('each thing is said once', () => {
  const quote = 'We have real questions why they were forced to turn to this organization.'
  const count = (within: string, text: string) => unescapeMarkdown(within).split(text).length - 1
  const all = (msg: ReturnType<typeof renderAsk>) =>
    [msg.embeds[0]!.description, ...msg.embeds[0]!.fields!.map((f) => f.value), msg.embeds[0]!.footer!.text].join('\n')
  test.each<[string, Partial<AskResult>, string[], string]>([
    [
      'an answer that quotes excerpt [1] whole',
      { answer: `Antony Blinken: “${quote}”`, citations: [citation(1, { excerpt: quote }), citation(2)] },
      ['[2]'],
      '— [1] Article 1 — AP, 2022-01-07',
    ],
    [
      'an answer that is most of excerpt [2]',
      {
        answer: 'a pact of mutual defense that has never deployed',
        citations: [citation(1), citation(2, { excerpt: 'Conceived as a pact of mutual defense that has never deployed.' })],
      },
      ['[1]'],
      '— [2] Article 2 — AP, 2022-01-07',
    ],
    [
      'a short answer an excerpt proves',
      { answer: 'about 2,500', citations: [citation(1, { excerpt: 'The CSTO sent about 2,500 troops in all.' })] },
      ['[1]'],
      '',
    ],
  ])('%s', (_name, over, fields, source) => {
    const r = result(0, over)
    const msg = renderAsk(r)
    expect(msg.embeds[0]!.fields!.map((f) => f.name.slice(0, f.name.indexOf(' ')))).toEqual(fields)
    expect(count(msg.embeds[0]!.description!, r.answer!.trim())).toBe(1)
    for (const c of r.citations) expect(count(all(msg), c.excerpt.trim()), c.excerpt).toBe(1)
    if (source) expect(unescapeMarkdown(msg.embeds[0]!.description!)).toContain(source)
    // The repeated excerpt keeps its context button.
    expect(labels(msg).filter((l) => l?.startsWith('Show context'))).toEqual(r.citations.map((_, i) => `Show context [${i + 1}]`))
  })

  test('an answer that repeats [1] pages the other excerpts three at a time', () => {
    const r = result(7, { answer: 'Excerpt number 1 says something about troops.' })
    expect([0, 1].map((p) => renderAsk(r, p).embeds[0]!.fields!.map((f) => f.name.slice(0, 3)))).toEqual([
      ['[2]', '[3]', '[4]'],
      ['[5]', '[6]', '[7]'],
    ])
    expect(renderAsk(r, 1).embeds[0]!.footer!.text).toBe('page 2/2 · corpus v1')
  })
})

describe('the kind of reply', () => {
  test.each<[string, Partial<AskReply>, string, string]>([
    ['an answer', {}, 'answered', 'Answer'],
    ['no answer, but passages', { answer: null, status: undefined }, 'passages', 'Passages that may answer the question'],
    ['neither', { answer: null, citations: [], status: undefined }, 'not_covered', 'Not covered by the articles'],
    ['the engine says passages', { answer: null, status: 'passages' }, 'passages', 'Passages that may answer the question'],
    ['the engine says not covered', { answer: null, citations: [], status: 'not_covered' }, 'not_covered', 'Not covered by the articles'],
  ])('%s', (_name, over, kind, title) => {
    const r: AskReply = result(4, over)
    expect(replyKind(r)).toBe(kind)
    expect(renderAsk(r).embeds[0]!.title).toBe(title)
  })

  test('passages are offered as passages, not as an answer: no bold answer line, every excerpt numbered', () => {
    const msg = renderAsk(result(4, { answer: null }))
    const d = msg.embeds[0]!.description!
    expect(d).toMatch(/\n\nNo short answer is certain\. These passages from the articles may answer the question:$/)
    expect(d).not.toContain('**about')
    expect(msg.embeds[0]!.fields!.map((f) => f.name.slice(0, 3))).toEqual(['[1]', '[2]', '[3]'])
    expect(labels(msg)).toEqual(['More sources ▶', 'Show context [1]', 'Show context [2]', 'Show context [3]'])
    expect(messageErrors(toEdit(msg))).toEqual([])
  })
})

test.each(['How many troops?', '@everyone **why** <@&1> _x_ \\ [a](b)', `${'long '.repeat(59)}end?`])('readQuestion reads back %j', (question) => {
  expect(readQuestion(renderAsk(result(5, { question })).embeds)).toBe(question)
  expect(readQuestion(renderAsk(result(0, { question, answer: null })).embeds)).toBe(question)
  expect(readQuestion(renderAsk(result(2, { question, answer: null })).embeds)).toBe(question)
})

test('readQuestion refuses a message that is not an /ask answer', () => {
  expect(readQuestion([{ description: 'something else' }])).toBeNull()
  expect(readQuestion([])).toBeNull()
})

test('not covered: says so, lists the closest titles escaped, offers no buttons', () => {
  const msg = renderAsk(result(0, { answer: null, status: 'not_covered', related: [{ source: 'a.txt', title: 'Putin *risks*' }] }))
  expect(msg.embeds[0]!.title).toBe('Not covered by the articles')
  expect(msg.embeds[0]!.description).toContain('• Putin \\*risks\\*')
  expect(msg.components).toEqual([])
})

describe('limits', () => {
  test.each([
    ['a huge answer', result(3, { answer: 'word '.repeat(5000) })],
    [
      'huge titles and outlets',
      result(9, { citations: Array.from({ length: 9 }, (_, i) => citation(i, { title: 'T '.repeat(900), outlet: 'O '.repeat(900) })) }),
    ],
    ['excerpts full of Markdown', result(4, { citations: Array.from({ length: 4 }, (_, i) => citation(i, { excerpt: '*_`|'.repeat(100) })) })],
  ])('%s stays within every Discord limit', (_name, r) => {
    const msg = toEdit(renderAsk(r))
    expect(messageErrors(msg)).toEqual([])
    expect(msg.embeds[0]!.fields!.length).toBeGreaterThan(0)
    for (const f of msg.embeds[0]!.fields!) expect(f.name).toMatch(/^\[\d+\] /)
  })

  test('fitMessage keeps whole fields, ≤ 25 of them, within 6,000 characters', () => {
    const fields = Array.from({ length: 40 }, (_, i) => ({ name: `[${i + 1}] source`, value: `> ${'quoted text '.repeat(90)}` }))
    const msg = fitMessage({ embeds: [{ title: 't', description: 'd', fields }], components: [] })
    expect(messageErrors(msg)).toEqual([])
    const kept = msg.embeds[0]!.fields!
    expect(kept.length).toBeLessThanOrEqual(LIMITS.fields)
    kept.forEach((f, i) => expect(f.name).toBe(`[${i + 1}] source`))
  })

  test('fitMessage refuses a custom id over 100 characters rather than break the button', () => {
    const components = [{ type: 1 as const, components: [{ type: 2 as const, style: 1 as const, label: 'x', custom_id: 'x'.repeat(101) }] }]
    expect(() => fitMessage({ embeds: [], components })).toThrow(/limits: custom id .* is 101 characters/)
  })

  test('toReply: ephemeral on request, mentions never parsed', () => {
    expect(toReply({ content: 'x', embeds: [], components: [] }, { ephemeral: true })).toMatchObject({ flags: 64, allowedMentions: { parse: [] } })
    expect(toReply({ content: 'x', embeds: [], components: [] })).not.toHaveProperty('flags')
  })
})

test('renderContext bolds the excerpt inside its paragraph', () => {
  const msg = renderContext({ source: 'a.txt', title: 'T', text: 'Before. The excerpt. After.', start: 100, end: 127 }, 2, { start: 108, end: 120 })
  expect(msg.embeds[0]!.description).toBe('Before. **The excerpt.** After.')
  expect(msg.embeds[0]!.title).toBe('[2] T')
})

describe('lists', () => {
  const events: TimelineEvent[] = Array.from({ length: 20 }, (_, i) => ({
    date: `2022-01-${String(i + 1).padStart(2, '0')}`,
    end: null,
    phrase: 'on Thursday',
    sentence: `Event ${i + 1} happened.`,
    source: 'a.txt',
    start: 0,
    end_offset: 1,
  }))
  test.each([
    [0, 8, true, false],
    [1, 8, false, false],
    [2, 4, false, true],
  ])('timeline page %i shows %i events; Earlier disabled %s, Later disabled %s', (page, count, prevOff, nextOff) => {
    const msg = renderTimeline(events, page)
    expect(msg.embeds[0]!.description!.match(/\*\*\w+day, January \d+, 2022\*\*/g)).toHaveLength(count)
    const [prev, next] = msg.components[0]!.components as { disabled?: boolean }[]
    expect([prev!.disabled, next!.disabled]).toEqual([prevOff, nextOff])
  })

  test.each<[string, TimelineView, string, RegExp]>([
    [
      'the period',
      { scope: 'period', period: { from: '2022-01-05', to: '2022-01-10' }, titles: new Map([['a.txt', 'Putin *risks*']]) },
      'Timeline: January 5–10, 2022',
      /scope:background/,
    ],
    [
      'the background',
      { scope: 'background', period: { from: '2022-01-05', to: '2022-01-10' }, titles: new Map() },
      'Background history: outside January 5–10, 2022',
      /^Page 1\/3 · 20 dated events$/,
    ],
    [
      'everything',
      { scope: 'all', period: { from: '2022-01-05', to: '2022-01-10' }, titles: new Map() },
      'Timeline, background included',
      /^Page 1\/3 · 20 dated events$/,
    ],
  ])('timeline of %s: its title, and its buttons keep the scope', (_name, view, title, footer) => {
    const msg = renderTimeline(events, 0, view)
    expect(msg.embeds[0]!.title).toBe(title)
    expect(msg.embeds[0]!.footer!.text).toMatch(footer)
    const next = msg.components[0]!.components[1] as { custom_id: string }
    expect(decodeCustomId(next.custom_id)).toEqual({ kind: 'timeline-page', page: 1, dir: 'next', scope: view.scope })
  })

  test('a timeline entry names its article by title, escaped, never by file name', () => {
    const d = renderTimeline(events, 0, { scope: 'period', period: null, titles: new Map([['a.txt', 'Putin *risks*']]) }).embeds[0]!.description!
    expect(d).toContain('Event 1 happened. — *Putin \\*risks\\**')
    expect(d).not.toContain('a.txt')
  })

  test('an empty scope says so and points at the other', () => {
    expect(renderTimeline([], 0, { scope: 'period', period: null, titles: new Map() }).content).toMatch(/no dated events\. Try `\/timeline scope:background`/)
    expect(renderTimeline([], 0, { scope: 'background', period: null, titles: new Map() }).content).toBe(
      'The articles contain no dated events outside their own period.',
    )
  })

  test('sources: as many whole articles as fit, then how many more', () => {
    const list: ArticleSummary[] = Array.from({ length: 200 }, (_, i) => ({
      source: `${i}.txt`,
      title: `Title ${i}`,
      outlet: 'AP',
      date: null,
      dateInferred: false,
      url: null,
      passages: 3,
      warnings: [],
    }))
    const d = renderSources(list, 'v').embeds[0]!.description!
    expect(d.length).toBeLessThanOrEqual(LIMITS.description)
    expect(d).toMatch(/…and \d+ more$/)
    expect(unescapeMarkdown(d)).toContain('**Title 0** — AP, undated · 0.txt')
  })

  test('quotes: none found is a sentence naming the filter', () => {
    expect(renderQuotes([], { speaker: 'Nobody' }).content).toMatch(/^No quotation in the articles matches speaker “Nobody”\./)
  })
})
