import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { loadCorpus } from '../../src/corpus/load.ts'
import { extractQuotes } from '../../src/quotes/extract.ts'
import { findMarkedQuotes, readTurn } from '../../src/quotes/marks.ts'
import { roleGender, sameSpeaker, splitRoleName, surnameKey } from '../../src/quotes/speakers.ts'
import type { Article } from '../../src/corpus/types.ts'

function article(body: string): Article {
  const r = parseArticle('made-up.txt', `Made-up report on the crisis\n\n${body}\n`)
  if (!r.ok) throw new Error(r.reason)
  return r.article
}

type Expected = [speaker: string, firstWords: string]

// One row per way the articles write a quotation; each names who must be found saying what.
const PATTERNS: { pattern: string; body: string; want: Expected[] }[] = [
  {
    pattern: '"...," NAME VERB',
    body: 'The mayor spoke on Monday. "We will rebuild the bridge by spring," Ivan Petrov told reporters.',
    want: [['Ivan Petrov', 'We will rebuild the bridge']],
  },
  {
    pattern: '"...," said NAME, ROLE (the person, not the nearest noun)',
    body: '“The talks were useful and calm,” said Peter Novak, a spokesman for the Foreign Ministry.',
    want: [['Peter Novak', 'The talks were useful']],
  },
  {
    pattern: '"...," she said (pronoun to the female person named before)',
    body: 'Maria Lopez, a senior analyst at the bank, spoke after Daniel Brown left. “Prices will keep rising this year,” she said.',
    want: [['Maria Lopez', 'Prices will keep rising']],
  },
  {
    pattern: '"...," he said (pronoun to the male person named before)',
    body: 'Oleg Ivanov met Sarah Jones on Tuesday. “We agreed on nothing at all,” he said.',
    want: [['Oleg Ivanov', 'We agreed on nothing']],
  },
  {
    pattern: 'he said after "X said he ..." with another name possessive',
    body: 'Tom Hale said he backed Anna Berg’s plan for the region.\n\n“If her plan works, we are fine here,” he said.',
    want: [['Tom Hale', 'If her plan works']],
  },
  {
    pattern: 'NAME wrote on Twitter',
    body: 'The crisis is "a test the alliance cannot afford to fail," Ivan Petrov wrote on Twitter.',
    want: [['Ivan Petrov', 'a test the alliance']],
  },
  {
    pattern: 'the statement said (a body)',
    body: 'The Foreign Ministry issued a statement on Friday. “Our troops will leave as soon as order is restored,” the statement said.',
    want: [['Foreign Ministry', 'Our troops will leave']],
  },
  {
    pattern: 'the Kremlin said in a statement (a named body)',
    body: 'Putin spoke by phone with Tokayev. “The situation is under control,” the Kremlin said in a statement.',
    want: [['Kremlin', 'The situation is under control']],
  },
  {
    pattern: 'said a spokesman for BODY',
    body: 'Troops arrived at dawn. “The operation is going to plan,” said a spokesman for the Defence Ministry.',
    want: [['Defence Ministry', 'The operation is going']],
  },
  {
    pattern: 'he told journalists, role in an appositive',
    body: 'Dmitry Peskov, the Kremlin spokesman, was asked about it. “This is a temporary measure, and the troops will leave,” he told journalists.',
    want: [['Dmitry Peskov', 'This is a temporary measure']],
  },
  {
    pattern: 'according to NAME, ... "partial"',
    body: 'According to Elena Sokolova, a historian at the university, the move “changed the balance of the whole region.”',
    want: [['Elena Sokolova', 'changed the balance']],
  },
  {
    pattern: 'NAME said he would "partial" inside a sentence',
    body: 'Prime Minister John Carter said he would “never accept such an ultimatum from anyone” in the talks.',
    want: [['John Carter', 'never accept such']],
  },
  {
    pattern: 'As NAME once said, "..."',
    body: 'As Lech Walesa once said, “You cannot make an omelette without breaking eggs.”',
    want: [['Lech Walesa', 'You cannot make an omelette']],
  },
  {
    pattern: 'a quotation over several sentences',
    body: '“We came to help. We will not stay a day longer than needed. Then we go home,” said General Ivan Petrov.',
    want: [['Ivan Petrov', 'We came to help. We will not stay']],
  },
  {
    pattern: 'a follow-on quotation continues the previous speaker',
    body: '“We are ready for this,” said Tom Hale. “And we are not afraid of anyone.”',
    want: [
      ['Tom Hale', 'We are ready'],
      ['Tom Hale', 'And we are not afraid'],
    ],
  },
  {
    pattern: 'a quotation left open at the paragraph end, continued next paragraph',
    body: '“The first stage is over,” said Anna Berg. “The second stage starts right now.\n\n“Nobody should doubt our resolve,” she added.',
    want: [
      ['Anna Berg', 'The first stage'],
      ['Anna Berg', 'The second stage'],
      ['Anna Berg', 'Nobody should doubt'],
    ],
  },
  {
    pattern: 'mismatched marks: ”he said, and an opening mark used to close',
    body: 'Minister Oleg Sokolov spoke in Astana.\n\n“Nothing has been decided on this matter, ”he said.\n\n“We will defend our borders with every means “, – he said.',
    want: [
      ['Oleg Sokolov', 'Nothing has been decided'],
      ['Oleg Sokolov', 'We will defend our borders'],
    ],
  },
  {
    pattern: 'straight marks, she wrote, role before the name',
    body: 'The editor of the newspaper, Olga Petrova, set out her demands.\n\n"We definitely need to help them," she wrote on Twitter.',
    want: [['Olga Petrova', 'We definitely need']],
  },
  {
    pattern: 'interview: a dash opens an answer, the speaker named after a second dash',
    body: [
      '– The sanctions will not work, – says Head of the Centre for Energy Studies Pavel Orlov',
      '– Markets have already adapted to them.',
      '“SP”: – What happens next?',
      '– Prices will fall by summer.',
      'Exporters will find new buyers soon enough.',
      '“SP”: – Thank you for the talk.',
    ].join('\n\n'),
    want: [
      ['Pavel Orlov', 'The sanctions will not work'],
      ['Pavel Orlov', 'Markets have already adapted'],
      ['Pavel Orlov', 'Prices will fall by summer.\n\nExporters will find'],
    ],
  },
  {
    pattern: 'scare quotes of one or two words are not statements',
    body: 'Officials called the protesters "terrorists" and the march a "foreign plot", Ivan Petrov said.',
    want: [],
  },
  {
    pattern: 'what a speaker called something is a statement, however short',
    body: 'In a post on Saturday, the Norland foreign ministry called the remark "typically offensive" and accused Mr Lask of making light of a tragedy.',
    want: [['Norland Foreign Ministry', 'typically offensive']],
  },
  {
    pattern: 'a call is no name given: a meeting called, a call made several times, a passive description',
    body: 'Mayor Ana Marek called an emergency meeting of the "security council" after the explosion. Prime Minister Ivo Lask called his counterpart "several times" during the night. Olga Petrova, described by diplomats as "difficult", stayed silent.',
    want: [],
  },
  {
    pattern: 'a title in marks with no speaker is not a quotation',
    body: '1) AFP, “Troops land in the capital at dawn,” January 7, 2022\n\nThe troops stayed for a week.',
    want: [],
  },
]

