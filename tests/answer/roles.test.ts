import { describe, expect, it } from 'vitest'
import { findMentions } from '../../src/answer/entities.ts'
import { rolesAround } from '../../src/answer/people.ts'
import { holdsDoerPost } from '../../src/answer/role-fit.ts'
import { askReport, pagesEngine, reportEngine } from '../support/made-up-report.ts'
import { lowWords } from '../../src/engine/answer-shape.ts'
import { analyzeQuestion } from '../../src/answer/index.ts'

// A made-up sentence listing people, each with a post: the post before one name is not the previous name's.
const LIST =
  'The ceremony was attended by League Secretary General Ivo Lask, the commander of the rescue forces Colonel General Eva Sorn, and Defence Minister Anton Marr.'

describe('posts in a list of people', () => {
  it.each([
    ['Ivo Lask', ['League Secretary General']],
    ['Eva Sorn', ['Colonel General', 'commander of the rescue forces']],
    ['Anton Marr', ['Defence Minister']],
  ])('%s holds %j', (name, roles) => {
    const m = findMentions(LIST).find((x) => x.type === 'person' && x.text === name)!
    expect(rolesAround(LIST, m)).toEqual(roles)
  })

  it('answers who commanded the force with the commander, not the name before her', () => {
    const engine = pagesEngine([`Rescue mission ends\nMarch 20, 2023\n\n${LIST}\n\nThe teams flew home on Sunday.`])
    expect(engine.ask('who was commanding the rescue forces').answer ?? '').not.toContain('Lask')
  })
})

describe('a post written with a possessive', () => {
  it('keeps the possessive, not a word "s"', () => {
    const text = "Separately, Norway's foreign minister Ivo Lask is chairing a video meeting."
    const m = findMentions(text).find((x) => x.type === 'person' && x.text === 'Ivo Lask')!
    expect(rolesAround(text, m)).toEqual(["Norway's foreign minister"])
  })
})

describe('a post set off with "his" before the name', () => {
  const engine = pagesEngine([
    `Veloria's former leader breaks silence\nMarch 9, 2023\n\nIn a statement published on Monday by his spokesman, Petr Holm, former president Ivo Lask said he had handed power to Eva Sorn in 2019 and had since retired.\n\nSorn's office gave no comment.`,
  ])

  it.each(["who is lask's spokesman", 'whos laks spokesman'])('%j → the spokesman of the person named nearest', (q) => {
    expect(engine.ask(q).answer).toContain('Petr Holm')
  })

  it('is not the post of another person the sentence names', () => {
    expect(engine.ask("who is sorn's spokesman").answer ?? '').not.toContain('Holm')
  })

  it("is the clause's subject's, not the person named nearest", () => {
    const talks = pagesEngine([
      `Minister denies wrongdoing\nMarch 9, 2023\n\nIgor Fell spent Tuesday evening in talks with Prime Minister Anton Kel and later, through his spokesman, Alen Toma, denied any wrongdoing.\n\nKel's office said the talks would go on.`,
    ])
    expect(talks.ask("who is kel's spokesman").answer ?? '').not.toContain('Toma')
    expect(talks.ask("who is fell's spokesman").answer).toContain('Alen Toma')
  })
})

describe('a rank the question gives a post', () => {
  // The review's probe: a mayor and, after him, "his deputy".
  const body = 'Among those killed were Oster mayor Ivo Lask, his deputy Colonel Eva Sorn, and the police chief, Mara Tenn.\n\nThe town mourned on Friday.'
  it('reads "his deputy" before a rank and name as that person\'s post', () => {
    const text = body.split('\n')[0]!
    const m = findMentions(text).find((x) => x.type === 'person' && x.text === 'Eva Sorn')!
    expect(rolesAround(text, m)).toContain('deputy')
  })

  it('does not answer "who was the deputy mayor" with the mayor', () => {
    expect(pagesEngine([`Oster mourns\nMarch 20, 2023\n\n${body}`]).ask('who was the deputy mayor').answer ?? '').not.toContain('Lask')
  })
})

