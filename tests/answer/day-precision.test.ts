import { describe, expect, it } from 'vitest'
import { askReport, pagesEngine } from '../support/made-up-report.ts'

describe('a week, month or year that holds a day another passage gives is that day told less exactly', () => {
  it.each([
    ['last week', 'Norland sent marines to Velsk after Governor Ivo Lask asked the league for help last week.'],
    ['in March', 'Norland sent marines to Velsk after Governor Ivo Lask asked the league for help in March.'],
  ])('%j is not the answer beside "on 6 March"', (_what, vague) => {
    const engine = pagesEngine([
      `Marines reach Velsk\nMarch 15, 2023\n\n${vague}\n\nThe marines guard the port.`,
      'Velsk appeals for help\nMarch 7, 2023\n\nOn 6 March, Governor Ivo Lask appealed to the league for help against the rioters.\n\nThe league met the next day.',
    ])
    const r = engine.ask('when exactly did lask ask the league for help')
    expect(r.answer ?? '').not.toMatch(/week|^March 2023/)
  })
})

describe('a question for a day is not answered by a month', () => {
  const body =
    'SERIKOVA: Finally, the constitutional referendum in June. Did it settle anything?\n\nHOLT: On 5 June, 77 per cent voted yes, on a turnout of 68 per cent.'
  it.each(['what date was the constitutional referendum held', 'wat day was the constitutional referendum'])('%j', (q) => {
    const answer = askReport(body, q).answer ?? ''
    expect(answer === '' || /\b5\b/.test(answer)).toBe(true)
  })
  it('still answers when, to the month', () => {
    expect(askReport(body, 'when was the constitutional referendum').answer ?? '').toMatch(/June/)
  })
})

describe('a day in an aside about a noun is not bet on where the sentence gives another', () => {
  const entry = (s: string) =>
    `# Veloria after the riots: a timeline\n\n**Explainer** | Last updated: 27.04.2023\n\n## March - November 2022\n\n- **16 Mar** - Lask proposes a new constitution.\n- **17 Sep** - ${s}\n- **2 Nov** - An amnesty is signed into law.`
  it.each([
    ['The port, called Selby-Nord since 2019, is renamed Orvik again.', 'selby-nord went back to being orvik when exactly'],
    ['The port, run by Norland since 2019, is handed back to Veloria.', 'when was the port handed back to veloria'],
  ])('%j: %j has no short answer', (sentence, q) => {
    expect(askReport(entry(sentence), q).answer).toBeNull()
  })
  it("answers with the aside's day where what follows it says none of the question", () => {
    expect(askReport('Ivo Lask, who took office in 2019, ordered the troops home on March 7, 2022.', 'when did lask take office').answer).toContain('2019')
  })
})
