import { describe, expect, it } from 'vitest'
import { pagesEngine } from '../support/made-up-report.ts'
import { analyzeQuestion } from '../../src/answer/index.ts'

// Made-up pages: a league's secretary general and the commander of its force, named side by side.
const ceremony = pagesEngine([
  `League troops start to leave Veloria\nMarch 20, 2023\n\nTroops of the Northern League began leaving Veloria on Thursday, a week after they arrived.\n\nA ceremony marking the start of the withdrawal was held in Velsk. It was attended by League Secretary General Ivo Lask, the commander of the joint peacekeeping force Petr Marten, and Veloria's defence minister Anna Berg.`,
])

describe('a post written between two names in a list belongs to the second', () => {
  it.each(['who commanded the league force', 'who was commanding the league troops'])('%j → the commander, not the name before his post', (q) => {
    const got = ceremony.ask(q)
    expect(got.answer ?? '').not.toContain('Ivo Lask')
    expect(got.answer ?? '').toContain('Petr Marten')
  })

  it('gives the first name no role that runs into the second', () => {
    expect(ceremony.ask('who is ivo lask').answer ?? '').not.toContain('Marten')
  })
})

describe('"the general running X" asks for an officer, not a secretary general', () => {
  const engine = pagesEngine([
    `League force lands in Veloria\nMarch 8, 2023\n\nLeague Secretary General Ivo Lask told reporters the joint force had begun its mission in Veloria on Monday.\n\nThe force is under Colonel General Petr Marten, who normally heads Norland's marines.`,
  ])

  it.each(['who was the general running the league force', 'which general ran the league force'])('%j is never the secretary general', (q) => {
    expect(engine.ask(q).answer ?? '').not.toContain('Lask')
  })

  it('still answers who the secretary general is, however spelt', () => {
    expect(engine.ask("who's the league secratary general").answer).toContain('Ivo Lask')
  })
})

describe('one who commanded an operation is who was in charge of it, led it or ran it', () => {
  const engine = pagesEngine([
    `League force leaves Veloria\nMarch 20, 2023\n\nTroops of the Northern League began leaving Veloria on Thursday, a week after they arrived.\n\nLeague Secretary General Ivo Lask met Veloria's president in the capital, where the president thanked the league.\n\nColonel General Petr Marten, who commanded the whole operation, flew out of Velsk on Friday with the last of his troops.`,
    `Marines land in Veloria\nMarch 9, 2023\n\nThe Norland-led force of the Northern League landed in Velsk on Monday at the request of Veloria's president.\n\nIt will guard the port and the power station.`,
  ])

  it.each(['who was in charge of the league operation in veloria', 'who was running the whole league op', 'who led the league operation'])(
    '%j → the commander',
    (q) => {
      expect(engine.ask(q).answer ?? '').toContain('Petr Marten')
    },
  )

  it('still takes the head of the league for no commander of its force', () => {
    expect(engine.ask('who is the head of the league').answer ?? '').not.toContain('Marten')
  })
})

describe('a weak synonym of the question’s verb is not its verb', () => {
  it('"took off" says nothing of who led: the commander on board is who ran the operation', () => {
    const engine = pagesEngine([
      `Last league troops leave Veloria\nMarch 19, 2023\n\nNorland's defence ministry says four transport aircraft took off from Velsk carrying the last marines, and the commander of the whole operation, Colonel General Petr Marten, was on board.\n\nThe league's secretary general, Ivo Lask, thanked the troops in a message.`,
    ])
    expect(engine.ask('who was running the whole peacekeeping op').answer ?? '').toContain('Petr Marten')
  })
})

describe('a force called "Norland-led" is not thereby one who leads it', () => {
  // Every sentence calling the force "Norland-led" would otherwise match "who led it" as well as the one naming its commander.
  const engine = pagesEngine([
    `Norland-led force lands in Veloria\nMarch 8, 2023\n\nSoldiers of the Norland-led force of the Northern League began landing in Veloria on Monday.\n\nThe Norland-led league force will guard the airport and the port in Veloria, the league said.\n\nThe Norland-led operation is the league's first in Veloria.\n\nNorland's defence ministry said Colonel General Petr Marten, the head of its marines, would command the troops.\n\nVeloria's president thanked the league.`,
  ])

  it.each(['who was in charge of the league force in veloria', 'who is running the league force in veloria', 'who led the league force in veloria'])(
    '%j ranks the commander among the top three passages',
    (q) => {
      expect(engine.retrieve(q, 3).some((c) => c.excerpt.includes('Petr Marten'))).toBe(true)
      expect(engine.ask(q).answer ?? '').toContain('Petr Marten')
    },
  )
})

describe('troops "under General X" are led by X', () => {
  const engine = pagesEngine([
    `Norland sends marines to Veloria\nMarch 8, 2023\n\nNorland's president Eva Sorn said on Monday that the marines would stay in Veloria for a month.\n\nSome 400 Norland marines under General Petr Marten landed in Velsk on Monday.\n\nVeloria's prime minister Ivo Lask thanked Norland.`,
  ])

  it.each(['who was in charge of the norland marines', 'who led the marines'])('%j → the general', (q) => {
    expect(engine.ask(q).answer ?? '').toContain('Petr Marten')
  })

  it('gives no one else for it', () => {
    expect(engine.ask('who is running the norland marines').answer ?? '').not.toMatch(/Sorn|Lask/)
  })
})