describe('a post or a body "of" somewhere is no person', () => {
  const SENTENCE =
    'Deputies of the Assembly on Tuesday approved the candidacy of Ivo Lask for the post of Prime Minister of the Republic of Velmar, the VELTA correspondent reports.'

  it.each(['Deputies of the Assembly', 'Republic of Velmar', 'Prime Minister of the Republic of Velmar', 'Ivo Lask'])('%j', (text) => {
    const people = findMentions(SENTENCE)
      .filter((m) => m.type === 'person')
      .map((m) => m.text)
    expect(people.includes(text)).toBe(text === 'Ivo Lask')
  })

  it('is not the answer to who holds the post', () => {
    const engine = pagesEngine([`Assembly backs new premier\nMarch 20, 2023\n\n${SENTENCE}\n\nThe vote was unanimous.`])
    expect(engine.ask('who is the new prime minister').answer ?? '').not.toMatch(/Republic|Deputies/)
  })
})

describe('who came into a post', () => {
  const OLD = 'President Ivo Lask accepted the resignation of the cabinet of Prime Minister Anton Marr on Monday.'
  it.each([
    "On Tuesday, parliament approved Eva Sorn as the country's new prime minister.",
    'Following the vote, Lask signed a decree appointing Eva Sorn Prime Minister.',
    'On Tuesday, Lask named Eva Sorn acting prime minister.',
    'Lask signed the decree on the appointment of Eva Sorn as Prime Minister.',
  ])('"who became / got made pm" is answered by the one who came in, not the one who left: %j', (sentence) => {
    const engine = pagesEngine([`Velmar gets a new premier\nMarch 20, 2023\n\n${OLD}\n\n${sentence}\n\nOfficials gave no further details.`])
    for (const q of ['who became pm after the cabinet quit', 'who got made prime minister']) {
      const r = engine.ask(q)
      expect(r.answer ?? '').not.toContain('Marr')
      expect(r.answer).toContain('Eva Sorn')
    }
  })

  it('is no holder of the post of another body the sentence names ("the chair of the Security Council" for the pact\'s)', () => {
    const engine = pagesEngine([
      `ALERT: Velta – nationwide unrest, NDP force deployed, blackout\nMarch 7, 2023\n\n**Escalation.** President Ivo Lask dismissed the government on 5 March and took over the chair of the Security Council.\n\n**Outlook.** Expect more arrests.`,
      `Velta thread: the NDP comes in\nMarch 8, 2023\n\n3/ Big one: Lask says he is now chairing the Security Council himself.\n\n4/ The NDP, a pact of five states, has never sent troops before.`,
    ])
    expect(engine.ask('who was chairing the ndp when they said yes').answer ?? '').not.toContain('Lask')
  })

  it('is the one who came in, where a former holder\'s sentence names a body\'s "successor"', () => {
    const engine = pagesEngine([
      `Velmar leader says the league force will leave\nMarch 20, 2023\n\nLawmakers in the lower house also confirm Eva Sorn as prime minister, replacing the cabinet Lask fired at the height of the riots\n\nThe same session approved Eva Sorn, until this month the first deputy prime minister, as head of government.\n\nAmong those held is Ivo Marr, a two-time prime minister who until last week ran the National Security Board, the successor to the Soviet-era KGB.`,
    ])
    expect(engine.ask('who became pm after the cabinet got fired').answer).toContain('Eva Sorn')
  })

  it.each([
    ['Lask signed a decree appointing Eva Sorn Prime Minister.', 'Prime Minister'],
    ['Deputies approved the candidacy of Eva Sorn for the post of Prime Minister.', 'Prime Minister'],
    ["Parliament approved Eva Sorn as the country's new prime minister.", "the country's new prime minister"],
    ['Lask named Eva Sorn acting prime minister and left.', 'acting prime minister'],
    // The post ends before the words after it: a day, a conjunction.
    ['Parliament approved Eva Sorn as prime minister on Tuesday.', 'prime minister'],
    ['Lask kept Eva Sorn as finance minister and named a new deputy.', 'finance minister'],
    ['Voters elected Eva Sorn as mayor in place of Ivo Lask.', 'mayor in place of Ivo Lask'],
    // "to" and "for" go on to what the post is of.
    ['The council approved Eva Sorn as ambassador to Norland on Tuesday.', 'ambassador to Norland'],
    ['Parliament approved Eva Sorn as minister for culture on Tuesday.', 'minister for culture'],
  ])('%j gives Eva Sorn the post %j', (text, role) => {
    const m = findMentions(text).find((x) => x.type === 'person' && x.text === 'Eva Sorn')!
    expect(rolesAround(text, m)).toContain(role)
  })
})