describe('extractQuotes: attribution patterns', () => {
  it.each(PATTERNS)('$pattern', ({ body, want }) => {
    const a = article(body)
    const got = extractQuotes(a)
    expect(got.map((q) => q.speaker)).toEqual(want.map(([s]) => s))
    got.forEach((q, i) => {
      expect(q.text.startsWith(want[i]![1])).toBe(true)
      expect(a.text.slice(q.start, q.end)).toBe(q.text)
      expect(q.attribution.end).toBeGreaterThan(q.attribution.start)
    })
  })
})

describe('extractQuotes: roles and names', () => {
  it.each([
    ['“The talks were useful and calm,” said Peter Novak, a spokesman for the Foreign Ministry.', 'spokesman for the Foreign Ministry'],
    ['Prime Minister John Carter said he would “never accept such an ultimatum from anyone” in the talks.', 'Prime Minister'],
    ['The editor of the newspaper, Olga Petrova, said: “We definitely need to help them.”', 'editor of the newspaper'],
    ['According to a former adviser to the president Anna Berg, the move “changed the balance of power.”', 'former adviser to the president'],
  ])('%s → role %s', (body, role) => {
    expect(extractQuotes(article(body))[0]?.role).toBe(role)
  })

  it('joins transliteration variants of one surname in one article', () => {
    const a = article(
      'According to Yerlan Ertysbayev, an adviser, the decision "was taken far too late for anyone."\n\n“The West is angry about it,” said Yertysbayeva.',
    )
    expect(extractQuotes(a).map((q) => q.speaker)).toEqual(['Yerlan Ertysbayev', 'Yerlan Ertysbayev'])
  })

  it.each([
    ['US Secretary of State Antony Blinken', 'US Secretary of State', 'Antony Blinken'],
    ['Kazakh President Kassym-Jomart Tokayev', 'Kazakh President', 'Kassym-Jomart Tokayev'],
    ['Head of the Expert Council Igor Shatrov', 'Head of the Expert Council', 'Igor Shatrov'],
    ['Fiona Hill', null, 'Fiona Hill'],
    ['Pavel Orlov of the Velmar Academy of Sciences', 'Velmar Academy of Sciences', 'Pavel Orlov'],
    ['Prime Minister Anna Berg of Dorvik', 'Prime Minister', 'Anna Berg'],
    ['Dorvik’s Pavel Orlov', null, 'Pavel Orlov'],
  ])('splitRoleName(%s)', (run, role, name) => {
    expect(splitRoleName(run)).toMatchObject({ role, name })
  })

  it.each(['Ministry of Defence of Velmar', 'Velmar Academy of Sciences', 'University of Dorvik'])(
    'splitRoleName(%s) finds no person in a body’s name',
    (run) => {
      expect(splitRoleName(run)).toBeNull()
    },
  )

  it.each([
    ['police spokeswoman', 'f'],
    ['Chairwoman of the Board', 'f'],
    ['spokesman for the ministry', null],
    [null, null],
  ])('roleGender(%s) = %s', (role, gender) => {
    expect(roleGender(role)).toBe(gender)
  })

  it.each([
    ['Antony Blinken', 'Anthony Blinken', true],
    ['Blinken', 'US Secretary of State Antony Blinken'.split(' ').slice(-2).join(' '), true],
    ['Ertysbayeva', 'Yertysbayev', true],
    ['Lech Walensa', 'Lech Walesa', true],
    ['Mark Green', 'Fiona Hill', false],
    ['Igor Shatrov', 'Pavel Shatrov', false],
  ])('sameSpeaker(%s, %s) = %s', (a, b, same) => {
    expect(sameSpeaker(a, b)).toBe(same)
  })

  it('gives one key to the spellings of one surname', () => {
    expect(surnameKey('Ertysbayeva')).toBe(surnameKey('Yertysbayev'))
    expect(surnameKey('Suchkov')).not.toBe(surnameKey('Lukyanov'))
  })
})

