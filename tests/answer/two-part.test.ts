import { describe, expect, it } from 'vitest'
import { splitQuestion } from '../../src/answer/index.ts'
import { pagesEngine, reportEngine } from '../support/made-up-report.ts'
import { inTurn } from '../../src/engine/two-part.ts'

describe('splitQuestion', () => {
  it.each([
    ['when did the floods start and in what town', ['when did the floods start', 'in what town (the floods start)']],
    ['how did the crews get home, were they flown out?', ['how did the crews get home', 'were they flown out (the crews)']],
    [
      'whats the toll the ministry gave and how many of those were children',
      ['whats the toll the ministry gave', 'how many of those were children (the toll the ministry gave)'],
    ],
    ['when did the floods start and when were they over', ['when did the floods start', 'when were they over (the floods)']],
    ['when did the crews pull out and when did they come back', ['when did the crews pull out', 'when did they come back (the crews)']],
    ['who is the new mayor and how old is he', ['who is the new mayor', 'how old is he (the new mayor)']],
    ['when did lask ask for help and when did it arrive', ['when did lask ask for help', 'when did it arrive (lask ask for help)']],
    ['how many troops and vehicles did norland send', null],
    ['who and when', null],
    ['norland sent ships too right? how many, and did parliament vote on it', null],
  ])('%j', (question, parts) => {
    expect(splitQuestion(question)).toEqual(parts)
  })
})

// A made-up report that says when and where the floods began, and nothing of who led the rescue.
const engine = reportEngine(
  [
    'The floods began on March 6 in Velta, a river town in the north of Norland.',
    'The river rose by six metres in two days, the weather office said.',
    'Rescue crews from Ostria reached the valley on Tuesday.',
  ].join('\n\n'),
)

describe('a question of two parts', () => {
  it('gets both answers, each proved by its own excerpt', () => {
    const reply = engine.ask('when did the floods begin and in what town')
    expect(reply.status).toBe('answered')
    expect(reply.answer).toMatch(/March 6.*; Velta$/)
    expect(reply.citations[0]!.excerpt).toContain('The floods began on March 6')
  })

  it('gets no short answer when one part has none', () => {
    const reply = engine.ask('when did the floods begin and who led the rescue')
    expect(reply.answer).toBeNull()
    expect(reply.citations.length).toBeGreaterThan(0)
  })
})

describe('a question of two parts with no sure answer', () => {
  const town = reportEngine(
    [
      'The floods began on March 6 in Velta, a river town in the north of Norland.',
      'The river rose by six metres in two days, the weather office said.',
      'The mayor of Velta, Ivo Lask, is 61 and was elected in 2019.',
      'Rescue crews from Ostria reached the valley on Tuesday.',
      'Schools in Velta stayed closed all week.',
    ].join('\n\n'),
  )
  it("shows each part's best passage, not only the passages of the part the whole question's words favour", () => {
    const reply = town.ask('how old is the mayor and when did the rescue crews arrive')
    expect(reply.status).toBe('passages')
    expect(reply.citations.map((c) => c.excerpt.slice(0, 18))).toEqual(expect.arrayContaining(['The mayor of Velta', 'Rescue crews from ']))
  })
  it('is retrieved part by part, as its passages are shown', () => {
    const mayoral = reportEngine(
      [
        'The floods began on March 6 in Velta, a river town in the north of Norland.',
        'The mayor of Velta, Ivo Lask, is 61 and was elected in 2019.',
        'The mayor visited the flooded school on Monday.',
        'The mayor said the river would fall by Friday.',
        'Rescue crews from Ostria reached the valley on Tuesday.',
      ].join('\n\n'),
    )
    const top = mayoral.retrieve('how old is the mayor and when did the rescue crews arrive', 2)
    expect(top.map((c) => c.excerpt.slice(0, 18)).sort()).toEqual(['Rescue crews from ', 'The mayor of Velta'])
  })
})

describe('inTurn', () => {
  it.each([
    [
      [
        [1, 2, 3],
        [4, 1],
      ],
      4,
      [1, 4, 2, 3],
    ],
    [[[1, 2], []], 5, [1, 2]],
    [
      [
        [1, 2],
        [3, 4],
      ],
      3,
      [1, 3, 2],
    ],
  ])('%j, up to %i → %j', (lists, limit, taken) => {
    expect(inTurn(lists, (a, b) => a === b, limit)).toEqual(taken)
  })
})

describe('"when and where" (review)', () => {
  // Asked as two, each part's answer came from the 2011 protests; the whole question is not split.
  const pages = [
    'Students rally in Dorn\nApril 3, 2024\n\nThousands of students rallied in the city of Dorn on Tuesday against tuition fees.\n\nThe protests began last month at the university in Lask, organisers said.',
    'Student protests: a history\nApril 4, 2024\n\nStudent protests have a long history in Velsk.\n\nIn 2011, protests began in Kreml on March 5 and toppled the education minister.\n\nThe current protests started on March 12.',
  ]
  it('gets no short answer made of two parts asked apart', () => {
    expect(pagesEngine(pages).ask('when and where did the protests begin').answer).toBeNull()
  })
})
