/**
 * A stand-in {@link Engine} over the real seed articles, for testing the
 * Discord layer alone: plain keyword matching, real offsets, real titles.
 * Override any method with spread: `{ ...fakeEngine(), ask: () => huge }`.
 */
import { loadCorpus } from '../../src/corpus/load.ts'
import type { ArticleSummary, Engine } from '../../src/engine/engine.ts'
import type { AskResult, Citation } from '../../src/answer/types.ts'
import type { Corpus } from '../../src/corpus/types.ts'
import type { Quote } from '../../src/quotes/types.ts'
import type { TimelineEvent } from '../../src/dates/types.ts'

const words = (s: string) =>
  (s.toLowerCase().match(/[a-z0-9]{4,}/g) ?? []).filter((w) => !['what', 'when', 'which', 'does', 'with', 'that', 'from'].includes(w))

export function fakeEngine(corpus: Corpus = loadCorpus('seeds')): Engine {
  const sentences = corpus.articles.flatMap((a) => a.sentences.map((s) => ({ a, s })))
  const quotes: Quote[] = []
  for (const { a, s } of sentences) {
    const speaker = /\b(Tokayev|Putin|Blinken|Lukashenko|Pashinyan)\b/.exec(s.text)?.[1]
    for (const m of s.text.matchAll(/"([^"]{12,})"/g)) {
      if (!speaker) continue
      const start = s.start + m.index + 1
      quotes.push({
        speaker,
        role: null,
        text: m[1]!,
        source: a.source,
        title: a.title,
        date: a.date,
        start,
        end: start + m[1]!.length,
        attribution: { start: s.start, end: s.end },
      })
    }
  }
  const DATED = /\b(?:January (\d{1,2})|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/
  const timeline: TimelineEvent[] = sentences
    .filter(({ s }) => DATED.test(s.text))
    .map(({ a, s }) => {
      const m = DATED.exec(s.text)!
      const date = m[1] ? `2022-01-${m[1].padStart(2, '0')}` : (a.date ?? '2022-01-06')
      return { date, end: null, phrase: m[0], sentence: s.text, source: a.source, start: s.start, end_offset: s.end }
    })
    .sort((x, y) => x.date.localeCompare(y.date))

  return {
    version: 'fake0001',
    corpus,
    ask(question): AskResult {
      const q = new Set(words(question))
      const scored = sentences
        .map(({ a, s }) => ({ a, s, score: words(s.text).filter((w) => q.has(w)).length }))
        .filter((x) => x.score >= 2)
        .sort((x, y) => y.score - x.score)
        .slice(0, 8)
      const citations: Citation[] = scored.map(({ a, s }) => {
        const excerpt = a.text.slice(s.start, Math.min(s.end, s.start + 400))
        return { source: a.source, title: a.title, outlet: a.outlet, date: a.date, dateInferred: false, excerpt, start: s.start, end: s.start + excerpt.length }
      })
      const related = citations.length
        ? []
        : corpus.articles.filter((a) => words(a.title).some((w) => q.has(w))).map((a) => ({ source: a.source, title: a.title }))
      const answer = citations[0] ? citations[0].excerpt.split(/\s+/).slice(0, 8).join(' ') : null
      return { question, status: answer ? 'answered' : 'not_covered', answer, kind: 'other', citations, related, version: 'fake0001' }
    },
    retrieve(question, limit = 3) {
      return this.ask(question).citations.slice(0, limit)
    },
    sources: (): ArticleSummary[] =>
      corpus.articles.map((a) => ({
        source: a.source,
        title: a.title,
        outlet: a.outlet,
        date: a.date,
        dateInferred: false,
        url: a.url,
        passages: a.paragraphs.length,
        warnings: a.warnings,
      })),
    findSources(typed, limit = Infinity) {
      const wanted = typed.toLowerCase().split(/\s+/).filter(Boolean)
      return this.sources()
        .filter((a) => wanted.every((w) => `${a.title} ${a.outlet ?? ''} ${a.source}`.toLowerCase().includes(w)))
        .slice(0, limit)
    },
    context(source, at) {
      const a = corpus.articles.find((x) => x.source === source)
      const p = a?.paragraphs.find((x) => x.start <= at && at < x.end)
      return a && p ? { source, title: a.title, text: a.text.slice(p.start, p.end), start: p.start, end: p.end } : null
    },
    quotes: (query, limit = 20) =>
      quotes
        .filter((q) => !query.speaker || q.speaker.toLowerCase() === query.speaker.toLowerCase())
        .filter((q) => !query.text || q.text.toLowerCase().includes(query.text.toLowerCase()))
        .slice(0, limit),
    speakers: () => [...new Set(quotes.map((q) => q.speaker))].map((name) => ({ name, role: null, quotes: quotes.filter((q) => q.speaker === name).length })),
    suggestSpeakers: (prefix, limit = 25) =>
      [...new Set(quotes.map((q) => q.speaker))].filter((n) => n.toLowerCase().includes(prefix.toLowerCase())).slice(0, limit),
    timeline: () => timeline,
  }
}