describe('who came into a post, with a day after it', () => {
  it('is answered by the one named as coming into it', () => {
    expect(askReport('The Velsk council approved Ivo Lask as mayor on Tuesday.', 'who became the new mayor of velsk').answer).toContain('Ivo Lask')
  })
})

describe('who left a post and who came in, in one sentence', () => {
  // Both in one sentence: the holder whose government resigned, and the one named in his place.
  const engine = pagesEngine([
    "Velmar's cabinet goes\nMarch 20, 2023\n\nBefore dawn, President Ivo Lask accepted the resignation of Prime Minister Anton Marr's government and named Deputy Prime Minister Eva Sorn as acting prime minister.\n\nOfficials gave no further details.",
  ])
  it('"quit" is "resign": who was pm before the cabinet quit is the one whose government resigned', () => {
    expect(engine.ask('who was pm before the cabinet quit').answer).toMatch(/Anton Marr/)
  })
  it.each(["who's the new pm after the government quit", 'who is the new prime minister'])('%j is never the one who resigned', (q) => {
    expect(engine.ask(q).answer ?? '').not.toMatch(/Marr/)
  })
  it('the one named in his place is the new one', () => {
    expect(engine.ask('who is the new prime minister').answer).toMatch(/Eva Sorn/)
  })
})

describe('a post asked for by its informal name', () => {
  const engine = reportEngine(
    'Admiral Ines Varga, the head of the Coastal Guard League, said the mission would last about ten days.\n\n' +
      "The league's navy chief, Ivo Lask, said the ships were ready.",
  )
  it.each([
    ['who is the league boss', /Varga/],
    ["who's the navy boss", /Lask/],
  ])('%j → %s', (q, name) => {
    expect(engine.ask(q).answer).toMatch(name)
  })
  it('still counts bosses where the article says bosses', () => {
    expect(reportEngine('Police arrested 12 crime bosses in Portsea on Monday.\n\nShops reopened.').ask('how many crime bosses were arrested').answer).toBe(
      '12 crime bosses',
    )
  })
})

describe('who went and who came in: made-up shapes a review probed', () => {
  const ask = (paragraphs: string[], q: string) => reportEngine(paragraphs.join('\n\n')).ask(q).answer ?? ''
  it.each([
    [['After Anton Marr resigned the president named Eva Sorn as the new prime minister.', 'Ivo Lask, the new interior minister, spoke.'], "who's the new pm"],
    [['Prime Minister Anton Marr was replaced by Eva Sorn, the former finance minister, after a vote in parliament.'], 'who is the new prime minister'],
    [['Prime Minister Anton Marr resigned hours before parliament elected Eva Sorn as the new prime minister.'], "who's the new pm"],
  ])('the new holder of %j is not lost to the one who went (%j)', (paragraphs, q) => {
    expect(ask(paragraphs, q)).toMatch(/Eva Sorn/)
  })
  it('one who "will be replaced" is not the new holder', () => {
    expect(ask(['Prime Minister Anton Marr will be replaced by Finance Minister Eva Sorn, parliament said on Monday.'], "who's the new pm")).not.toMatch(/Marr/)
  })
})

