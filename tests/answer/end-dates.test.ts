import { describe, expect, it } from 'vitest'
import { askReport, pagesEngine, reportEngine } from '../support/made-up-report.ts'
import { analyzeQuestion } from '../../src/answer/question.ts'

// Made-up one-sentence reports: "when did X end" against sentences that give the start, a span, or both.
const ask = askReport

describe('when something ended', () => {
  it.each([
    ['The curfew in Dunhold, which began on February 28, ended on March 9.', 'when did the curfew in dunhold end', 'March 9'],
    ['The state of emergency, in force since March 1, will last until March 19.', 'when will the state of emergency end', 'March 19'],
    ['Fighting started on March 5 and stopped on March 8.', 'when did the fighting end', 'March 8'],
    ['The strike, which had begun on February 20, was called off on March 11.', 'when did the strike end', 'March 11'],
  ])('%j → %s', (sentence, question, day) => {
    const r = ask(sentence, question)
    expect(r.status).toBe('answered')
    expect(r.answer).toContain(day)
  })

  it.each([
    ['The withdrawal began on March 12 and should end within ten days.', 'when did the withdrawal end'],
    ['The airlift started on March 3 over the objections of the opposition.', 'when did the airlift end'],
    ['The blockade of the port lasted from March 4 to March 10.', 'when did the blockade end'],
    ['Peace talks opened on March 6, a day after the fighting in Selm ended.', 'when did the peace talks end'],
    ['The riots erupted in Selm on February 27.', 'when did the riots in selm end'],
  ])('never gives the day it began: %j', (sentence, question) => {
    const r = ask(sentence, question)
    expect(r.answer ?? '').not.toMatch(/March (?:12|3|4|6)\b|February 27/)
  })
})

describe('when something ended, from a sentence that does not say so', () => {
  it.each([
    ['Mon 14 Mar - Officials say 40 people were hurt during the curfew in Dunhold.', 'when did the curfew in dunhold actually end'],
    ['On March 9 the state of emergency in Selm remained in force, the mayor said.', 'when did the state of emergency in selm end'],
  ])('%j is no answer to %j', (sentence, question) => {
    expect(ask(sentence, question).status).not.toBe('answered')
  })

  it('still answers from the sentence that says it', () => {
    expect(ask('Mon 14 Mar - The curfew in Dunhold is lifted after nine days.', 'when did the curfew in dunhold end').answer).toContain('March 14')
  })
})

describe('when something ended, with the day it began in a passage nearly as good', () => {
  it.each([
    [
      'The Norland withdrawal began on March 12.\n\nAccording to the minister, the withdrawal would be finished on March 19.',
      'when was the withdrawal finished',
    ],
    ['The curfew in Dunhold began on March 2.\n\nThe mayor said the curfew in Dunhold ended on March 9.', 'when did the curfew in dunhold end'],
  ])('%j: %s gives the end alone', (body, question) => {
    const r = ask(body, question)
    expect(r.answer).toContain('March')
    expect(r.answer).not.toMatch(/March (?:12|2)\b/)
  })
})

describe('when the last of them left', () => {
  it.each([
    'when were the last norland troops out',
    'when did the last norland soldiers leave',
    'when were the last norland troops gone',
    // An adverb of chat before "gone" or "out" asks the same.
    'so when were the last norland troops actually gone',
    'when were the last norland troops finally out',
    // "Out of" a place, "the last of them", and going home are the same end.
    'when was the last of them out of norland',
    'when did the last norland soldiers go home',
    'when did the last norland troops fly home',
    // "Until when", first or last.
    'until when was the curfew in force',
    'the curfew was meant to run until when',
  ])('%j asks when it ended', (q) => {
    expect(analyzeQuestion(q).focus).toBe('end')
  })

  it('is answered by the day the last of them left, not a ceremony on the way', () => {
    const r = ask(
      'A farewell ceremony for the Norland troops was held on Thursday, March 16, a week after they arrived last Thursday.\n\nThe withdrawal of the Norland troops was fully completed on March 19, when the last aircraft departed.',
      'when were the last norland troops out',
    )
    expect(r.status).toBe('answered')
    expect(r.answer).toContain('March 19')
  })
})

