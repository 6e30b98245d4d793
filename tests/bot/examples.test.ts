import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../../src/corpus/load.ts'
import { buildEngine } from '../../src/engine/engine.ts'
import { EXAMPLE_QUESTIONS, renderHelp } from '../../src/bot/index.ts'
import ask from '../../commands/ask.ts'

// What each example must answer on the shipped seeds: the bot's own examples are never answered wrong, nor left unanswered.
const EXPECTED: Record<(typeof EXAMPLE_QUESTIONS)[number], RegExp> = {
  'How many troops did the CSTO send?': /2,500/,
  'Which countries are in the CSTO?': /Armenia.*Belarus.*Kyrgyzstan.*Tajikistan/,
  'When did the troops arrive?': /January 6, 2022/,
}

describe('the questions the bot shows as examples', () => {
  const engine = buildEngine(loadCorpus('seeds'))
  it.each(EXAMPLE_QUESTIONS.map((q) => [q]))('%j gets a short answer, the right one, on the seeds', (q) => {
    const r = engine.ask(q)
    expect(r.status).toBe('answered')
    expect(r.answer).toMatch(EXPECTED[q])
  })
  it('are the ones /help and the /ask option show', () => {
    const help = renderHelp({ articles: 5, version: 'v' }).embeds[0]!.description!
    for (const q of EXAMPLE_QUESTIONS) expect(help).toContain(q)
    expect(JSON.stringify(ask.data.toJSON())).toContain(EXAMPLE_QUESTIONS[0])
  })
})
