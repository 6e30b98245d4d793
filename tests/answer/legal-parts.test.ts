import { describe, expect, it } from 'vitest'
import { labeller } from '../../src/answer/labeller.ts'
import { lowWords, shapeAsked } from '../../src/engine/answer-shape.ts'
import { analyzeQuestion } from '../../src/answer/index.ts'
import { pagesEngine } from '../support/made-up-report.ts'

// A treaty's parts go by several names: a question's "clause" may be the text's "Section 9".
const sentence = (text: string) => ({ sentence: { text } }) as Parameters<ReturnType<typeof labeller>>[0]

describe('labeller for a part of a legal text', () => {
  it.each([
    ['clause', 'The decision was taken under Section 9 of the treaty.', 'Section 9'],
    ['part', 'He pointed to Article 4 of the pact.', 'Article 4'],
    ['provision', 'Under Paragraph 2b, members must help.', 'Paragraph 2b'],
    ['article', 'Article 51 of the Charter allows it.', 'Article 51'],
  ])('%j finds %j', (focus, text, label) => {
    expect(labeller(focus)(sentence(text)).map((f) => f.text)).toContain(label)
  })

  it('reads a numbered part only: "an article Monday" is a newspaper\'s', () => {
    expect(labeller('provision')(sentence('Marn wrote in an article Monday for the Rendal Herald.')).map((f) => f.text)).toEqual([])
  })

  it('reads no name after a title as a label ("General Andrei")', () => {
    expect(labeller('general')(sentence('The mission is run by Colonel-General Andrei Serdyukov.')).map((f) => f.text)).toEqual([])
  })

  it('still reads another noun as itself only', () => {
    expect(labeller('fund')(sentence('The fund paid out under Section 9.')).map((f) => f.text)).toEqual([])
  })
})

describe('which part of a treaty a question asks about', () => {
  it.each([
    ['which part of the treaty did they invoke', 'legalPart'],
    ['what clause of the pact did they lean on', 'legalPart'],
    ['how old is the president', 'age'],
    ['how many troops were sent', 'number'],
    // How long: a span of time; "how long is" may be a length, and stays a figure.
    ['how long did the admiral think the mission would last', 'span'],
    ['how long is the runway', 'number'],
    ['why did the bread price double', 'reason'],
    ['how come they left', 'reason'],
  ])('%j asks for %j', (q, shape) => {
    expect(shapeAsked(analyzeQuestion(q, () => true))).toBe(shape)
  })

  it('ranks the sentence that names the part first', () => {
    const engine = pagesEngine([
      `League sends force to Veloria\nMarch 9, 2023\n\nThe league used its treaty to justify sending troops to Veloria, its secretary general said, calling the unrest an attack from abroad.\n\nVeloria's president argued that the attack justified turning to the league.\n\nThe decision was taken in accordance with Section 9 of the treaty, under which an attack on one member is an attack on all.\n\nThe league's troops landed in Velsk on Monday.`,
    ])
    for (const q of ['which part of the treaty did the league use to justify it', 'what clause of the treaty did they lean on to send the force'])
      expect(engine.retrieve(q, 1)[0]?.excerpt).toContain('Section 9')
  })
})

describe('the words of invoking a legal text count for little in a question for its part', () => {
  it.each([
    ['which part of the treaty did they use to justify it', ['use', 'justify']],
    ['what bit of the pact did they point to as the legal basis', ['point', 'legal', 'basis']],
    ['what did they use to justify it', []],
  ])('%j: %j', (q, words) => {
    const low = lowWords(analyzeQuestion(q, () => true))
    for (const w of words) expect(low).toContain(w)
    if (words.length === 0) expect(low.has('use')).toBe(false)
  })

  // Two reports name the part in words of their own; the question's verbs are in a sentence that names none.
  const PAGES = [
    `League sends force to Veloria\nMarch 9, 2023\n\nThe league's secretary general said members would use every means to justify their help to Veloria and to end the unrest.\n\nThe league acted under Section 9 of the treaty, which treats an attack on one member as an attack on all.\n\nIts troops landed in Velsk on Monday.`,
    `Explainer: the league's first mission\nMarch 10, 2023\n\nVeloria's president pointed to Section 9 of the treaty when he asked the league for troops.\n\nThe league has six members.`,
  ]

  it.each(['which part of the treaty did the league use to justify it', 'what bit of the treaty did they point to as the legal basis'])(
    '%j is answered by the part both name',
    (q) => {
      const r = pagesEngine(PAGES).ask(q)
      expect(r.status).toBe('answered')
      expect(r.answer).toBe('Section 9')
    },
  )

  it('does not answer which part was breached with the part invoked', () => {
    expect(pagesEngine(PAGES).ask('which part of the treaty did veloria breach').status).not.toBe('answered')
  })
})

describe('a part of another kind of text is no answer', () => {
  it.each([
    ['which part of the constitution did they rely on', 'citing Article 4 of the Collective Security Treaty, which covers aggression', true],
    ['which clause of the treaty did they invoke', 'citing Article 4 of the Northern Defence Pact, which covers aggression', false],
    ['which part of the charter bars it', "Section 2 of the pact's charter bars intervention", false],
  ])('%j, %j: a misfit %s', (q, text, misfit) => {
    const focus = /^which (\w+)/.exec(q)![1]!
    const found = labeller(focus, q)(sentence(text))[0]!
    expect(found.misfit === true).toBe(misfit)
  })

  const engine = pagesEngine([
    `League sends troops to Velsk under its pact\nMarch 9, 2023\n\nThe Northern Defence League agreed on Thursday to send troops to Velsk, citing Article 4 of the Northern Defence Pact, which covers aggression against a member.\n\nCritics said Section 2 of the pact's charter bars intervention in internal unrest, and lawyer Dana Ulm said the move breached Article 9 of Velsk's constitution.\n\nIts troops landed in Velsk on Monday.`,
  ])
  it('does not answer which part of the constitution with an article of the pact', () => {
    expect(engine.ask('which part of the constitution did they rely on to send troops').answer ?? '').not.toContain('Article 4')
  })
  it.each([
    ['which clause of the treaty did the league invoke', 'Article 4'],
    ['which part of the charter bars intervention in internal unrest', 'Section 2'],
  ])('%j: a pact is a treaty, and its charter one too', (q, label) => {
    expect(engine.ask(q).answer ?? '').toBe(label)
  })
})