describe('"quit" that is no resignation', () => {
  const ask = (paragraphs: string[], q: string) => reportEngine(paragraphs.join('\n\n')).ask(q).answer ?? ''
  it.each([
    [['President Ivo Lask, 71, quit smoking in 2015, his office said.', 'Doctors said he was in good health.'], 'when did lask resign', /2015/],
    [['President Ivo Lask quit smoking in 2015, his office said.', 'He resigned as president in 2021.'], 'when did the president quit smoking', /2021/],
    [['Finance Minister Eva Sorn threatened on Monday to quit if parliament passed the budget.'], 'when did the finance minister resign', /Monday/],
    [["Norland's envoy Ivo Lask quit the Velta talks on Monday, saying Velta had broken the ceasefire."], 'who resigned', /Lask/],
    [['Protesters on March 12 called on Prime Minister Anton Marr to quit.', 'Marr said on March 15 he would stay.'], 'when did marr resign', /March 12/],
  ])('%j is not answered for %j', (paragraphs, q, wrong) => {
    expect(ask(paragraphs, q)).not.toMatch(wrong)
  })
})

describe('a role that does the deed asked about', () => {
  // People of one list, each with a post: the one whose post is the doer of the question's verb answers it, though
  // another stands nearer the organisation's name.
  const body =
    'The Northern Defence League (NDL) sent peacekeepers to Veltia in March.\n\nA farewell ceremony for the force was held in Portville on Thursday. It was attended by NDL Secretary General Ivo Lask, the commander of the collective peacekeeping forces Colonel General Ana Berg, Veltian Deputy Defence Minister Karl Dunn and the mayor of Portville Olaf Brandt.'
  it.each([
    ['who was commanding the ndl troops', 'Ana Berg'],
    ['who was the ndl secretary general', 'Ivo Lask'],
  ])('%j → %s', (q, name) => {
    expect(askReport(body, q).answer).toContain(name)
  })
})

describe('the doer role, and roles that are not it', () => {
  it.each([
    [
      'The army, commanded by General Tomas Rada, moved north on Friday. Colonel Lena Holub, deputy commander of the army’s northern corps, said the roads were clear.',
      'who was commanding the army',
      'Lena Holub',
    ],
    [
      'The government delegation was led by Ivo Krenek and the opposition team was headed by Marta Olin. Vera Dunn, leader of the opposition in parliament, did not attend.',
      'who was leading the opposition delegation',
      'Vera Dunn',
    ],
  ])('%#: %j is not answered with %j', (body, q, wrong) => {
    expect(askReport(body, q).answer ?? '').not.toContain(wrong)
  })
})

describe('a relative pronoun before a title is no part of the role', () => {
  it('"which finance minister Teodor Blask has called …"', () => {
    const body = 'Parliament passed the 2024 budget, which finance minister Teodor Blask has called the toughest in a decade.'
    expect(askReport(body, 'who is the finance minister').answer).toBe('Teodor Blask, finance minister')
  })
})

describe('a phrase after a name that speaks for the sentence', () => {
  it.each([
    ['Sorn accepted the resignation of the cabinet led by Prime Minister Piotr Orlov, the presidential press office said.', 'Piotr Orlov'],
    ['The flotilla was led by Admiral Ivo Lask, the navy says.', 'Ivo Lask'],
  ])('gives no post: %j', (text, name) => {
    const m = findMentions(text).find((x) => x.type === 'person' && x.text === name)!
    expect(rolesAround(text, m).join(' ')).not.toMatch(/office|navy/)
  })

  it('keeps the post where the name is no object of a preposition ("Eva Sorn, the mayor said …", sloppy copy)', () => {
    const text = 'Eva Sorn, the mayor said the dam would hold.'
    const m = findMentions(text).find((x) => x.type === 'person' && x.text === 'Eva Sorn')!
    expect(rolesAround(text, m)).toContain('the mayor')
  })

  it('still gives the post an apposition closed by a comma ("Piotr Orlov, the prime minister, said")', () => {
    const text = 'Piotr Orlov, the prime minister, said the cabinet would resign.'
    const m = findMentions(text).find((x) => x.type === 'person' && x.text === 'Piotr Orlov')!
    expect(rolesAround(text, m)).toContain('the prime minister')
  })
})

