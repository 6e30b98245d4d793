import { describe, expect, it } from 'vitest'
import { askReport, pagesEngine } from '../support/made-up-report.ts'

// A day tells of a deed done, a plan, or a saying: only the first answers when something happened.

describe('a day of a saying whose deed is only in the quoted words', () => {
  const body =
    'Ostrian marines arrived in Portville on March 2 to guard the harbour.\n\nVeltan minister Ivo Lask had said on March 6 that "once the marines are in your port, it is hard to get them to leave".\n\nThe last of the marines left Portville on March 17.'
  it('is no day of the deed', () => {
    expect(askReport(body, 'when did the marines leave for good').answer).toBe('Friday, March 17, 2023')
  })
  it('nor the only one there is', () => {
    const none = body.replace('The last of the marines left Portville on March 17.', 'The marines are still in the port.')
    expect(askReport(none, 'when did the marines leave')).toMatchObject({ answer: null })
  })
})

describe('a plan is no rival to a deed told as done', () => {
  const pages = [
    'Marines to leave Portville\nMarch 10, 2023\n\nThe Ostrian marines will leave Portville on March 14, the governor said on Friday.',
    'Marines leave Portville\nMarch 20, 2023\n\nThe Ostrian marines left Portville on March 16 after a two-week mission, the governor said.',
  ]
  it('for when it happened', () => {
    expect(pagesEngine(pages).ask('when did the ostrian marines leave').answer).toBe('Thursday, March 16, 2023')
  })
  it('but is all there is for when it will happen', () => {
    expect(pagesEngine(pages.slice(0, 1)).ask('when will the ostrian marines leave').answer).toBe('Tuesday, March 14, 2023')
  })
})

describe('leaving for good', () => {
  it('is not bet on where one sentence gives two days of leaving', () => {
    const body =
      "Ostrian marines arrived in Portville on March 2.\n\nThe marines' engineers left on March 12, and the last of the marines left Portville on March 17."
    expect(askReport(body, 'when did the marines leave for good').answer).toBeNull()
  })
  it('is the last of the days passages give, not another report', () => {
    const body =
      'The Ostrian contingent of the league force left for home on March 14.\n\nThe league force had guarded the port since March 2; the last of its marines left Portville on March 19.'
    expect(askReport(body, 'when did the league force leave for good').answer).toBe('Sunday, March 19, 2023')
  })
})

describe('what is a plan and what is a deed (review mends)', () => {
  it.each([
    [
      'a deed done "as planned" is no plan',
      'Their first convoy had left Brenna on March 12.\n\nThe last Norland peacekeepers left Brenna on March 14 as planned.',
      'when did the last norland peacekeepers leave brenna',
      'Tuesday, March 14, 2023',
    ],
    [
      'nor one followed by "and will …" of another deed',
      'The first Ostrian medics had left Lenz on March 12.\n\nThe last Ostrian medics left Lenz on March 17 and will be replaced by a local team, the ministry said.',
      'when did the last ostrian medics leave lenz',
      'Friday, March 17, 2023',
    ],
    [
      'a plan that was put off is no deed',
      'The Valdorian engineers were to leave Orsk on March 14, but stayed on.\n\nThey left Orsk on the morning of March 19.',
      'when did the valdorian engineers leave orsk',
      'Sunday, March 19, 2023',
    ],
  ])('%s', (_, body, q, answer) => {
    expect(askReport(body, q).answer).toBe(answer)
  })

  it('a question of the plan is not answered with the deed', () => {
    const body = 'The Norland brigade was due to leave Tarsa on March 14.\n\nThe brigade left Tarsa on March 16, two days late.'
    expect(askReport(body, 'when was the brigade due to leave tarsa').answer).not.toBe('Thursday, March 16, 2023')
    expect(askReport(body, 'when were the troops to leave tarsa').answer).not.toBe('Thursday, March 16, 2023')
  })

  it("a wire story's dateline day is no day of the deed", () => {
    const pages = [
      'Medics leave Lenz\nMarch 20, 2023\n\nLENZ, March 20 (Wire) - The last Ostrian medics left Lenz on March 17 and will be replaced by a local team, the ministry said.',
    ]
    expect(pagesEngine(pages).ask('when did the medics leave lenz for good').answer).toBe('Friday, March 17, 2023')
  })

  it('a later day a report confirms the leaving on is not the last leaving', () => {
    const body = 'The last Ostrian marines left Portville on March 10.\n\nThe navy confirmed on March 15 that the marines left Portville without incident.'
    expect(askReport(body, 'when did the marines leave portville for good').answer).not.toBe('Wednesday, March 15, 2023')
  })

  it('quoted words of a deed just done date it to the saying', () => {
    const body =
      'Ostrian marines arrived in Portville on March 2 to guard the harbour.\n\nThe navy said on March 16 that the marines "have now left the port" aboard two ships.'
    expect(askReport(body, 'when did the marines leave the port').answer).toBe('Thursday, March 16, 2023')
  })
})

describe('the day of a promise is not the day of the deed promised', () => {
  it.each([
    // The deed written as one word in the question and with a hyphen in the sentence ("pull-out").
    ['The Velta defence minister had promised the council on 13 March that the pull-out would be wrapped up by the 19th, and it has been.'],
    ['The Velta defence minister pledged on 13 March that the withdrawal would be wrapped up by the 19th, and it has been.'],
    ['The Velta defence minister vowed on 13 March that the pullout would be wrapped up within a week.'],
  ])('%s', (sentence) => {
    const r = askReport(`${sentence}\n\nThe last marines flew home from Osk.`, 'when was the whole pullout wrapped up')
    expect(r.answer ?? '').not.toContain('March 13')
  })

  it('still answers when the promise was made', () => {
    const r = askReport(
      'The Velta defence minister had promised the council on 13 March that the pull-out would be wrapped up by the 19th.\n\nThe last marines flew home from Osk.',
      'when did the defence minister promise the pullout',
    )
    expect(r.answer).toContain('March 13')
  })
})