describe('when the last of them went home', () => {
  // A made-up sentence with two days: the one the pullout began, and the one the last of them had left by.
  const body = 'The pullout began on March 13, and by March 19 the last of the roughly 900 Norland troops had left Velmar.'
  it.each(['when did the last norland soldiers go home', 'when was the last of them out of velmar'])('%j → the day the last had left by', (question) => {
    const r = ask(body, question)
    expect(r.answer ?? '').toContain('March 19')
    expect(r.answer ?? '').not.toContain('March 13')
  })
})

describe('when the last of them were out or gone: an end written with "out" or "gone on"', () => {
  it.each([
    [
      'The dam burst on Monday, June 5.\n\nThe last villagers were safely out on Wednesday, June 7, the rescuers said.',
      'when were the last villagers out',
      'June 7',
    ],
    [
      'The Orsk brigade declared its mission over on June 2, and most of its soldiers left in the following days.\n\nThe last Orsk soldiers were finally gone on June 12, when the final convoy crossed the border.',
      'when were the last orsk soldiers gone',
      'June 12',
    ],
  ])('%j: %j → %s', (body, question, day) => {
    expect(ask(body, question).answer ?? '').toContain(day)
  })
})

describe('when they were all gone: "the last" of them arriving somewhere tells of the end', () => {
  it('is answered by the day the last of them landed or docked', () => {
    const body =
      'Norland began pulling its ferries out of Velsk after the strike ended.\n\nThe last Norland ferries docked at Orvik on March 14, officials said.'
    expect(ask(body, 'when were the norland ferries all gone').answer ?? '').toContain('March 14')
  })

  it('is answered by the day the last of them did so', () => {
    expect(ask('The last of the Norland ferries docked at Orvik on March 14.', 'when were the norland ferries all gone').answer ?? '').toContain('March 14')
  })

  it.each([
    'The ferries sailed from Velsk for the last time on March 2.',
    'Norland ferries sailed from Velsk last week, on March 2.',
    // The last of one thing, or of several, is no end of the whole.
    'The last round of talks on the Norland ferries was held on March 9.',
    'Norland ferry crews held the last of several rallies on March 9 and vowed to go on.',
  ])('is not answered by "the last time" or "last week": %j', (sentence) => {
    expect(ask(sentence, 'when were the norland ferries all gone').answer).toBeNull()
  })
})

describe('a day written as when something was set in motion is no end', () => {
  const body = 'It was the third day of a pullout that President Ivo Lask set in motion on March 11, when he told parliament the mission was over.'
  it.each(['when was the whole pullout wrapped up', 'when was the pullout over'])('%j', (question) => {
    expect(ask(body, question).answer ?? '').not.toContain('March 11')
  })
})

describe('when something ended: other words for an end, and "by" that is no deadline', () => {
  it.each([
    ['The curfew in Velsk was scrapped on January 12.', 'when did the curfew in velsk end', 'January 12'],
    ['The curfew in Velsk was annulled on January 12.', 'when did the curfew in velsk end', 'January 12'],
  ])('%j → %s', (sentence, question, day) => {
    expect(ask(sentence, question).answer).toContain(day)
  })

  it('is not answered by the day a curfew was imposed "by" someone', () => {
    expect(ask('A curfew was imposed on Velsk by Ivo Lask on January 5.', 'when did the curfew in velsk end').status).not.toBe('answered')
  })
})

describe('when was X done: the day of a sentence that says the deed', () => {
  it.each([
    ['On March 9 the curfew in Velsk was shortened to six hours, the mayor said.', 'when was the curfew in velsk lifted'],
    ['On March 9 the state of emergency in Velsk remained in force.', 'when was the state of emergency in velsk lifted'],
  ])('%j is no answer to %j', (sentence, question) => {
    expect(ask(sentence, question).status).not.toBe('answered')
  })

  it('answers from the sentence that says it', () => {
    expect(ask('The curfew in Velsk was lifted on March 12, the mayor said.', 'when was the curfew in velsk lifted').answer).toContain('March 12')
  })
})

