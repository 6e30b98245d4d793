import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { buildEngine } from '../../src/engine/engine.ts'
import { questionDays, questionMonths, withoutDays } from '../../src/engine/question-dates.ts'
import { namedMonths } from '../../src/engine/dated-terms.ts'
import { pagesEngine, reportEngine } from '../support/made-up-report.ts'

describe('questionDays', () => {
  const period = { from: '2022-12-20', to: '2023-01-10' }
  it.each([
    ['what happened on jan 5', '2023-01-05'],
    ['what happened on January 5th', '2023-01-05'],
    ['what happened on 5 january', '2023-01-05'],
    ['what happened on dec 28', '2022-12-28'],
    ['what happened on may 3, 2019', '2019-05-03'],
    // An ordinal alone is the day of that number in the period's one month that has it in the period.
    ['what order did lask give on the 7th', '2023-01-07'],
    ['what happened on the 28th?', '2022-12-28'],
  ])('%j → %s (the year that puts it in the corpus period, unless given)', (q, day) => {
    expect(questionDays(q, period).map((d) => d.day)).toEqual([day])
  })
  it.each(['what happened on the 15th', 'what did the 45th brigade do', 'who came 2nd', 'who was the 3rd', 'who finished the 5th'])(
    'names no day in %j (two months have it, or it names a unit)',
    (q) => {
      expect(questionDays(q, period)).toEqual([])
    },
  )
  it('names no day in "in 2011" or "jan" alone, and none without a period to place it in', () => {
    expect(questionDays('what happened in 2011', period)).toEqual([])
    expect(questionDays('what happened in jan', period)).toEqual([])
    expect(questionDays('what happened on jan 5', null)).toEqual([])
  })
  it('leaves the other words of the question', () => {
    const q = 'how many planes landed on jan 15 in the north'
    expect(withoutDays(q, questionDays(q, period))).toBe('how many planes landed in the north')
  })
  it.each([
    ['whats the death toll prosecutors gave in mid jan', 'whats the death toll prosecutors gave'],
    ['how many were detained by early january', 'how many were detained'],
    ['how many died in mid-march', 'how many died'],
    ['what did the march in may demand', 'what did the march in may demand'],
    ['what did the janitor say', 'what did the janitor say'],
  ])('drops a month named alone, a time and no name, with the preposition that led it: %j', (q, words) => {
    expect(withoutDays(q, questionDays(q, period))).toBe(words)
  })
})

// A made-up airlift: the sentence that answers says "on Saturday", in an article that makes that Saturday January 15.
const TEXT = `Ferries carry soldiers home
Sunday, January 16, 2022

The league said on Saturday that 17 of its ferries had carried soldiers home.

On Friday, 9 ferries had left the port.`

describe('a day the question names', () => {
  const engine = (() => {
    const r = parseArticle('ferries.txt', TEXT)
    if (!r.ok) throw new Error(r.reason)
    return buildEngine({ articles: [r.article], skipped: [] })
  })()
  it('is found as the day a sentence resolves to, not as the words "jan" and "15"', () => {
    expect(engine.ask('how many ferries carried soldiers home on jan 15').answer).toContain('17')
    expect(engine.ask('how many ferries left on jan 14').answer).toContain('9')
  })
  it('is found where the question gives only its number ("on the 14th")', () => {
    expect(engine.ask('how many ferries left on the 14th').answer).toContain('9')
  })
  it('gives no short answer from a sentence about another day', () => {
    expect(engine.ask('how many ferries carried soldiers home on jan 20').answer).toBeNull()
  })
})

describe('a month the question names alone', () => {
  // A made-up report dated March 20: the toll was given "on Saturday", a sentence with no month in it.
  const engine = reportEngine(
    "The prosecutor's office said on Saturday that 225 people had died in the unrest.\n\nLater in the year the office published a list of names.",
  )
  it('is no name the answering sentence must say', () => {
    expect(engine.ask('whats the death toll the prosecutors gave in mid march').answer).toBe('225 people')
  })
})