describe('a post set off before a title, or told in a relative clause with an adverb', () => {
  it.each([
    [
      "At a send-off in Velsk, the commander of the alliance's force, Polish Colonel General Eva Sorn, said the mission was over.",
      'Eva Sorn',
      ['Polish Colonel General', "commander of the alliance's force"],
    ],
    [
      'Latvian Prime Minister Ivo Lask, who currently chairs the pact council, said troops would go.',
      'Ivo Lask',
      ['Latvian Prime Minister', 'chair of the pact council'],
    ],
    ['Anton Marr, who also heads the port authority, resigned.', 'Anton Marr', ['head of the port authority']],
  ])('%s: %s holds %j', (text, name, roles) => {
    const m = findMentions(text).find((x) => x.type === 'person' && x.text === name)!
    expect(rolesAround(text, m)).toEqual(roles)
  })

  it('answers who commanded the force with the officer a post set off before her rank names', () => {
    const page = `Alliance troops head home\nMarch 14, 2024\n\nThe Northern Defence Pact (NDP) began flying its troops home from Velmar on Thursday.\n\nAt a send-off in Velsk, the commander of the alliance's force, Polish Colonel General Eva Sorn, said the mission was over.`
    expect(pagesEngine([page]).ask('who was the polish general in charge of the ndp force').answer ?? '').toContain('Eva Sorn')
  })
})

describe('a post with a possessive, set off before the name', () => {
  it.each([
    ['Her first deputy, Aron Vik, will act as health minister.', 'Aron Vik', 'first deputy'],
    ['His spokesman, Aron Vik, said the talks were over.', 'Aron Vik', 'spokesman'],
  ])('%s: %s holds %j', (text, name, role) => {
    const m = findMentions(text).find((x) => x.type === 'person' && x.text === name)!
    expect(rolesAround(text, m)).toContain(role)
  })

  it('makes the deputy who acts no answer to who the minister is, not the deputy', () => {
    const page = `Health minister resigns\nMay 2, 2024\n\nHealth Minister Ruta Sell resigned on Monday over the hospital scandal.\n\nHer first deputy, Aron Vik, will act as health minister until the president names a successor.`
    expect(pagesEngine([page]).ask('who is the health minister, not the deputy').answer ?? '').not.toContain('Vik')
  })
})

describe('the post someone moves to', () => {
  it.each([
    ['Education Minister Lisa Berge becomes culture minister.', 'Lisa Berge', ['Education Minister', 'culture minister']],
    ['The previous finance minister, Nils Borg, becomes economy minister.', 'Nils Borg', ['previous finance minister', 'economy minister']],
    // Taking over as, or being appointed, a post; and what the post is of, up to the next phrase.
    ['Bolat Akmer took over as energy minister on January 11.', 'Bolat Akmer', ['energy minister']],
    ['His first deputy, Sofia Lang, was appointed head of the bureau the same day.', 'Sofia Lang', ['first deputy', 'head of the bureau']],
    ['Ana Berg was named chairman of the State Security Committee on Friday.', 'Ana Berg', ['chairman of the State Security Committee']],
    ['She named Ian Brook as head of the city’s planning office on Monday.', 'Ian Brook', ['head of the city’s planning office']],
    ['Ivo Lask was appointed to head the force.', 'Ivo Lask', []],
  ])('%s: %s holds %j', (text, name, roles) => {
    const m = findMentions(text).find((x) => x.type === 'person' && x.text === name)!
    expect(rolesAround(text, m)).toEqual(roles)
  })
})

describe('finds the sentences all count against agree on nothing', () => {
  // A former deputy named in three articles is no rival to the minister named in two.
  const engine = pagesEngine([
    `Veloria reshuffles cabinet\nMarch 9, 2023\n\nDefence Minister Ivo Lask keeps his post, while Deputy Defence Minister Eva Sorn moves to the Finance Ministry as a deputy minister.`,
    `League envoy in Velsk\nMarch 10, 2023\n\nThe league envoy met Defence Minister Ivo Lask on Wednesday to discuss the pullout.`,
    `New finance team sworn in\nMarch 12, 2023\n\nVELSK, March 12 (Velpress) - Former Deputy Defence Minister Eva Sorn was sworn in as finance minister on Sunday.`,
    `Sorn takes finance post\nMarch 13, 2023\n\nEva Sorn, a former deputy defence minister, said on Monday she would cut spending.`,
  ])

  it.each(["who's the defense minister", 'who is the defence minister of veloria'])('%j → the minister', (q) => {
    expect(engine.ask(q).answer).toContain('Ivo Lask')
  })
})