describe('"which general" is answered by no label after the word "General"', () => {
  const engine = pagesEngine([
    `League force lands in Veloria\nMarch 8, 2023\n\nLeague Secretary General Ivo Lask told reporters the joint force had begun its mission in Veloria on Monday.\n\nThe mission is being run by Colonel-General Petr Marten, who has commanded Norland's marines since 2016, a spokesman said.`,
  ])

  it.each(['which general was in charge of the whole peacekeeping thing', 'which general ran the league force', 'which colonel general commands the force'])(
    '%j gives no piece of a name or a sentence',
    (q) => {
      const answer = engine.ask(q).answer ?? ''
      expect(answer === '' || answer.includes('Petr Marten')).toBe(true)
    },
  )
})

describe('a relative clause after the one who leads ("who has commanded X and led Y")', () => {
  it('does not make the body he commanded the doer of the verb after it', () => {
    const engine = pagesEngine([
      `League force lands in Veloria\nMarch 8, 2023\n\nThe mission is being run by Colonel-General Petr Marten, who has commanded Norland's Airborne Forces since 2016 and led the league's grouping in Ostria in 2019, a spokesman said.\n\nThe force began its work on Monday.`,
    ])
    expect(engine.ask('which general was in charge of the whole mission').answer).toContain('Petr Marten')
  })
})

// A general who did something is a person; a general hospital or council is not, nor a director general any general.
describe('"which general" that did something asks for an officer', () => {
  const engine = pagesEngine([
    `Army pulls back in Varsk\nMarch 8, 2023\n\nLieutenant General Ruslan Bey, the army's chief of staff, ordered troops back to barracks on Wednesday.\n\nDirector General of the state broadcaster, Nika Pell, resigned on Tuesday.\n\nProsecutor General Rufat Amir ordered the arrests of the organisers.\n\nTwo wounded officers were treated at Varsk Central General Hospital.`,
  ])
  it.each([
    ['which general ordered troops back to barracks', 'person'],
    ['which russian general was in charge of the force', 'person'],
    ['which general hospital were the wounded taken to', 'other'],
    ['which general council suspended the lawyers', 'other'],
  ])('%j asks for a %s', (q, kind) => {
    expect(analyzeQuestion(q, () => true).kind).toBe(kind)
  })
  it('answers with the officer', () => {
    expect(engine.ask('which general ordered troops back to barracks').answer ?? '').toContain('Bey')
  })
  it.each(['which general resigned on tuesday', 'which general ordered the arrests of the organisers', 'which varsk general resigned on tuesday'])(
    '%j: no director or prosecutor general',
    (q) => {
      expect(engine.ask(q).answer ?? '').not.toMatch(/Pell|Amir/)
    },
  )
})

describe('"which director general" asks for the civil post', () => {
  const engine = pagesEngine([
    `Broadcaster chief quits\nMarch 8, 2023\n\nNina Falk, director general of the state broadcaster, resigned on Tuesday.\n\nEli Rask, the port's general manager, said the strike would go on.\n\nMajor General Timur Ash ordered troops back to barracks.`,
  ])
  it('answers with the director general, not a general manager or an officer', () => {
    expect(engine.ask('which director general resigned').answer ?? '').toContain('Falk')
  })
  it('takes no general manager for a general', () => {
    expect(engine.ask('which general said the strike would go on').answer ?? '').not.toContain('Rask')
  })
})

// The inspector general opened it: no officer did, and the general of another deed in the sentence is no answer.
describe('"which general" whose deed a civil general did', () => {
  it('gives no officer of another deed', () => {
    const engine = pagesEngine([
      `Army pulls out of quarantine zone\nMarch 8, 2023\n\nMajor General Timur Ash ordered troops to withdraw from the quarantine zone on Tuesday, a day after Inspector General Olga Penn opened an inquiry into the army's handling of the outbreak.\n\nThe zone was set up last month.`,
    ])
    expect(engine.ask('which general opened an inquiry into the army').answer ?? '').not.toContain('Ash')
  })
})

describe('"the general leading the NLF peacekeepers": what the post does its deed to is no body the post is of', () => {
  const engine = pagesEngine([
    `Peacekeepers reach Veloria\nMarch 20, 2023\n\nThe Northern League Force (NLF) sent its peacekeepers to Veloria on March 6.\n\nThe force was placed under Colonel General Petr Marten, commander of Norland's marines.`,
  ])
  it.each(['who was the general in charge of the nlf peacekeepers', 'who was the commander leading the nlf peacekeepers'])('%j → the general', (q) => {
    expect(engine.ask(q).answer ?? '').toContain('Petr Marten')
  })
  it("still asks for the body a post is of: the NLF's general is none named", () => {
    expect(engine.ask("who is the nlf's general").answer ?? '').not.toContain('Petr Marten')
  })
})