describe('what was the deadline', () => {
  it('asks for the day something was to end', () => {
    expect(analyzeQuestion('what was the deadline for getting everyone out')).toMatchObject({ kind: 'date', focus: 'deadline' })
  })

  it('is answered by the day written as one', () => {
    const r = ask('The withdrawal of the Norland troops began on March 12 and is due to be completed by March 19.', 'what was the deadline for the withdrawal')
    expect(r.answer).toContain('March 19')
  })
})

describe('second review: what is no end, no deadline, no last departure', () => {
  it.each([
    ['Shops in Velsk closed on March 5 under the curfew.', 'when did the curfew end'],
    ['Norland dropped leaflets over Velsk on March 8 during the blockade.', 'when did the blockade end'],
    ['The deadline for Norland troops to leave was set on March 13.', 'what was the deadline for troops to leave'],
  ])('%j is no answer to %j', (sentence, question) => {
    expect(ask(sentence, question).status).not.toBe('answered')
  })

  it.each(['when did lask last go to velsk', 'when was the last convoy sent out', 'when did the last norland troops go to velsk'])(
    '%j is no question about an end',
    (q) => {
      expect(analyzeQuestion(q).focus).not.toBe('end')
    },
  )
})

describe('by what date / by when: the day something was done by', () => {
  const body =
    "Ostria's prime minister, whose own appeal had gone unanswered a year earlier, announced the league's decision in a post on March 6.\n\nThe pullout began on March 13, and the last league troops left Veloria on March 19."
  it.each(['by what date were all the league troops gone', 'by when had the league troops left'])('%j → the day they were gone', (q) => {
    expect(askReport(body, q).answer).toBe('Sunday, March 19, 2023')
  })
  it('takes "had gone unanswered" for no end', () => {
    const appeal =
      "Ostria's prime minister, whose own appeal for league troops had gone unanswered a year earlier, announced the decision to send them in a post on March 6."
    expect(askReport(appeal, 'by what date were all the league troops gone').answer).toBeNull()
  })
})

describe('when did X do it: not the day of the main clause when X did it in a clause of its own', () => {
  const body = 'Norland sent 2,000 troops to Veloria on March 1 after Veloria asked for help.\n\nThe troops guarded the port.'
  it('gives no day for the asking', () => {
    expect(askReport(body, 'When did Veloria ask for help?').answer).toBeNull()
  })
  it('still gives the day for the sending', () => {
    expect(askReport(body, 'When did Norland send troops?').answer).toBe('Wednesday, March 1, 2023')
  })
  it('takes "until March 18, when he broke his silence" as that day', () => {
    const silence = 'The former president Ivo Lask stayed out of sight until March 18, when he broke his silence with a short address.'
    expect(askReport(silence, 'when did lask break his silence').answer).toBe('Saturday, March 18, 2023')
  })
})

describe('when something started', () => {
  // A made-up report with the day a withdrawal began and the day it was to be over.
  const engine = reportEngine(
    [
      'Norland troops arrived in Velta on March 2.',
      'The Norland withdrawal began on March 13 with a ceremony at the airport.',
      'Officials said the last Norland troops pulled out of Velta on March 19, ending the withdrawal.',
      'The last Norland soldiers would be gone by March 19, the minister said.',
    ].join('\n\n'),
  )

  it.each(['when did the norland troops start pulling out', 'when did the norland withdrawal start', 'when did the withdrawal kick off'])(
    '%j is the first day',
    (question) => {
      expect(engine.ask(question).answer ?? '').not.toMatch(/March 19/)
    },
  )

  it('reads a beginning from the question', () => {
    expect(analyzeQuestion('when did the troops start pulling out').focus).toBe('start')
    expect(analyzeQuestion('when did the troops pull out').focus).toBeNull()
  })
})

describe('the first of them leaving is a start', () => {
  it('answers when the troops started leaving with the day the first left', () => {
    const reply = askReport(
      'Ostria sent 300 troops to Velta in March.\n\nThe first Ostrian troops left Velta on March 9.\n\nThe last of them were gone by March 20.',
      'when did the troops start leaving',
    )
    expect(reply.answer).toMatch(/March 9/)
  })
})

