import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { buildEngine } from '../../src/engine/engine.ts'

// Made-up reports: "where" questions whose passages also name a person after "to".
function ask(body: string, question: string) {
  const r = parseArticle('report.txt', `A made-up report\nMarch 20, 2023\n\n${body}\n\nOfficials gave no further details.`)
  if (!r.ok) throw new Error(r.reason)
  return buildEngine({ articles: [r.article], skipped: [] }).ask(question)
}

describe('where: a person the article names is no place, even after "to"', () => {
  it.each([
    [
      'Defence Minister Ivo Marten spoke to reporters on Monday.\n\nTomorrow, according to Marten, nine planes will fly the Dunmarsh troops home.\n\nThe planes will land at the Velsk air base.',
      'where will the dunmarsh troops fly back to',
      null,
    ],
    [
      'Army chief Hanna Orrel met the pilots on Monday.\n\nAccording to Orrel, the Dunmarsh troops flew home to the Velsk air base.',
      'where did the dunmarsh troops fly home to',
      'Velsk',
    ],
    [
      'Army chief Hanna Orrel met the pilots on Monday.\n\nOn Tuesday the general reported to Orrel that the Dunmarsh troops had landed safely in Velsk.',
      'where did the dunmarsh troops land',
      'Velsk',
    ],
  ])('%#: %s', (body, question, place) => {
    const r = ask(body, question)
    expect(r.answer ?? '').not.toMatch(/Marten|Orrel/)
    if (place) expect(r.answer).toContain(place)
  })
})
