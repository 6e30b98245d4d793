import { describe, expect, it } from 'vitest'
import { describedRoles } from '../../src/answer/role-order.ts'
import { reportEngine } from '../support/made-up-report.ts'

describe('describedRoles', () => {
  it.each([
    // A post before a bare rank; a rank said again in other words once.
    [
      ['Colonel-General', 'General', 'the head of the marine corps'],
      ['the head of the marine corps', 'Colonel-General'],
    ],
    [['Colonel General', 'Colonel-General'], ['Colonel General']],
    // A role another holds goes: "prime minister" beside "the new prime minister".
    [
      ['the new prime minister', 'former finance minister', 'prime minister'],
      ['the new prime minister', 'former finance minister'],
    ],
    [['Admiral'], ['Admiral']],
    // A post held once does not stand for the one held now.
    [
      ['Prime Minister', 'a former prime minister'],
      ['Prime Minister', 'a former prime minister'],
    ],
  ])('%j → %j', (roles, shown) => {
    expect(describedRoles(roles)).toEqual(shown)
  })
})

describe('who is X: what the person does before a rank', () => {
  const engine = reportEngine(
    'Colonel-General Petr Marten arrived in Portsea on Monday.\n\n' +
      'General Marten told reporters the curfew would stay.\n\n' +
      'Colonel General Petr Marten, the head of the league marine corps since 2019, is leading the whole force.',
  )
  it('gives the post, and the rank once', () => {
    expect(engine.ask('who is marten').answer).toBe('Petr Marten: the head of the league marine corps since 2019; Colonel-General')
  })
})

describe("what's X's job: the post, as who is X gives it", () => {
  const engine = reportEngine(
    'Colonel-General Petr Marten arrived in Portsea on Monday, his first trip abroad in a normal year.\n\n' +
      'Colonel General Petr Marten, the head of the league marine corps since 2019, is leading the whole force.\n\n' +
      "The force's job is to guard the harbour and the power station.",
  )
  it.each(["whats marten's normal job", "what is marten's role"])('%j', (q) => {
    expect(engine.ask(q).answer).toMatch(/^Petr Marten: the head of the league marine corps since 2019/)
  })
  it("leaves a thing's job to the sentence that tells what it does", () => {
    expect(engine.ask("what is the force's job").answer).toMatch(/guard the harbour/)
  })
})

describe('an earlier post, and excerpts that say each post', () => {
  const engine = reportEngine(
    'The council approved former defence minister Ivo Lask as mayor of Portsea on Monday.\n\n' +
      'Lask, 52, thanked the council and said the curfew would end soon.\n\n' +
      '"We will rebuild the old town," said Lask, a veteran of two floods.\n\n' +
      'Admiral Rosa Lind, the head of the league navy, was at the vote.',
  )
  it('gives the post marked as held before, for a job held before', () => {
    expect(engine.ask('what job did lask have before he became mayor').answer).toBe('Ivo Lask: former defence minister')
  })
  it('gives no earlier post where the articles mark none as one', () => {
    expect(engine.ask('what job did lind have before').answer).toBeNull()
  })
  it.each(['who is ivo lask', 'who is lask'])('%j cites, for each role, a sentence that says it, and no other', (q) => {
    const r = engine.ask(q)
    const roles = (r.answer ?? '').replace(/^[^:]+: /, '').split('; ')
    expect(roles).toContain('a veteran of two floods')
    for (const role of roles) expect(r.citations.some((c) => c.excerpt.includes(role))).toBe(true)
    for (const c of r.citations) expect(roles.some((role) => c.excerpt.includes(role))).toBe(true)
  })
})

describe("a country's role or position is no person's post", () => {
  const engine = reportEngine(
    'Norland, a close ally of the league, said it opposed any foreign interference.\n\n' +
      'Ostria, the largest member of the league, sent 2,000 marines to Portsea.\n\n' +
      'Ostrian marines, the bulk of the force, took up positions around the port.',
  )
  it.each(["What is Norland's position?", "What was Ostria's role?", 'what role did ostria have in the operation', 'What positions did Ostrian marines hold?'])(
    '%j gets no definition for a short answer',
    (q) => {
      expect(engine.ask(q).answer).toBeNull()
    },
  )
})

describe("a person's post asked in other ways", () => {
  it.each([
    [
      'Ivo Lask named his cabinet on Monday.\n\nLask is the defence minister of Tarn and a close ally of the president.',
      "what is lask's job",
      /defence minister of Tarn/,
    ],
    ['Ivo Lask, the defence minister, met the league envoy on Monday.\n\nShops reopened.', 'what position did lask hold', /the defence minister/],
    ['Ivo Lask, the defence minister, met the league envoy on Monday.\n\nShops reopened.', "what is lask's position", /the defence minister/],
  ])('%j: %j', (body, q, post) => {
    expect(reportEngine(body).ask(q).answer).toMatch(post)
  })
})