describe('leaving for good, and days that disagree', () => {
  const left = pagesEngine([
    'Marines leave Portsea\nMarch 20, 2023\n\nMore than 300 league marines arrived from March 6 to guard the port; the last of them left on March 19.\n\nThe curfew in Portsea was lifted on Saturday.',
    'Portsea port reopens\nMarch 21, 2023\n\nThe marines began leaving on March 13, and the pullout was due to be completed by March 19.\n\nShips returned to the harbour on Monday.',
  ])
  it('reads "for good" as the end, and "arrived from March 6" as no end', () => {
    expect(left.ask('when did the marines leave for good').answer).toBe('Sunday, March 19, 2023')
  })
  it('bets on no day for "for good" where the sentence gives several', () => {
    const again = pagesEngine([
      'Internet in Tarn\nJanuary 20, 2022\n\nThe internet in Tarn was restored on January 11 after a five-day shutdown, but was cut again on January 12 and restored on January 14.\n\nShops reopened.',
    ])
    expect(again.ask('when was the internet restored for good').answer).toBeNull()
  })
  it('reads "for good" as the end only of a leaving', () => {
    const restored = pagesEngine([
      'Internet back\nMarch 20, 2023\n\nInternet access was fully restored across Marovia on March 10, the ministry said.\n\nShops reopened.',
    ])
    expect(restored.ask('when was the internet restored for good').answer).toBe('Friday, March 10, 2023')
  })
  const disagree = pagesEngine(
    [17, 18, 19, 19, 19].map(
      (day, i) => `Report ${i + 1}\nMarch 2${i}, 2023\n\nThe last league marines left Portsea on March ${day}.\n\nShips returned to the harbour.`,
    ),
  )
  it('gives no short answer where the passages give more than two days', () => {
    expect(disagree.ask('when did the last marines leave portsea').answer).toBeNull()
  })
})

describe('the day of a deed told of someone by "He"', () => {
  it.each([
    [
      'Ivo Lask, the former spy chief, was sacked on 6 March.\n\nHe was detained on 8 March.\n\nPolice detained 40 protesters on 2 March.',
      'when was lask detained',
      /March 8, 2023/,
    ],
    [
      'Ivo Lask, the former spy chief, was sacked on 6 March.\n\nHe was detained on 8 March.\n\nPolice detained 40 protesters on 2 March.',
      'when was ivo lask detained',
      /March 8, 2023/,
    ],
    [
      'Ivo Lask, the former spy chief, was sacked on 6 March.\n\nHe was detained on 8 March.\n\nPolice detained 40 protesters on 2 March.',
      'when was lask sacked',
      /March 6, 2023/,
    ],
  ])('%j: %j is answered from the sentence that tells of the deed, not the one that names him', (body, question, day) => {
    expect(askReport(`${body}\n\nThe weather was cold.`, question).answer).toMatch(day)
  })
})

describe("a report's day, and a day in another clause, are not the deed's", () => {
  const body =
    '- **Spy chief held.** Ivo Lask, who ran the agency until he was sacked this week, was detained on Thursday on suspicion of treason, the agency said in a statement on Saturday.\n\nThe weather was cold.'
  it.each([
    ['when was lask detained', /^Thursday, March 16, 2023/],
    ['what day did lask get detained', /^Thursday, March 16, 2023/],
    ['when was lask sacked', /this week/],
  ])('%j → %s', (question, day) => {
    expect(askReport(body, question).answer).toMatch(day)
  })
})

describe("a report's day that is the deed's own (the second review's probes)", () => {
  it.each([
    [
      "Velta's central bank raised its key interest rate to 12 percent, the bank said on Friday, citing inflation.",
      "when did velta's central bank raise its key rate",
      /^Friday/,
    ],
    [
      'Finance Minister Aras Lenk resigned, state television reported on Tuesday, amid a row over the budget. Lenk, who had resigned once before in 2019 over a bribery scandal, was brought back to the cabinet last year.',
      'when did lenk resign',
      /^(?!.*2019)/,
    ],
  ])('%j: %j', (body, question, answer) => {
    expect(askReport(`${body}\n\nThe weather was cold.`, question).answer ?? '').toMatch(answer)
  })
})

