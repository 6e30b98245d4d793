import { describe, expect, it } from 'vitest'
import { askReport } from '../support/made-up-report.ts'

// A penalty the law allows, told beside no sentence given: what he could get is not what he got.
const BODY = `Prosecutors charged Ivo Lind with treason on Monday, a charge that can carry up to 20 years in prison.

His trial is due to open in May.`

describe('a figure told as what could be', () => {
  it.each(['how many years did lind get', 'how long did lind get in the end'])('%j is not answered by the most he could get', (question) => {
    expect(askReport(BODY, question).answer ?? '').not.toContain('20 years')
  })

  it.each(['how long could lind get for treason', 'how many years could lind face'])('%j is', (question) => {
    const r = askReport(BODY, question)
    expect(r.status).toBe('answered')
    expect(r.answer).toContain('20 years')
  })
})
