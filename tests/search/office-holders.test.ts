import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { buildLexicon } from '../../src/text/index.ts'
import { speakingHolders } from '../../src/search/office-holders.ts'
import { askReport, reportEngine } from '../support/made-up-report.ts'

/** The surname terms each sentence of a made-up report names by a speaking office, as "sentence text → terms". */
function speakers(body: string): Record<string, string[]> {
  const r = parseArticle('report.txt', `A made-up report\nMarch 20, 2023\n\n${body}`)
  if (!r.ok) throw new Error(r.reason)
  const found = speakingHolders(buildLexicon([r.article]), r.article)
  return Object.fromEntries([...found].map(([i, terms]) => [r.article.sentences[i]!.text, terms]))
}

const QUOTE = '"The port will reopen within ten days," the president said.'

describe('speakingHolders: who speaks where the story writes "the president said"', () => {
  it.each([
    ['the one president named', `President Ivo Lask visited Portville on Monday.\n\n${QUOTE}`, ['lask']],
    ['the prime minister', 'Prime Minister Ana Berg toured the docks.\n\n"We will rebuild," the prime minister told reporters.', ['berg']],
    ['after the quotation', `President Ivo Lask visited Portville.\n\n"We will rebuild," said the president.`, ['lask']],
    ['the head of state', 'President Ivo Lask visited Portville.\n\nThe head of state said the port would reopen.', ['lask']],
    [
      'the one named last, another president named only later',
      `Head of State Ivo Lask spoke to lawmakers. Deputies approved the budget. They also passed a new port law. The vote was unanimous.\n\n${QUOTE}\n\nLask also thanked Polish President Ana Berg for her help.`,
      ['lask'],
    ],
    ['a visiting president spoken of just before', `President Ivo Lask hosted Polish President Ana Berg. Berg toured the docks.\n\n${QUOTE}`, []],
    ['a company president named beside him', `Norvex President Dana Kell said the yard would close.\n\nPresident Ivo Lask had promised help.\n\n${QUOTE}`, []],
    ['a president named after the title', `Ana Berg, Poland's president, flew in on Friday.\n\nPresident Ivo Lask called the deal historic.\n\n${QUOTE}`, []],
    ['a former president is no holder', `Former Polish President Olaf Brandt spoke first.\n\nPresident Ivo Lask replied.\n\n${QUOTE}`, ['lask']],
    ['an acting president is another holder', `President Ivo Lask died on Sunday.\n\nActing President Tom Hale declared mourning.\n\n${QUOTE}`, []],
    ['the office changing hands', `Prime Minister Ana Berg resigned on Friday.\n\n"We will rebuild," the prime minister said after being sworn in.`, []],
    [
      'the president spoken of, not speaking',
      'President Ivo Lask visited Portville.\n\nOpposition leader Karl Dunn said the president had no right to run again.',
      [],
    ],
    ["the president's spokesman speaking", `President Ivo Lask visited Portville.\n\nThe president's spokesman said the port would reopen.`, []],
    ['the president of something else', 'President Ivo Lask visited Portville.\n\nThe president of the port authority said it would reopen.', []],
  ] as const)('%s', (_, body, terms) => {
    const found = Object.entries(speakers(body)).find(([text]) => /president|prime minister|head of state/i.test(text) && /said|told/.test(text))
    expect(found?.[1] ?? []).toEqual(terms)
  })
})

describe('the office as the subject of another deed ("the president thanked")', () => {
  it.each([
    ['President Ivo Lask visited Portville on Monday.\n\nThe president thanked the harbour crews and the leaders of Norland for their help.', ['lask']],
    ['Prime Minister Ana Berg toured the docks.\n\nThe prime minister ordered the port reopened.', ['berg']],
    // Still not the office spoken of, nor a noun after it.
    ['President Ivo Lask visited Portville.\n\nCrowds cheered the president warmly.', []],
  ] as const)('%j', (body, terms) => {
    const found = Object.entries(speakers(body)).find(([text]) => /^(?:The|Crowds)/.test(text))
    expect(found?.[1] ?? []).toEqual(terms)
  })
  it('ranks the sentence for a question that names the holder', () => {
    const body =
      'President Ivo Lask visited Portville on Monday.\n\nThe harbour reopened on Tuesday.\n\nThe president thanked Norland and Ostria for their help.'
    expect(reportEngine(body).retrieve('who did lask thank for helping out', 1)[0]?.excerpt).toContain('Norland and Ostria')
  })
})

describe('a quotation closed by "the president said" answers questions that name him', () => {
  const body =
    'Lawmakers in Portville approved a new budget on Tuesday.\n\nPresident Ivo Lask told them the league force had completed its mission.\n\nThe league has six members and meets twice a year.\n\n"The pullout of the force will take no more than twelve days," the president said.'
  it('answers how long the person said it would take', () => {
    expect(askReport(body, 'how long did Lask say the pullout would take').answer).toBe('no more than twelve days')
  })
  it('ranks the sentence first for a question naming him', () => {
    expect(reportEngine(body).retrieve('what did lask say about the pullout', 1)[0]?.excerpt).toContain('twelve days')
  })
  it('not when another president was named just before', () => {
    const two = body.replace('President Ivo Lask told them', 'President Ivo Lask and Polish President Ana Berg told them')
    expect(askReport(two, 'how long did Lask say the pullout would take').answer).toBeNull()
  })
})