describe('a post set off before a name, in capitals or opening the sentence', () => {
  it.each([
    ['The Prosecutor General, Anna Vik, went before parliament on Monday.', 'Anna Vik', 'Prosecutor General'],
    ['Margaret, the Chief Justice, Ivo Lask, opened the hearing.', 'Ivo Lask', 'Chief Justice'],
    ['The head of the agency, Dana Bek, resigned on Friday.', 'Dana Bek', 'head of the agency'],
    ['Its Secretary General, Oren Mal, said the troops would leave.', 'Oren Mal', 'Secretary General'],
  ])('%j gives %s the post %j', (text, name, post) => {
    const m = findMentions(text).find((x) => x.type === 'person' && x.text === name)!
    expect(rolesAround(text, m)).toContain(post)
  })

  it('reads no post in an opening phrase that names none', () => {
    const text = 'The next day, Ivo Lask flew to Velsk.'
    const m = findMentions(text).find((x) => x.type === 'person' && x.text === 'Ivo Lask')!
    expect(rolesAround(text, m)).toEqual([])
  })

  // Who holds a post now is not one the articles call its previous holder.
  it('answers who holds a post with its holder, not the one written as its previous holder', () => {
    const engine = pagesEngine([
      `Cabinet reshuffle in Norvik\nMarch 20, 2023\n\nOn Monday Prime Minister Ola Brun named Viktor Sand as finance minister.\n\nThe previous finance minister, Nils Borg, becomes economy minister.\n\nThe Interior Minister, Erik Holm, keeps his post.`,
    ])
    expect(engine.ask('who is the finance minister').answer ?? '').toContain('Sand')
    expect(engine.ask('who is the interior minister').answer ?? '').toContain('Holm')
  })
})

describe('a post the question names as the doer of its deed', () => {
  it.each([
    [['mayor of Marrow'], 'who did the mayor fire last month', true],
    [['Defence Minister'], 'who did the defence minister meet', true],
    [['deputy mayor'], 'who did the mayor fire last month', false],
    [['mayor of Marrow'], 'who fired the mayor', false],
  ])('%j holds the doer post of %j: %s', (roles, question, expected) => {
    expect(holdsDoerPost(roles, question)).toBe(expected)
  })

  // The mayor is newly read from "The mayor of Velsk, Ilse Varn, …", and is the one who fired.
  it('answers whom the mayor fired with the one fired, never the mayor', () => {
    const engine = pagesEngine([
      `Velsk mayor in hospital\nMarch 20, 2023\n\nThe mayor of Velsk, Ilse Varn, was taken to hospital on Sunday.\n\nVarn fired her deputy, Sten Olk, last month over a road contract.\n\nDefence Minister Karl Ruda met Ilse Varn on Friday.`,
    ])
    expect(engine.ask('who did the mayor fire last month').answer ?? '').not.toContain('Varn')
    expect(engine.ask('who did the defence minister meet').answer ?? '').not.toContain('Ruda')
  })
})

// The governor's sentence says every word of the question; the first deputy's says fewer. He holds no such rank, so
// he is no rival; "who dismissed the deputy" still asks for no deputy.
describe('a rank the question asks for sets aside holders of the post without it', () => {
  const engine = pagesEngine([
    `Central bank reshuffle\nMarch 20, 2023\n\nThe governor of Norvik's central bank, Ola Rikk, said on Tuesday that the bank's first deputy governor would now run banking supervision.\n\nFirst Deputy Governor Sunniva Dahl took office at the central bank in May.\n\nThe bank's board meets again in June.`,
  ])
  it.each(['who is the first deputy governor of the central bank', 'who is the deputy governor of the central bank'])('%j: the first deputy', (q) => {
    expect(engine.ask(q).answer ?? '').toContain('Dahl')
  })
  it('still asks for no deputy in who dismissed one', () => {
    expect(engine.ask('who dismissed the deputy governor').answer ?? '').not.toContain('Dahl')
  })
})

