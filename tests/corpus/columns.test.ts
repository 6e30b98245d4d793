import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { unColumned } from '../../src/corpus/columns.ts'

// A print edition's page of our own as a PDF tool lays it out: a headline over two columns set side by side.
const PAGE =
  "THE OSK HERALD · PRINT EDITION · TUESDAY, MARCH 2, 2021                      B3\n--------------------------------------------------------------------------------------\n\nHarbour board approves new berth\nat east quay after two-year review\n\nBy Ivo Lask\n\nOSK — The harbour board voted on Monday       The berth will take ships of up to\nto build a new container berth at the         300 metres, which now have to anchor\neast quay, ending a two-year review of        offshore and unload onto barges.\nthe port's future. The vote was seven\nto two.                                         Dock workers' unions welcomed the\n                                              decision but asked for talks on how\n  Work is due to start in the spring          the new cranes would be crewed. The\nand should take about eighteen months,        board said those talks would begin\nthe board's chair, Ana Berg, told             in March.\nreporters after the meeting.\n"

describe('a print edition in two columns', () => {
  it('is read as printed: the left column down, then the right', () => {
    const text = unColumned(PAGE)
    expect(text).toContain('OSK — The harbour board voted on Monday\nto build a new container berth at the')
    expect(text.indexOf('reporters after the meeting.')).toBeLessThan(text.indexOf('The berth will take ships of up to'))
  })

  it('gives whole sentences, and the headline set over two lines', () => {
    const r = parseArticle('b3.txt', PAGE)
    expect(r.ok && r.article.title).toBe('Harbour board approves new berth at east quay after two-year review')
    expect(r.ok && r.article.date).toBe('2021-03-02')
    const texts = r.ok ? r.article.sentences.map((s) => s.text.replace(/\s+/g, ' ')) : []
    expect(texts).toContain('The vote was seven to two.')
    expect(texts).toContain('The board said those talks would begin in March.')
  })

  it.each([
    [
      'a table of short labels and figures',
      'Results\n\n' + Array.from({ length: 10 }, (_, i) => `Ward ${i + 1}${' '.repeat(30)}${1000 + i * 37} votes`).join('\n'),
    ],
    [
      'one column of prose',
      'Harbour board approves new berth\n\nThe harbour board voted on Monday to build a new container berth.\n\nWork is due to start in the spring.',
    ],
  ])('leaves %s as it is', (_what, text) => {
    expect(unColumned(text)).toBe(text)
  })
})

describe('a print headline set over narrow lines', () => {
  it('goes on in lower case, and its first line is no label', () => {
    const r = parseArticle(
      'a3.txt',
      "THE OSK HERALD · TUESDAY, MARCH 2, 2021 · A3\n\nPier pilings\nfound rotted,\nfishing deck\nto stay shut\n\nBy Ivo Lask\n\nOSK — The city's fishing pier will stay closed until next summer after an inspection found rotten pilings.\n\nRepairs could top $2 million, engineers said.",
    )
    expect(r.ok && r.article.title).toBe('Pier pilings found rotted, fishing deck to stay shut')
  })
})
