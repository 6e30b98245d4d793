import { describe, expect, it } from 'vitest'
import { askReport, pagesEngine, reportEngine } from '../support/made-up-report.ts'
import { analyzeQuestion } from '../../src/answer/question.ts'
import { nameAsked } from '../../src/answer/index.ts'

// Made-up reports: a thing given a name in quotation marks, asked for by that name.
const engineOf = reportEngine

describe('the name a thing was given', () => {
  it.each([
    ['whats the fund called', 'fund'],
    ['what is the name of that new fund', 'fund'],
    ['what was the operation called', 'operation'],
  ])('%j asks for the name of a %s', (question, focus) => {
    expect(analyzeQuestion(question)).toMatchObject({ kind: 'other', focus })
  })

  const called =
    'President Ivo Lask proposed on Monday that large companies pay into a new public fund, to be called "For the Children of Norland", which would pay for schools.'
  const apposed = 'President Ivo Lask proposed on Monday a new public fund, "For the Children of Norland", to which large companies would contribute.'
  it.each([
    [called, 'whats the fund called that big companies pay into'],
    [called, 'what is the name of the new fund lask proposed'],
    [called, 'what fund did lask want companies to pay into'],
    [apposed, 'what is the name of the new fund lask proposed'],
    [apposed, 'what fund did lask propose'],
  ])('%j: %s', (sentence, question) => {
    const reply = engineOf(sentence).ask(question)
    expect(reply.status).toBe('answered')
    expect(reply.answer).toBe('For the Children of Norland')
  })
})

describe('a name is given, not a description', () => {
  it.each([
    ['Critics called the new fund "a slush fund for the elite". Lask set up the fund in Velsk on Monday.', 'what is the new fund called'],
    ['Lask called the operation "a complete success" on Monday.', 'what is the name of the operation'],
    ['The fund will be "a lifeline for every family," Lask said on Monday. Norland set up the fund after the unrest.', "what's the fund called"],
  ])('%j: %s', (sentence, question) => {
    expect(engineOf(sentence).ask(question).status).not.toBe('answered')
  })

  it('reads "what\'s" as "what is"', () => {
    expect(analyzeQuestion("What's the fund called?")).toMatchObject({ kind: 'other', focus: 'fund' })
  })
})

describe('namesakes in one article', () => {
  const engine = engineOf(
    'The force will be led by General Andrei Volkov, commander of the Coast Guard.\n\nNot to be confused: the general has no relation to the former defence minister Anatoly Volkov.\n\nVolkov flew to Velsk on Monday.',
  )
  // A role of one is never the other's.
  it.each(['who is andrei volkov', 'who is volkov'])('%j describes one of them', (q) => {
    expect(engine.ask(q).answer).toBe('Andrei Volkov: commander of the Coast Guard; General')
  })
})

describe('nameAsked', () => {
  it.each([
    ['whats the name of the fund lask wants rich companies to pay into', { noun: 'fund', explicit: true }],
    ['what fund did lask want wealthy people to pay into', { noun: 'fund', explicit: false }],
    ['what is the new fund lask set up called', { noun: 'fund', explicit: true }],
    ['what was the operation called', { noun: 'operation', explicit: true }],
    ['what day did lask set up the fund', null],
    ['which town did the protests start in', null],
    ['who set up the fund', null],
  ])('%j asks for the name of %j', (question, noun) => {
    expect(nameAsked(analyzeQuestion(question))).toEqual(noun)
  })
})

const page = (body: string) => `Lask speaks to parliament\nMarch 20, 2023\n\n${body}\n\nThe session lasted three hours.`

describe('the name a thing was given, in quotation marks', () => {
  it.each([
    ['whats the name of the fund lask wants rich companies to pay into'],
    ['what fund did lask want wealthy people to pay into'],
    ['what is the new fund lask set up called'],
  ])('%j is answered by the quoted name after "fund", in whichever form the pages give it', (question) => {
    const engine = pagesEngine([
      page(
        'President Ivo Lask proposed a new public fund, "Velta Birligi" ("Velta First"), to which large companies would be expected to contribute every year.',
      ),
      page('Lask said wealthy families and big firms should pay into the "Velta First" fund.'),
    ])
    expect(engine.ask(question).answer).toMatch(/^Velta (?:Birligi|First)$/)
  })

  it('is not bet on where the pages give the fund two names', () => {
    const engine = pagesEngine([
      page('President Ivo Lask proposed a new public fund, "Velta First", to which large companies would be expected to contribute.'),
      page('Lask said big firms should pay into a fund called "Orlin Trust", run by the central bank.'),
    ])
    expect(engine.ask('whats the name of the fund lask wants companies to pay into').answer).toBeNull()
  })

  it('takes no words in quotation marks that are no name', () => {
    const body = 'Critics called the fund "a slush fund for the rich" that large companies would have to pay into.'
    expect(askReport(body, 'whats the name of the fund companies have to pay into').answer).toBeNull()
  })
})

describe("a quoted remark is no name, nor is the name of another thing (the review's probes)", () => {
  const page = (h: string, b: string) => `${h}\nMarch 20, 2023\n\n${b}\n\nThe session lasted three hours.`
  const engine = pagesEngine([
    page(
      'Velsk stadium plans',
      'The city council said the new stadium in Velsk would cost $40 million and open next year.\n\nConstruction began in March, paid for by the city.',
    ),
    page('Lask sets up a fund', 'President Ivo Lask set up a charity fund, "Velsk Birligi", on Monday.\n\nLarge companies will be asked to pay into it.'),
    page(
      'Fund chairman speaks',
      'Lask set up a new public fund last week.\n\n"We will rebuild every home that was lost," fund chairman Bolat Zhamishev told reporters.',
    ),
    page('Mission briefing', '"We came to help, not to fight," mission spokesman Vadim Sergeyev said on Friday.'),
  ])
  it.each([
    ["what's the name of the fund paying for the new stadium", null],
    ['what is the new fund called', null],
    ['what is the mission called', null],
    ['whats the name of the fund lask set up', 'Velsk Birligi'],
  ])('%j → %s', (question, answer) => {
    expect(engine.ask(question).answer).toBe(answer)
  })
})

describe('a name opening its sentence (the second review)', () => {
  it('"\\"Marsk Rebuilds\\" fund will …" names the fund', () => {
    const body = 'Lask set up a new fund for flood victims on Monday.\n\n"Marsk Rebuilds" fund will pay for new homes, the ministry said.'
    expect(askReport(body, 'what is the new fund for flood victims called').answer).toBe('Marsk Rebuilds')
  })
})