describe('the day words in quotation marks were said', () => {
  it('"\'The vote can be considered valid,\' X said on Monday" does not date the vote', () => {
    const body = '"The vote can be considered valid," Ivo Lask, chairman of the election commission, said on Monday.\n\nTurnout was above 60 percent.'
    expect(askReport(body, 'when was the vote').answer ?? '').not.toMatch(/Monday/)
  })
})

describe('a report on a day of a deed it puts earlier (the second review)', () => {
  it.each([
    ['Police said on Monday that they had arrested Mira Sott, an opposition activist, over the weekend.', 'when was mira sott arrested', null],
    ['Police said on Monday that they arrested Mira Sott, an opposition activist.', 'when was mira sott arrested', /^Monday/],
    ['Police said on Monday that they had arrested Mira Sott.', 'when did police say they had arrested sott', /^Monday/],
  ])('%j: %j → %s', (body, question, answer) => {
    const got = askReport(`${body}\n\nThe weather was cold.`, question).answer
    if (answer === null) expect(got).toBeNull()
    else expect(got).toMatch(answer)
  })
})

describe("a report's day (the third review's probes)", () => {
  it.each([
    ['Kazakhstan’s former security chief Ivo Lask was detained, the country’s security committee said on Saturday.', 'when was lask detained', /^Saturday/],
    ['Police said on Tuesday that they had detained a suspect earlier in the day in connection with the robbery.', 'when was the suspect detained', /^Tuesday/],
  ])('%j: %j → %s', (body, question, answer) => {
    expect(askReport(`${body}\n\nThe weather was cold.`, question).answer).toMatch(answer)
  })

  it('a plan told on a day is not bet on by setting that day aside', () => {
    const body = 'The government said on Monday that it would lift the nationwide curfew on Thursday, officials confirmed.'
    expect(askReport(`${body}\n\nThe weather was cold.`, 'when will the curfew be lifted').answer ?? '').not.toMatch(/March 16/)
  })
})

describe('a day in an aside about something else (the reviews, from before this round)', () => {
  it.each([
    [
      'The central bank of Orvin, which cut its main interest rate on March 3, raised the rate again, the bank said on Friday.',
      'when did the bank raise its rate',
      /March 3/,
    ],
    ['Interior minister Ivo Lask, appointed in February, lifted the nationwide curfew, the ministry said on Monday.', 'when was the curfew lifted', /February/],
  ])('%j: %j is not answered %s', (body, question, wrong) => {
    expect(askReport(`${body}\n\nThe weather was cold.`, question).answer ?? '').not.toMatch(wrong)
  })
})

describe('a plan reported on another weekday (the fourth review)', () => {
  const page = (date: string, body: string) => pagesEngine([`Velmar curfew\n${date}\n\n${body}\n\nThe weather was cold.`])
  it.each([
    [
      'March 22, 2023',
      'The government of Velmar said on Monday that it would lift the nighttime curfew in the capital on Tuesday. The curfew was lifted as planned.',
      'when did velmar lift the curfew',
    ],
    [
      'March 21, 2023',
      'The government of Velmar said on Monday that it would lift the nighttime curfew in the capital on Thursday.',
      'when will velmar lift the curfew',
    ],
  ])('%s %j: %j bets on no day', (date, body, question) => {
    expect(page(date, body).ask(question).answer).toBeNull()
  })

  it('still answers a plan with a date of its own', () => {
    expect(page('March 21, 2023', 'The ministry said the troops will leave by March 30.').ask('when will the troops leave').answer).toMatch(/March 30, 2023/)
  })
})

