import { describe, expect, it } from 'vitest'
import { askReport } from '../support/made-up-report.ts'

// A made-up toll, given by one official in a quotation, by his office in reported speech, and an earlier one by another.
const body = [
  '"During the emergency, the bodies of 230 people were delivered to morgues," Ivo Lask, who heads the prosecution service, told reporters.',
  "Norland's prosecutors said on Saturday that 230 people had been killed, far more than first reported.",
  'The interior minister, Petr Marten, had given an earlier figure of 164 on March 9.',
].join('\n\n')

describe('who gave a figure: the source the sentence with it names', () => {
  it.each([
    ['who announced the 230 figure', 'Ivo Lask'],
    ['who was the official that put out the 230 number', 'Ivo Lask'],
    ['who gave the 164 figure', 'Petr Marten'],
  ])('%j → %s', (q, name) => {
    const got = askReport(body, q)
    expect(got.status).toBe('answered')
    expect(got.answer).toContain(name)
  })

  it('is not sure when two sources give the figure', () => {
    const two = `${body}\n\nAnna Berg, a deputy minister, said 230 people had died.`
    expect(askReport(two, 'who announced the 230 figure').answer).toBeNull()
  })
})

describe('who gave a figure: only the source of the figure', () => {
  it.each([['At least 230 people were hurt after police said they had detained Ivo Lask.', 'who announced the 230 figure']])(
    '%j does not make %j the man named',
    (sentence, q) => {
      expect(askReport(`${sentence}\n\nThe weather was fine all week.`, q).answer ?? '').not.toContain('Ivo Lask')
    },
  )
})