// "which analyst" describes the one asked for, whom the article calls a political scientist.
describe('a person asked for by a loose description the article words otherwise', () => {
  it('answers which analyst said it with the political scientist who did', () => {
    const engine = pagesEngine([
      `Debate over the mission\nMarch 20, 2023\n\nThe political scientist Ivo Lask wrote on Facebook that the real purpose of the mission was to push Norway into a club of dictators.\n\nNorwegian Prime Minister Ola Brun announced the decision overnight.\n\nThe troops flew home on Sunday.`,
    ])
    expect(engine.ask('which norwegian analyst said the mission was really abt lumping norway in w autocrats').answer ?? '').toContain('Ivo Lask')
  })
  it.each([
    ['which armenian analyst said it', 'analyst'],
    ['which expert warned of it', 'expert'],
    ['which minister said it', undefined],
  ])('%j counts %j for little', (q, word) => {
    const low = lowWords(analyzeQuestion(q, () => true))
    if (word) expect(low).toContain(word)
    else expect(low.has('minister')).toBe(false)
  })
})

describe('a deputy post asked for is held by the deputy', () => {
  it.each([
    [['deputy mayor'], 'who did the deputy mayor fire', true],
    [['deputy mayor'], 'who did the mayor fire', false],
  ])('%j holds the doer post of %j: %s', (roles, question, expected) => {
    expect(holdsDoerPost(roles, question)).toBe(expected)
  })
  const engine = pagesEngine([
    `Dale planner fired\nMarch 20, 2023\n\nDale's deputy mayor, Ines Tuul, fired the city planner, Ola Vos, on Monday.\n\nMayor Kari Berg said she had not been told.\n\nThe council meets on Friday.`,
  ])
  it.each(['who fired the deputy mayor', 'who did the deputy mayor fire'])('%j is not answered by the deputy mayor', (q) => {
    expect(engine.ask(q).answer ?? '').not.toContain('Tuul')
  })
})

describe("a post asked with its owner's possessive", () => {
  it("does not answer the museum's spokesperson with the police's", () => {
    const engine = pagesEngine([
      `Guards hurt in museum raid\nMarch 20, 2023\n\nThe suspect fled in a stolen van before he was stopped at a checkpoint. A police spokeswoman, Mira Sand, said both guards were in a stable condition.\n\nThe museum will reopen on Friday.`,
    ])
    expect(engine.ask("who is the museum's spokesperson").answer ?? '').not.toContain('Sand')
    expect(engine.ask('who is the police spokesperson').answer ?? '').toContain('Sand')
  })
})

describe('"the bloc\'s chief" where the text around names two blocs is the chief of neither', () => {
  const engine = pagesEngine([
    "Reactions to the CSTO mission in Veloria\nJanuary 10, 2022\n\nORSA, Jan 7 (Nordic Wire) - Veloria asked the Collective Security Treaty Organization (CSTO) for help, and the bloc sent a force of 2,000 troops.\n\nBRUSSELS, Jan 10 (Nordic Wire) - European Council President Pia Holm spoke by phone with Lask on Monday and offered European Union (EU) help with reforms. Jon Berg, the bloc's foreign policy chief, had earlier said the CSTO deployment was a worry.",
  ])
  it('is no answer to who the csto boss is', () => {
    expect(engine.ask('who is the csto boss').answer ?? '').not.toContain('Jon Berg')
  })
})

describe('a post of a body the question does not name', () => {
  const engine = pagesEngine([
    'In and out in ten days: what Veloria taught us about the NP\nJanuary 20, 2022\n\nFor most of its life the Northern Pact (NP) has been a bloc that met and drilled.\n\nLask is the obvious winner. He used a foreign force to secure key sites while he removed his rival Karl Ebb, the head of the Security Service.',
  ])
  it('is no answer to who was the boss of the force of a body it names', () => {
    expect(engine.ask('who was the boss of the np force in veloria').answer ?? '').not.toContain('Karl Ebb')
  })
})