describe('since when: the day a state began, not another day of the sentence', () => {
  const engine = reportEngine(
    'The Coastal Security League (CSL) sent ships to Velta.\n\nNorland has held the rotating chairmanship of the Coastal Security League since March 2021, which meant that it was President Eva Sorn who announced, in a post on the night of March 9, that the CSL would send ships to Velta.\n\nThe ships sailed on March 11.',
  )
  it('answers with the day after "since"', () => {
    expect(engine.ask('since when has norland held the csl chair').answer).toBe('March 2021')
  })
  it('bets on no day where none is written as a beginning', () => {
    expect(engine.ask('since when have the ships been at sea').answer).toBeNull()
  })
})

describe('when did it happen, of something that began one day and ended another', () => {
  const engine = reportEngine(
    [
      'The withdrawal of the Norland marines from Velta began on 13 March, after a farewell parade in the old town.',
      'The governor thanked them for their help, and shops in the port reopened as the curfew was lifted across the province.',
      'The marines pulled out by 19 March, after the governor declared that the mission in the province had been accomplished and the port was safe.',
    ].join('\n\n'),
  )
  it('bets on neither day alone', () => {
    expect(engine.ask('when did the marines pull out of the province').answer).toBeNull()
  })
  it.each([
    ['when did the marines start pulling out of the province', /March 13/],
    ['when were the marines all out of the province', /March 19/],
  ])('still answers %j, which asks for one end', (q, day) => {
    expect(engine.ask(q).answer).toMatch(day)
  })
  it('gives both where both passages answer alike', () => {
    const both = reportEngine(
      'The withdrawal of the Norland marines from Velta began on 13 March, after a farewell parade in the old town.\n\nThe governor thanked them.\n\nThe marines pulled out by 19 March.',
    )
    expect(both.ask('when did the marines pull out').answer).toMatch(/March 13.*March 19/)
  })
})

describe('a day after which a plan is announced is the announcing day', () => {
  const engine = reportEngine(
    'On March 11 the governor named a new harbour master and announced that the Norland marines would pull out of Velta.\n\nThe governor thanked them.',
  )
  it('is not the day of the deed planned', () => {
    expect(engine.ask('when did the marines pull out of velta').answer).toBeNull()
  })
  it('is the day of the announcing', () => {
    expect(engine.ask('when did the governor announce the marines would pull out').answer).toMatch(/March 11/)
  })
})

describe('a plan told on a day, in the present tense or asked "what day"', () => {
  // A timeline's entry tells its day's news in the present ("tells"), and the pullout only as planned.
  const told = [
    '**March 11 —** Governor Ivo Lask tells the council the mission is over and the pullout of the marines will begin in two days.\n\n**March 12 —** Shops reopen in Velta.',
    'On March 11 Governor Ivo Lask tells the council the mission is over and the pullout of the marines will begin in two days.\n\nShops reopen in Velta.',
  ]
  it.each(told.flatMap((body) => ['when did the marines start pulling out', 'what day did the pullout of the marines begin'].map((q) => [body, q])))(
    '%j: %j is not answered by the day the plan was told',
    (body, q) => {
      expect(pagesEngine([`Velta day by day\nMarch 20, 2023\n\n${body}`]).ask(q).answer ?? '').not.toContain('March 11')
    },
  )
  it('"what day did" is a question of what happened, as "when did" is: the deed told as done answers it', () => {
    const engine = pagesEngine([
      `Velta day by day\nMarch 20, 2023\n\n${told[0]!}`,
      `Marines leave Velta\nMarch 14, 2023\n\nThe pullout of the Norland marines began with a parade in Velta on March 13.`,
    ])
    expect(engine.ask('what day did the marines start pulling out').answer).toMatch(/March 13/)
  })
})

