import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { buildLexicon } from '../../src/text/index.ts'
import { describedHolders, officeHolders } from '../../src/search/office-holders.ts'
import { askReport, reportEngine } from '../support/made-up-report.ts'

function holdersOf(body: string) {
  const r = parseArticle('report.txt', `A made-up report\nMarch 20, 2023\n\n${body}`)
  if (!r.ok) throw new Error(r.reason)
  return officeHolders(buildLexicon([r.article]), r.article)
}

describe('officeHolders: whom an article titles president or prime minister', () => {
  it.each([
    ['one president named', 'President Ivo Lask spoke on Monday. Lask said the port would reopen.', 'president', 'lask'],
    ['two named alike', 'Polish President Ivo Lask spoke. Swedish President Ana Berg listened.', 'president', null],
    [
      'one named plainly more often',
      'President Ivo Lask spoke. President Lask left. President Lask returned. Swedish President Ana Berg called.',
      'president',
      'lask',
    ],
    ['a former president is not the president', 'Former President Olaf Brandt spoke. President Ivo Lask listened.', 'president', 'lask'],
    ['nor a vice-president', 'Vice-President Olaf Brandt spoke. Vice President Olaf Brandt left. President Ivo Lask listened.', 'president', 'lask'],
    ['a prime minister', 'Prime Minister Ana Berg resigned on Monday.', 'prime minister', 'berg'],
    ['a day after the name is no part of it', 'President Ivo Lask Monday signed the decree.', 'president', 'lask'],
  ] as const)('%s', (_, body, office, term) => {
    expect(holdersOf(body).get(office)?.term ?? null).toBe(term)
  })
})

describe('describedHolders: the office named again', () => {
  const holders = holdersOf("Poland's President Ivo Lask spoke on Monday. Prime Minister Ana Berg listened.")
  it.each([
    ['"We will stay," the president said.', ['lask']],
    ['The Head of State thanked the crews.', ['lask']],
    ['The Polish president thanked the crews.', ['lask']],
    ['The prime minister resigned.', ['berg']],
    ['The Swedish president thanked the crews.', []],
    ['The former president thanked the crews.', []],
    ['The new prime minister resigned.', []],
    ['The president of the council thanked the crews.', []],
    ['The presidential guard thanked the crews.', []],
  ] as const)('%j → %j', (text, terms) => {
    expect(describedHolders(text, holders)).toEqual(terms)
  })
})

describe('a sentence that names a person by office answers questions that name the person', () => {
  const body =
    'Lawmakers in Portville approved a new budget on Tuesday.\n\nPresident Ivo Lask told them the league force had completed its mission.\n\nThe league has six members and meets twice a year.\n\n"The pullout of the force will take no more than twelve days," the president said.'
  it('answers how long the person said it would take', () => {
    expect(askReport(body, 'how long did Lask say the pullout would take').answer).toBe('no more than twelve days')
  })
  it('ranks the sentence first for a question naming him', () => {
    expect(reportEngine(body).retrieve('what did lask say about the pullout', 1)[0]?.excerpt).toContain('twelve days')
  })
  it('not when the article titles two people president alike', () => {
    const two = body.replace('President Ivo Lask told them', 'President Ivo Lask and Swedish President Ana Berg told them')
    expect(askReport(two, 'how long did Lask say the pullout would take').answer).toBeNull()
  })
})
