import { describe, expect, it } from 'vitest'
import { askReport } from '../support/made-up-report.ts'

// Made-up reports: one person does the deed, another has it done to them.
const ACTIVE = [
  'President Eva Sorn fired the interior minister, Ivo Lask, on Monday.',
  'Sorn later thanked the police.',
  'Lask had run the ministry since 2019.',
].join('\n\n')
const PASSIVE = [
  'Ivo Lask, the former spy chief, was arrested on Tuesday, Eva Sorn told reporters.',
  'Sorn did not say where he was held.',
  'Lask had run the agency since 2016.',
].join('\n\n')

describe('a passive question asks whom the deed was done to', () => {
  it.each([
    ['an active sentence', ACTIVE, 'who got fired'],
    ['a passive sentence', PASSIVE, 'who was arrested'],
  ])('%s: %j is not answered with the doer', (_what, body, question) => {
    const answer = askReport(body, question).answer ?? ''
    expect(answer).not.toContain('Sorn')
  })

  it('finds the one fired after an active verb and its post', () => {
    expect(askReport(ACTIVE, 'who got fired').answer).toContain('Ivo Lask')
  })

  it('still answers who did it', () => {
    expect(askReport(ACTIVE, 'who fired lask').answer).toContain('Eva Sorn')
  })
})

describe("a passive question: the review's probes", () => {
  it.each([
    ['Ivo Lask, whose son was arrested last year, said Eva Sorn should resign.\n\nSorn did not reply.', 'who was arrested', /Lask/],
    ['Ivo Lask, the Velta governor, fired back at opposition leader Eva Sorn on Monday.\n\nSorn did not reply.', 'who was fired', /Sorn/],
  ])('%j: %j is not answered with someone the deed was not done to', (body, question, wrong) => {
    expect(askReport(body, question).answer ?? '').not.toMatch(wrong)
  })
})

describe("the review's probes, second pass", () => {
  it('"who was arrested" is not answered by the one a report is according to', () => {
    const body = 'Police arrested 12 protesters on Monday, according to Ivo Lask, the city police chief.\n\nThe protest ended at dusk.'
    expect(askReport(body, 'who was arrested').answer ?? '').not.toContain('Lask')
  })

  it('"who fired the interior minister" is answered by who fired him, not by the minister', () => {
    expect(askReport(ACTIVE, 'who fired the interior minister').answer ?? '').not.toContain('Lask')
  })
})

describe('who the sentence quotes did not do the deed it reports', () => {
  it.each([
    ['Police released 50 prisoners on Friday, Ivo Lask said.', 'who released the 50 prisoners'],
    ['Police released 50 prisoners on Friday, according to Ivo Lask.', 'who released the prisoners'],
  ])('%j: %j is not the speaker', (sentence, q) => {
    expect(askReport(`${sentence}\n\nThe weather was fine all week.`, q).answer ?? '').not.toContain('Ivo Lask')
  })

  it('still names the doer the sentence writes as the subject', () => {
    expect(
      askReport('Ivo Lask released 50 prisoners on Friday, officials said.\n\nThe weather was fine all week.', 'who released the 50 prisoners').answer,
    ).toContain('Ivo Lask')
  })
})

describe('a name inside the object of a verb with its particle', () => {
  // "pulled down a statue of X": X is in what was pulled down, no doer of it.
  const body = 'Protesters in Orsk pulled down a statue of former president Ivo Lask on Thursday.\n\nPolice made no arrests.'
  it.each(['who pulled down the statue in orsk', 'who pulled down the statue'])('%j is not answered with the statue’s subject', (q) => {
    expect(askReport(body, q).answer).not.toBe('Ivo Lask')
  })
  it('a verb whose particle leads elsewhere is still another verb', () => {
    const fired = 'Minister Ivo Lask fired back at Karl Dunn on Friday.\n\nDunn had accused him of lying.'
    expect(askReport(fired, 'who fired karl dunn').answer).not.toBe('Ivo Lask')
    expect(askReport(fired, 'who fired back at karl dunn').answer).toBe('Ivo Lask')
  })
})

describe('a name after the deed, in what the object goes on to say', () => {
  // The doer stands before an active verb; a name inside a clause about the one it was done to did nothing.
  const body =
    'On 6 March his security services detained Karl Dunn, who had been sacked as head of the agency the day before and was one of Ivo Lask’s closest lieutenants, on suspicion of treason.'
  it('is no doer', () => {
    expect(askReport(body, 'who detained karl dunn').answer).not.toBe('Ivo Lask')
  })
  it('but an agent after "by" is', () => {
    expect(askReport('On 6 March Karl Dunn was detained by Colonel Ana Berg on suspicion of treason.', 'who detained karl dunn').answer).toContain('Ana Berg')
  })
})

describe('a particle with its object is the same deed', () => {
  it.each([
    ['Jan Kral paid off debts of 2 million euros in May.', 'who paid the debts', 'Jan Kral'],
    ['Jan Kral sold off shares in Velm Bank last year.', 'who sold the shares', 'Jan Kral'],
  ])('%#: %j', (body, q, answer) => {
    expect(askReport(body, q).answer).toContain(answer)
  })
})

describe('after the deed, yet the doer (fourth review)', () => {
  it.each([
    ["The talks, hosted by Norland's foreign minister, Ivo Lask, ended on Friday.", 'who hosted the talks'],
    ['The force, led by a former army chief of staff General Ivo Lask, crossed the border.', 'who led the force'],
    ['In March the agency replaced its chief, Karl Dunn, with Ivo Lask.', 'who replaced karl dunn'],
    ["The talks' host, Foreign Minister Ivo Lask, said no deal was near.", 'who hosted the talks'],
    ['Officials said it was the interior minister who ordered the arrests: Ivo Lask.', 'who ordered the arrests'],
  ])('%#: %j', (body, q) => {
    expect(askReport(body, q).answer).toContain('Ivo Lask')
  })
})

describe('who did it, said in other words than the question', () => {
  // Kept from the review of a rule taken back (a person shown doing another deed): each was lost by one of its versions.
  it.each([
    ['Ivo Lask chaired the Velsk summit on 10 March.', 'who ran the velsk summit', 'Ivo Lask'],
    ['President Eva Sorn dismissed the finance minister on Monday.', 'who sacked the finance minister', 'Eva Sorn'],
    ['Ivo Lask, the governor, visited Velsk on Monday.', 'who governs velsk', 'Ivo Lask'],
    ['On Monday Anna Berg stepped down as head of the Velsk chamber of commerce.', 'who quit as head of the velsk chamber of commerce', 'Anna Berg'],
    ['MP Dimo Karr, who runs the committee, promised "no whitewash".', 'who runs the committee', 'Dimo Karr'],
    ["In the men's event, Karl Ebb overpowered Uwe Sand in the final set.", "who won the men's event", 'Karl Ebb'],
  ])('%j: %s → %s', (sentence, question, who) => {
    expect(askReport(sentence, question).answer).toContain(who)
  })
})