describe('when: made-up shapes a review probed', () => {
  const ask = (paragraphs: string[], q: string) => reportEngine(paragraphs.join('\n\n')).ask(q).answer ?? ''
  it.each([
    [['Ivo Lask became president of Velmar in 2019.', 'He is popular.'], 'since when has lask been president', /^2019$/],
    [['Ivo Lask, who was elected president of Velmar in 2019, said the talks would go on.'], 'since when has lask been president', /^2019$/],
    [['A curfew was imposed in Velta on March 5 and is still in force.', 'Shops are shut.'], 'since when has the curfew been in force', /March 5/],
    [
      ['On March 11 the Norland marines pulled out of Velta, and the governor said the Ostrian engineers would pull out in April.', 'Shops reopened.'],
      'when did the marines pull out of velta',
      /March 11/,
    ],
    [
      ['The Norland marines withdrew from Velta on March 16.', 'Ostrian engineers, who arrived later, must withdraw from Velta by April 30 under the accord.'],
      'when did the norland marines withdraw from velta',
      /March 16/,
    ],
  ])('%j answers %j', (paragraphs, q, day) => {
    expect(ask(paragraphs, q)).toMatch(day)
  })
  it('a day written as another beginning is no answer to since when', () => {
    expect(
      ask(
        ['A curfew was imposed in Velta on March 5.', 'Shops in Velta have been shut since March 8 because of the curfew.'],
        'since when is there a curfew in velta',
      ),
    ).not.toMatch(/March 8/)
  })
  it('a mission begun in another year is no other end of the day they left', () => {
    const engine = pagesEngine([
      'Norland marines leave Velta\nMarch 18, 2023\n\nThe Norland marines left Velta on Thursday.\n\nThe port reopened.',
      'Velta timeline\nMarch 25, 2023\n\nThe Norland marines left Velta on the 16th, ending a mission begun in 2021.\n\nThe governor thanked them.',
    ])
    expect(engine.ask('when did the norland marines leave velta').answer).toMatch(/March 16/)
  })
})

describe('a day a state stays until is not when it came to be that state', () => {
  const closed = 'The transport office said on Monday that tram line 4 would stay closed until March 30 for track repairs.'
  it('"when was line 4 closed" is not answered with the day it stays closed until', () => {
    expect(askReport(closed, 'when was tram line 4 closed').answer ?? '').not.toMatch(/March 30/)
  })
  it.each([
    [closed, 'when does the closure of line 4 end', 'March 30'],
    ['Tram line 4 was closed on March 18 and will stay closed until March 30.', 'when was tram line 4 closed', 'March 18'],
    ['The former president Ivo Lask stayed out of sight until March 18, when he broke his silence.', 'when did lask break his silence', 'March 18'],
    ['Train drivers walked out on March 2 and will stay on strike until March 16, their union said.', 'when will the strike end', 'March 16'],
  ])('%j: %s → %s', (sentence, question, day) => {
    expect(askReport(sentence, question).answer).toContain(day)
  })
})

describe('an end after a word of beginning: "the drive the ministry launched ended on August 20"', () => {
  it.each([
    ['The vaccination drive the health ministry launched ended on August 20.', 'when did the vaccination drive end', 'August 20'],
    ['The withdrawal that Lask set in motion was over on June 30.', 'when did the withdrawal end', 'June 30'],
  ])('%j: %j → %s', (body, question, day) => {
    expect(ask(body, question).answer ?? '').toContain(day)
  })
})

describe('"began over fuel prices on August 2": "over" is no end', () => {
  const body = 'Protests that began over fuel prices on August 2 ended on August 24, when the government cut the price.'
  it('answers when they ended with the end', () => {
    expect(ask(body, 'when did the fuel protests end').answer ?? '').toContain('August 24')
  })
})

describe('"since when": the day written after "since"', () => {
  it.each([
    [
      "Velt has held the rotating chair of the pact since September 2021.\n\nChairing the emergency summit from Orsk on Monday, Velt's premier said the mission had succeeded.",
      'since when has velt chaired the pact',
      'September 2021',
      'Monday',
    ],
    [
      'Soldiers from Belmont on Sunday handed back the power station, which they had guarded since arriving in Carvel on March 2.',
      'soldiers had guarded the power station since when',
      'March 2',
      'Sunday',
    ],
  ])('%j: %j → not the other day', (body, question, _day, other) => {
    expect(ask(body, question).answer ?? '').not.toContain(other)
  })
})

