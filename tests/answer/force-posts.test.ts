import { describe, expect, it } from 'vitest'
import { analyzeQuestion } from '../../src/answer/question.ts'
import { civilOverForce } from '../../src/answer/force-posts.ts'
import { askReport } from '../support/made-up-report.ts'

const ask = (q: string) => analyzeQuestion(q, () => true)

describe('civilOverForce: a civil post commands no force', () => {
  it.each([
    [['President'], 'who headed the league troops', true],
    [['Deputy Defence Minister'], 'who commanded the contingent', true],
    [['Prime Minister', 'mayor of Orsa'], 'who was leading the peacekeepers', true],
    // A rank, a command or a chief's post may be the command.
    [['the commander of the guard force'], 'who headed the league troops', false],
    [['General'], 'who commanded the contingent', false],
    [['Chief of the General Staff'], 'who led the army', false],
    // Only a question of who holds the command of a force.
    [['President'], 'who leads the country', false],
    [['President'], 'who sent the troops', false],
    [[], 'who headed the league troops', false],
  ] as const)('%j for %j → %s', (roles, question, misfit) => {
    expect(civilOverForce(roles, ask(question))).toBe(misfit)
  })
})

describe('who commanded the troops is not the president they were sent to help', () => {
  const body =
    'Troops of the Coastal League (CL), the Norland-led military alliance of five former Hansa states, began pulling out of Veloria on Thursday, barely a week after they were flown in to help President Ivo Lask put down the unrest.'
  it.each(['who headed the cl troops', 'who commanded the cl troops'])('%j has no short answer', (q) => {
    expect(askReport(body, q).answer).toBeNull()
  })
  it.each([
    // What is led ends where a clause about it begins; a sentence that tells him doing it says so, whatever his post.
    ['President Ivo Lask said on Monday that Veloria would send 300 troops to Orsa.', 'who leads the country that sent troops to orsa'],
    ['Defence Minister Ivo Lask commanded the troops in Orsa.', 'who commanded the troops in orsa'],
  ])('%j: %j is still answered', (b, q) => {
    expect(askReport(b, q).answer).toContain('Ivo Lask')
  })
  it('nor loses the commander where the page names one', () => {
    expect(
      askReport(`${body}\n\nGeneral Tomas Hald, the commander of the collective guard force, said the mission was over.`, 'who commanded the cl troops').answer,
    ).toContain('Tomas Hald')
  })
})