describe('a month the question names alone, against a figure told as later', () => {
  // Made-up pages: the toll given on a day of the month asked about, and a later figure told with no day of its own.
  it('is answered by the figure of that month, not the one "later" gave', () => {
    const engine = pagesEngine([
      "Velta unrest\nMarch 25, 2023\n\nOn 15 March the Prosecutor General's Office said 90 people had died, including 9 police officers. Official figures later rose to 104.",
      'Velta verdict\nApril 30, 2024\n\nThe court convicted the former mayor. The official number of deaths connected with the unrest was later given as 104.',
    ])
    expect(engine.ask('whats the official death toll they put out mid march').answer).toBe('90 people')
  })
})

describe('a month the question names alone, against other months', () => {
  // Two tolls of one office, given in different months: the month asked about picks the one given then.
  const body =
    "On 4 March the prosecutor's office said 40 people had died, including 6 police officers.\n\nBy mid-May, the prosecutor told parliament the figure was 44, with 30 of the deaths in Portville."
  it.each([
    ['whats the death toll the prosecutor gave in early march', '40 people'],
    ['whats the death tol the prosecutor gave in early march', '40 people'],
    ['how many police officers died', '6 police officers'],
  ])('%j → %s', (q, answer) => {
    expect(reportEngine(body).ask(q).answer).toBe(answer)
  })
  it('puts the toll given in that month first among the passages', () => {
    expect(reportEngine(body).retrieve('what death toll did the prosecutor give in mid may', 1)[0]?.excerpt).toContain('44')
  })
})

describe('a month short form that is a given name', () => {
  const period = { from: '2022-01-05', to: '2022-03-20' }
  it.each([
    ['how many people did jan kral say were detained', []],
    ['what did june lask say', []],
    ['how many were detained in jan', ['2022-01']],
    ['the toll given in mid june', ['2022-06']],
  ])('%j names the months %j', (q, months) => {
    expect(questionMonths(q, period)).toEqual(months)
  })
})

describe('a month that names an event', () => {
  const period = { from: '2022-01-05', to: '2022-03-20' }
  it.each([
    ['how many homes were destroyed in the july floods', []],
    ['how many people died in the february quake', []],
    ['how many people died in february', ['2022-02']],
    ['how many were detained by early march according to police', ['2022-03']],
  ])('%j names the months %j', (q, months) => {
    expect(questionMonths(q, period)).toEqual(months)
  })
})

describe('namedMonths', () => {
  it.each([
    ['what % voted yes in the june referendum', [6]],
    ['tokayev % in the nov snap vote?', [11]],
    ['how many died in the floods in march', [3]],
    ['whats the toll given by mid-may', [5]],
    ['how many were detained in jan', [1]],
    // "March", "May" and "Jan" alone are a protest, a verb and a name.
    ['how many people were at the march', []],
    ['may i ask who spoke', []],
    ['what did jan kral say', []],
  ])('%j names the months %j', (q, months) => {
    expect(namedMonths(q)).toEqual(months)
  })
})

describe('a month that names an event, said in a sentence by its date', () => {
  // A made-up story dated June 8: the result was given "on Tuesday" (June 7); a story of May gives a poll's share.
  const pages = [
    'Voters back the new charter\nJune 8, 2023\n\nThe charter referendum was held on Sunday across Velta.\n\nThe election commission said on Tuesday that 64.5 percent of those who took part voted yes.',
    'Velta weighs its charter\nMay 10, 2023\n\nA poll on Monday found 48 percent of voters backed the charter.',
  ]
  it('finds the share given in that month, though its sentence does not write the month', () => {
    const r = pagesEngine(pages).ask('what % voted yes in the june referendum')
    expect(r.answer).toContain('64.5')
  })
})

describe('a month the question names alone, where no page tells of it', () => {
  // Made-up pages of March and April: nothing happened in February.
  const pages = [
    'Protest in Velsk\nMarch 6, 2023\n\nAbout 2,000 people protested in central Velsk on Saturday against the new fuel tax.',
    'Velsk marchers return\nApril 17, 2023\n\nSome 15,000 people marched through Velsk on Sunday, organisers said.',
  ]
  it.each(['how many people protested in february', 'how many ppl marched in july'])('%j is given no figure of another month', (q) => {
    expect(pagesEngine(pages).ask(q).answer).toBeNull()
  })
  it('still gives the figure of the month asked', () => {
    expect(pagesEngine(pages).ask('how many people protested in velsk in early march').answer).toContain('2,000')
  })
})