describe("a wire story's dateline day", () => {
  const wire = `Pact troops start leaving Velmar\nMarch 14, 2024\n\nVELSK, March 14 (Wire) - Troops from the Northern Defence Pact began leaving Velmar on Thursday, a week after they were flown in to help put down riots.\n\nThe pact gave no date for the end of the pullout.`

  it('is no answer to when the last troops left, where the sentence gives a day of its own', () => {
    expect(pagesEngine([wire]).ask('when did the last pact troops leave velmar').answer ?? '').not.toContain('March 14')
  })

  it("answers when they began leaving, through the sentence's own day", () => {
    expect(pagesEngine([wire]).ask('when did the pact troops start leaving velmar').answer ?? '').toContain('March 14')
  })
})

describe('a plan told on a day written with its abbreviation', () => {
  it('is not the day the deed began, which another page gives', () => {
    const engine = pagesEngine([
      `League to leave Veloria\nMarch 9, 2023\n\nLask told parliament on Mar. 11 that the mission had been completed and that the pullout would start within two days.`,
      `Pullout begins\nMarch 14, 2023\n\nThe pullout of the league's troops officially started yesterday, March 13.`,
    ])
    expect(engine.ask('what date did they start pulling out').answer ?? '').toContain('March 13')
  })
})

describe('a plan told of a list of names', () => {
  it('is a plan all the same: "would fly the Norland, Ostrian and Veltan units home today"', () => {
    const engine = pagesEngine([
      `Briefing\nMarch 14, 2023\n\nAdmiral Lind told the council that 12 ships would take the Norland, Ostrian and Veltan units home today, and that the last sailors would be gone by March 19.`,
    ])
    expect(engine.ask('when were the last sailors out of velta').answer ?? '').not.toContain('March 14')
  })
})

describe('a day that ends a post told in an aside', () => {
  it('is not the day of the deed: "approved Eva Sorn, until this month the first deputy prime minister, as head of government"', () => {
    const body = 'The same session approved Eva Sorn, until this month the first deputy prime minister, as head of government.\n\nThe weather was cold.'
    expect(askReport(body, 'when did parliament sign off on the new pm').answer ?? '').not.toMatch(/this month/)
  })
})

describe('how long it would take', () => {
  it('is not made unsure by when it would start', () => {
    const r = askReport(
      'President Ivo Lask told parliament on Tuesday that the league force had done its job and that a phased pullout would start in two days and last no more than ten days.',
      'how long did lask tell parliament the pullout wd take',
    )
    expect(r.answer).toBe('no more than ten days')
  })

  it('is not outweighed by when it would start, where another sentence has that figure as a span of something else', () => {
    const engine = pagesEngine([
      `League to leave Veloria\nMarch 9, 2023\n\nPresident Ivo Lask announced on Tuesday that a phased pullout of league troops would start in two days and take no more than ten days.\n\nNorland's foreign minister said he had spoken with Lask by phone over the past two days about the pullout.`,
      `Pullout begins\nMarch 11, 2023\n\nLask said the pullout of the league's troops would begin in two days, on Thursday.`,
    ])
    expect(engine.ask('how long did lask say the pullout would take').answer).toBe('no more than ten days')
  })
})

describe('a note added to a story ("UPDATE, March 20:")', () => {
  const engine = pagesEngine([
    `League troops start to leave Veloria\nMarch 16, 2023\n\nOSK, March 16 (Osk Wire) - League troops began leaving Veloria on Thursday.\n\nUPDATE, March 20: A league spokesman said the withdrawal was complete and the units had reached their bases.`,
  ])

  it.each(['when was the withdrawal complete', 'when did the league fully bail out of veloria'])('%j: dates the note, not the deed it reports', (q) => {
    expect(engine.ask(q).answer ?? '').not.toContain('March 20')
  })
})

describe('a day a state was imposed on, beside the day it ends', () => {
  const body = 'The interior ministry says the nationwide curfew imposed on February 3 will end on February 28, a week earlier than planned.'
  it.each(['when will the curfew end', 'the curfew ended till wat date', 'the curfew, it ended on wat date'])('%j → the end', (q) => {
    expect(askReport(body, q).answer).toMatch(/February 28/)
  })
  it('still answers when it began', () => {
    expect(askReport(body, 'when was the curfew imposed').answer).toMatch(/February 3/)
  })
})
