import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../src/corpus/sentences.ts'

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end))

describe('a reference code alone on a line', () => {
  it.each([
    ['VPA-VL-0312-07\nVELSK (Mar. 14) — Ferry crews return home.', ['VELSK (Mar. 14) — Ferry crews return home.']],
    ['AFP_2023_0314\nVELSK (AFP) — Ferries resumed.', ['VELSK (AFP) — Ferries resumed.']],
  ])('is no part of the sentence under it: %j', (text, expected) => {
    expect(sentences(text)).toEqual(expected)
  })

  it.each([
    'The ferries arrived on\n2023-03-14\nand left soon after.',
    'Call 555-123-4567\nfor the ferry times.',
    // Inside a sentence, a code is part of it; a date with its month in capitals is a date.
    "The league's charter flight\nNA-302-B\nwas diverted to Velsk on Tuesday.",
    'The ferries left on\n14-MAR-2023\nafter the strike.',
  ])('leaves a date or a number in its sentence: %j', (text) => {
    expect(sentences(text)).toEqual([text])
  })
})
