import { describe, expect, it } from 'vitest'
import { askReport } from '../support/made-up-report.ts'

// Made-up reports: an open question ("what did they agree to do") answered by the words a sentence goes on with.
describe('an open answer cut after a noun the question names', () => {
  it('is not "of …", the rest of that noun phrase', () => {
    const r = askReport(
      'Leaders met in Velsk on Monday. The member states agreed to share the costs of the mission equally, the league said.',
      'what did member states agree to do about the cost',
    )
    expect(r.answer ?? '').not.toMatch(/^of\b/i)
  })

  it('may be "of …" after the deed asked ("carrying out guard of the plant")', () => {
    const r = askReport(
      'The Velmari unit left on Friday. During the mission the Velmari soldiers were carrying out guard of the largest bakery of the city, the Orsk bread plant, which feeds the population.',
      'what were the velmari soldiers guarding',
    )
    expect(r.answer ?? '').toContain('Orsk bread plant')
  })
})