describe('quote marks', () => {
  it.each([
    ['“We stay,” he said.', ['We stay']],
    ['He called it "propaganda" and "a brief mission".', ['propaganda', 'a brief mission']],
    ['It is over. “', []],
    ['“Unclosed to the end', ['Unclosed to the end']],
  ])('findMarkedQuotes(%s)', (text, want) => {
    expect(findMarkedQuotes(text, { start: 0, end: text.length }).map((q) => text.slice(q.start, q.end))).toEqual(want)
  })

  it.each([
    ['– We won, – says Ivan Petrov', 'answer'],
    ['“SP”: – Why?', 'question'],
    ['Plain prose, – with a dash.', 'prose'],
  ])('readTurn(%s) is a %s', (text, kind) => {
    expect(readTurn(text, { start: 0, end: text.length }).kind).toBe(kind)
  })
})

describe('extractQuotes on the seeds', () => {
  const corpus = loadCorpus('seeds')
  it('keeps every quotation verbatim and attributed', () => {
    for (const a of corpus.articles) {
      for (const q of extractQuotes(a)) {
        expect(a.text.slice(q.start, q.end)).toBe(q.text)
        expect(q.text.split(/\s+/).length).toBeGreaterThanOrEqual(3)
        expect(q.speaker.length).toBeGreaterThan(0)
      }
    }
  })
  it('finds no quotation in an article that quotes no one', () => {
    const blog = corpus.articles.find((a) => a.source.startsWith('000_'))!
    expect(extractQuotes(blog)).toEqual([])
  })
})
