import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { buildEngine } from '../../src/engine/engine.ts'
import { askReport, pagesEngine, reportEngine } from '../support/made-up-report.ts'
import { BODY_SIZE, analyzeQuestion } from '../../src/answer/question.ts'
import { countedNoun } from '../../src/answer/question-parts.ts'
import { numberPart } from '../../src/answer/counts.ts'
import { countsOtherEvent } from '../../src/answer/tolls.ts'
import { countsDoers } from '../../src/answer/doer-counts.ts'

// A made-up deployment whose sentences count several things: only a count of what is asked answers "how many".
const TEXT = `Guard force lands in Veloria
April 2, 2023

The first four transport planes landed at Veloria's airport on Sunday, carrying the vanguard of the Coastal League's guard force.

Dozens of people were killed in the riots that preceded the landing, hospital officials said.

League officials said the guard force would number about 900 soldiers once all units arrive.`

function engineOf(text: string) {
  const r = parseArticle('veloria.txt', text)
  if (!r.ok) throw new Error(r.reason)
  return buildEngine({ articles: [r.article], skipped: [] })
}

describe('how many: a count of what is asked, or none', () => {
  const engine = engineOf(TEXT)
  it.each([
    ['how many soldiers are in the guard force', '900'],
    ['how many people were killed in the riots', 'Dozens'],
  ])('%j → %s', (q, answer) => {
    expect(engine.ask(q).answer).toContain(answer)
  })

  it('does not count the hurt as the troops sent, however many words stand between ("in total are reported hurt")', () => {
    const one = engineOf(
      TEXT.replace(
        'League officials said the guard force would number about 900 soldiers once all units arrive.',
        'Almost 300 people in total are reported hurt.',
      ),
    )
    expect(one.ask('how many soldiers did the league send in total').answer ?? '').not.toMatch(/300/)
  })

  it('prefers a figure that says what it counts to a bare one beside it ("300 people ..., of whom 12")', () => {
    const one = engineOf(`${TEXT}\n\nMore than 300 people sought hospital treatment after the riots, of whom 12 remain in intensive care.`)
    expect(one.ask('how many ppl went to hospital for treatment').answer).toContain('300')
  })

  it('never answers a count of troops with a count of planes or of the dead', () => {
    const one = engineOf(
      TEXT.replace(
        'League officials said the guard force would number about 900 soldiers once all units arrive.',
        'The league did not say how large the force was.',
      ),
    )
    const r = one.ask('how many soldiers did the league send')
    expect(r.answer ?? '').not.toMatch(/four|planes|dozens/i)
    expect(r.status).not.toBe('answered')
  })

  it('counts people in people when the sentence says the question in other words ("packed the square there")', () => {
    const one = engineOf(
      `${TEXT}\n\nBy Monday evening the rallies had spread to Dorvik, the port city. As many as 4,000 people crowded into the main square there, some staying until dawn.`,
    )
    expect(one.ask('how many ppl showed up in dorvik').answer).toContain('4,000')
    expect(one.ask('how many people died in dorvik').answer ?? '').not.toContain('4,000')
  })

  it('ranks first the sentence that counts the very thing asked about over one that counts something else', () => {
    const one = engineOf(
      `${TEXT}\n\nThe league's ships reached Dessa with 40 tonnes of supplies.\n\nOfficials in Dessa put the league's crews at roughly 1,200 sailors.`,
    )
    expect(one.retrieve('how many sailors did the league send to dessa', 1)[0]?.excerpt).toContain('1,200 sailors')
  })
})

describe('how many: typed with a typo, or asked of a part of a whole', () => {
  // "solid" is a word of this article: the stemmer makes the typo "soliders" into it.
  const engine = engineOf(`Border guard arrives in Tarnow
March 3, 2024

Engineers said the old bridge at Tarnow stood on solid rock.

Dessa sent 300 soldiers to the border town of Tarnow on Monday.

Officials said 40 people were killed in the clashes before the soldiers arrived. Nine of the dead were police officers, the ministry said.`)
  it.each([
    ['how many soliders did dessa send', '300'],
    ['how many of the dead were police officers', 'Nine'],
    ['of the ppl who died how many were police', 'Nine'],
    ['how many people were killed in the clashes', '40'],
  ])('%j → %s', (q, answer) => {
    expect(engine.ask(q).answer).toContain(answer)
  })
})

describe('how many died: a toll of one kind answers no question about another', () => {
  const engine = engineOf(`Unrest in Velta
May 2, 2023

The interior ministry said more than 3,000 people were detained across the country during the unrest.

Early on, the ministry said 18 members of the harbour police had died in the riots in Velta.`)
  it.each([
    ['early on how many members of the harbour police did the ministry say died', '18'],
    ['how many people were detained across the country', '3,000'],
  ])('%j → %s', (q, answer) => {
    expect(engine.ask(q).answer).toContain(answer)
  })

  it('shows, but does not give as the number of people who died, the deaths of one kind of people', () => {
    const r = engine.ask('early on how many people did the ministry say died')
    expect(r.answer).toBeNull()
    expect(r.citations.map((c) => c.excerpt).join(' ')).toContain('18 members of the harbour police')
  })
})

describe("how many were detained, in chat's words", () => {
  // Made-up page: a sentence with a force's figure and the crackdown's words, and one with the detained.
  const engine = engineOf(`Unrest in Velta
May 2, 2023

Following a request on 5 March, a contingent of just over 2,000 personnel was airlifted into Velta and assigned to guard strategic facilities while domestic security forces suppressed the unrest.

On 15 March the prosecutor reported 90 deaths, and roughly 4,000 people had been detained.`)
  it.each(['roughly how many got locked up durng the crackdown', 'how many ppl got nabbed in the crackdown'])('%j is not answered by the force', (q) => {
    expect(engine.ask(q).answer ?? '').not.toContain('2,000')
  })
})

describe('how many, with a limit typed after the noun ("how many days max")', () => {
  it('is answered by the figure of what is counted', () => {
    const body = 'On Tuesday the mayor of Velsk told the council that the crews had done their job, and he said the cleanup would take no more than 12 days.'
    expect(askReport(body, 'how many days max did the mayor say the cleanup would take').answer ?? '').toContain('12 days')
  })
})

describe('how many of one kind were among the dead', () => {
  const BODY = "The Velsk prosecutor's office has put the death toll at 90, and some 400 people were detained during the operation."

  it('is not answered by the whole toll, which counts no kind', () => {
    expect(askReport(BODY, 'how many police n soldiers were among the ppl killed').answer).toBeNull()
  })

  it('is not answered by the whole toll given with its unit', () => {
    const body = "Police and soldiers fought rioters in Velsk for three days. The prosecutor's office put the death toll at 90 people."
    expect(askReport(body, 'how many police were among the people killed in velsk').answer).toBeNull()
  })

  it('leaves the whole toll the answer to what the toll was', () => {
    expect(askReport(BODY, 'what was the death toll').answer ?? '').toContain('90')
  })
})

describe('how many of two kinds counted together', () => {
  // Made up: a bare figure of one kind beside a figure of the two the question counts.
  const r = parseArticle(
    'toll.txt',
    `Ministry gives toll
March 9, 2023

A ministry spokeswoman told reporters that 26 "armed raiders" had been killed and that 18 members of the police and the Border Guard had lost their lives.`,
  )
  if (!r.ok) throw new Error(r.reason)
  const engine = buildEngine({ articles: [r.article], skipped: [] })

  it.each(['how many police and border guard died', 'how many cops and border guards died', 'how many border guards died'])('%j', (q) => {
    const reply = engine.ask(q)
    expect(reply.answer ?? '').not.toMatch(/^26/)
    expect(reply.answer ?? '18').toMatch(/^18/)
  })
})

describe('how many: a unit that is a kind of what is counted, or what it is a kind of', () => {
  function engineOf(sentence: string) {
    const r = parseArticle('airlift.txt', `Airlift ends\nMarch 9, 2023\n\n${sentence}\n\nOfficials gave no further details.`)
    if (!r.ok) throw new Error(r.reason)
    return buildEngine({ articles: [r.article], skipped: [] })
  }
  it.each([
    ['On Friday, fourteen aircraft will fly home the Velta and Ostria contingents, while 70 trucks carry their equipment by road.', 'fourteen aircraft'],
    [
      'On Friday, 14 Norland military transport planes will fly home the Velta contingent, officials said, while 70 trucks carry the equipment.',
      '14 Norland military transport planes',
    ],
  ])('%j', (sentence, answer) => {
    const reply = engineOf(sentence).ask('how many planes will fly the velta troops home')
    expect(reply.status).toBe('answered')
    expect(reply.answer).toBe(answer)
  })
})

describe('how many: a part or a group is no count of the whole', () => {
  function engineOf(sentence: string) {
    const r = parseArticle('convoy.txt', `Convoy arrives\nMarch 9, 2023\n\n${sentence}\n\nOfficials gave no further details.`)
    if (!r.ok) throw new Error(r.reason)
    return buildEngine({ articles: [r.article], skipped: [] })
  }
  it.each([
    ['Norland sent 12 tanks and 30 trucks to Velsk on Monday.', 'how many vehicles did norland send', /12 tanks/],
    ['Norland sent 12 planes and 4 helicopters to Velsk on Monday.', 'how many aircraft did norland send', /12 planes/],
    ['Norland sent 3 units and 400 soldiers to Velsk on Monday.', 'how many troops did norland send', /3 units/],
  ])('%j: %s', (sentence, question, wrong) => {
    expect(engineOf(sentence).ask(question).answer ?? '').not.toMatch(wrong)
  })

  it('counts troops of two nationalities, not the first nationality', () => {
    expect(engineOf('France and Germany sent 500 troops to Velsk on Monday.').ask('how many french and german troops were sent').answer).toBe('500 troops')
  })
})

describe('how many of one nation: never a total of several', () => {
  const engine = engineOf(
    `Force at full strength\nMarch 9, 2023\n\nThe Northern League sent its force to Veloria on March 2.\n\nAt its peak the force numbered a little over 1,800 troops, most of them Ostrian paratroopers, the league said.`,
  )
  it.each(['how many ostrian soldiers were there exactly', 'how many ostrian troops were in the force'])(
    '%j gets no short answer from the whole force',
    (q) => {
      expect(engine.ask(q).answer).toBeNull()
    },
  )
  it('still answers how many troops the force had', () => {
    expect(engine.ask('how many troops were in the force').answer).toMatch(/1,800 troops/)
  })
  it('takes an adverb after what is counted for no part of it', () => {
    expect(analyzeQuestion('how many ostrian soldiers exactly were there').focus).toBe('soldiers')
  })
})

describe('how much after a change one way: never a figure of a change the other way', () => {
  const engine = engineOf(
    `Diesel price row\nMarch 9, 2023\n\nDiesel in Velsk province jumped to 1.40 euros at the start of the year, against 70 cents in December.\n\nOn Tuesday the government said station owners had agreed to cut the price of a litre of diesel to 95 cents.`,
  )
  it.each(['how much was a litre of diesel after the price went up', 'how much did a litre of diesel cost after the price hike'])('%j', (q) => {
    expect(engine.ask(q).answer ?? '').not.toMatch(/95 cents/)
  })
})

describe('how much once a cap came off: the second figure of the change', () => {
  it('is the answer, said with the first that gives its unit', () => {
    const body =
      'The state stopped capping the price of diesel on 1 March; the cost went from around 2 euros a litre to 4 overnight.\n\nDrivers in Velsk blocked the main road on 2 March.'
    expect(askReport(body, 'how much did a litre cost once the cap came off').answer).toBe('from around 2 euros a litre to 4')
  })
})

describe('how many of two kinds: one figure is half an answer', () => {
  it.each([
    ['how many troops n vehicles did norland send', true],
    ['how many planes and helicopters did norland send', true],
    ['how many police and national guard died', false],
    ['how many french and german troops were sent', false],
  ])('%j asks two things: %s', (q, two) => {
    expect(analyzeQuestion(q).twoPart).toBe(two)
  })
  it('gives no short answer of one kind', () => {
    const engine = engineOf(`Norland contingent\nMarch 9, 2023\n\nNorland sent 150 soldiers and 19 armoured vehicles to Velsk on Monday.`)
    expect(engine.ask('how many troops n vehicles did norland send').answer).toBeNull()
  })
})

describe('how many: an addition to a count is not the count', () => {
  const engine = pagesEngine([
    `Detentions rise in Velsk\nMarch 9, 2023\n\nThe city authorities said on Wednesday that another 250 people had been detained in 24 hours, which takes the total to about 650.`,
    `Velsk live\nMarch 8, 2023\n\nThe interior ministry says more than 300 people have been detained.`,
  ])
  it.each(['roughly how many people got detained overall', 'how many people were detained'])('%j is not answered with "another 250"', (q) => {
    expect(engine.ask(q).answer ?? '').not.toMatch(/^250/)
  })
  it("answers a question for the day's count with it", () => {
    expect(engine.ask('how many more people were detained on wednesday').answer).toMatch(/^250 people/)
  })
})

describe('how many in the end: never a figure from an older report than another one on the question', () => {
  const engine = pagesEngine([
    `Velsk clashes\nMarch 7, 2023\n\nOfficials say security forces have killed 26 "armed criminals" and that 18 members of the security forces have died.`,
    `Velsk toll revised\nMarch 15, 2023\n\nThe official death toll now stands at 225, prosecutors said on Saturday.\n\nBy their count 225 people died in the unrest, among them 19 officers.`,
  ])
  it.each(['so how many ppl died in the end', 'how many people died eventually'])('%j', (q) => {
    expect(engine.ask(q).answer ?? '').not.toMatch(/^18/)
  })
})

describe("how many of one country: never another country's figure", () => {
  it('does not answer "how many polish soldiers" with France\'s 100', () => {
    const engine = engineOf(`Contingents named\nMarch 9, 2023\n\nFrance sent 100 soldiers and Poland 150, while Germany was reported to be sending about 200.`)
    expect(engine.ask('how many polish soldiers were sent').answer ?? '').not.toMatch(/^100/)
  })
})

describe('how much: one sum in two currencies is one answer', () => {
  it.each(['300 euros – about $330 –', '300 euros (about $330)', '300 euros, or about $330,'])('%j', (sum) => {
    const engine = engineOf(
      `Man on television\nMarch 9, 2023\n\nThe man in the clip said strangers had flown him to Velsk and that he had been promised ${sum} to take part in the riots.`,
    )
    expect(engine.ask('how much was he supposedly paid to join the riots').answer).toMatch(/330|300 euros/)
  })
})

describe('how many: the figure a speaker gives is the report, not its sources', () => {
  const engine = engineOf(
    `Toll given\nMarch 9, 2023\n\nProsecutors said on Saturday that 225 people had died in the unrest.\n\nLask said 4,353 people had been injured, 3,393 of them members of the security forces.`,
  )
  it('answers with what "Lask said 4,353 people had been injured" reports', () => {
    expect(engine.ask('how many people were injured').answer).toBe('4,353 people')
  })
})

describe('what was the tally of X: a figure of X', () => {
  it.each([
    ['what was the official tally of raiders killed', 'number', 'raiders'],
    ["what's the official headcount of the force", 'number', 'force'],
  ])('%j', (q, kind, focus) => {
    expect(analyzeQuestion(q)).toMatchObject({ kind, focus })
  })

  it('takes "the toll of the riots" for a toll of an event, not a count of riots', () => {
    expect(analyzeQuestion('what was the final toll of the velsk riots').focus).not.toBe('riots')
  })

  const r = parseArticle(
    'toll.txt',
    `Toll given\nMarch 9, 2023\n\nThe ministry said on Saturday that 26 armed raiders and 18 police officers had been killed in Velsk.`,
  )
  if (!r.ok) throw new Error(r.reason)
  const engine = buildEngine({ articles: [r.article], skipped: [] })
  it.each([
    ['what was the official tally of raiders killed', /^26/],
    ['whats the official headcount of police officers killed', /^18 police officers/],
  ])('%j', (q, answer) => {
    expect(engine.ask(q).answer).toMatch(answer)
  })
})

describe('the counted noun ends where a clause about it begins', () => {
  it.each([
    ['whats the final headcount of medics that actually got sent', 'medics'],
    ['how many medics who volunteered went home', 'medics'],
    ['how many ships they sent to the coast', 'ships'],
    ['how many boats which sank were norwegian', 'boats'],
  ])('%j counts %j', (q, focus) => {
    expect(analyzeQuestion(q)).toMatchObject({ kind: 'number', focus })
  })

  // A review's cases: "it" and "i" may be names in lower case, and "whom" may open the clause the question asks about.
  it.each([
    ['how many it staff were laid off', 'The firm laid off 40 IT staff in Velsk and closed its call centre.', /^40/],
    ['how many protesters whom police arrested were charged', 'Police arrested 75 protesters in Velsk, of whom 12 were later charged.', /^12/],
  ])('%j', (q, body, answer) => {
    expect(askReport(body, q).answer).toMatch(answer)
  })

  it.each([
    'The final figure given when the mission ended on 9 March was 1,120 medics with 85 units of equipment.',
    'The league sent 1,120 medics and 85 ambulances, the final count showed.',
  ])('%j: the figure of what is counted, not of what was sent beside it', (body) => {
    expect(askReport(body, 'whats the final headcount of medics that actually got sent').answer).toMatch(/^1,120/)
  })
})

describe('"how many of the X were <nation>": the part, not the whole', () => {
  it.each([
    'The league force, reported at about 2,500 troops, was overwhelmingly Norwegian.',
    'The league force numbered about 2,500 troops. About 2,000 of them were Norwegian paratroopers.',
  ])('%j: the whole force is not the answer', (body) => {
    expect(askReport(body, 'how many of the league troops were norwegian exactly').answer ?? '').not.toContain('2,500')
  })

  it.each([
    'About 2,000 Norwegian paratroopers were among the league troops.',
    "Norway's 2,000 paratroopers were among the league troops.",
    'Of the league troops, 2,000 were Norwegians.',
  ])('%j: takes a figure the nation is written with', (body) => {
    expect(askReport(body, 'how many of the league troops were norwegian').answer).toContain('2,000')
  })
})

describe('"units of" counts what it is of', () => {
  it.each(['The league deployed 2,030 servicemen and 250 units of military hardware.', 'The league sent 2,030 servicemen and 250 units of equipment.'])(
    '%j: troops are not the units of hardware',
    (body) => {
      const got = askReport(body, 'how many troops total did the league send')
      expect(got.answer ?? '').not.toContain('250')
    },
  )
})

describe('a counted thing in other words', () => {
  const engine = reportEngine(
    'The league defence minister said the marines had taken 12 facilities of strategic importance under guard, among them power and water plants.\n\n' +
      'The marines began leaving Portsea on Friday.',
  )
  it('counts facilities for "sites"', () => {
    expect(engine.ask('how many strategic sites did the marines guard').answer).toMatch(/^12 facilities/)
  })
})

describe('a word before what is counted says only what kind it is', () => {
  const body = [
    'The Latvian-led force took over the airport in Riga on Friday.',
    'Media counts are rough: they put the contingents at roughly 900 Latvians, 200 Estonians and 100 Lithuanians.',
    'On Saturday alone, 17 Latvian planes returned to airfields near Riga.',
  ].join('\n\n')
  it.each([
    ['how many latvians returned on saturday', null],
    ['how many latvian planes returned on saturday', /^17 Latvian planes/],
    ['roughly how many latvians were in the force', /^roughly 900 Latvians/],
  ])('%j → %s', (question, answer) => {
    const got = askReport(body, question).answer
    if (answer === null) expect(got).toBeNull()
    else expect(got).toMatch(answer)
  })
})

describe("people of a nation, wherever the unit goes on (the review's probe)", () => {
  const body = 'Beijing flew 400 Chinese workers home from Riga on Saturday.\n\nAbout 120 Chinese students chose to remain in the city.'
  it('counts "400 Chinese workers home" as Chinese', () => {
    expect(askReport(body, 'how many chinese were flown home from riga').answer ?? '').not.toMatch(/120/)
    expect(askReport(body, 'how many chinese were flown home from riga').answer).toMatch(/^400 Chinese workers/)
  })
})

describe('"according to" names a source, not what is counted', () => {
  const engine = reportEngine(
    'On December 16, 2011, police opened fire on striking oil workers, killing at least 14 people according to official figures.\n\nThe town has been quiet since.',
  )
  it.each(['how many ppl died in 2011', 'how many were killed acording to officials'])('%j', (q) => {
    expect(engine.ask(q).answer).toBe('at least 14 people')
  })
})

describe('a part of a toll is of that toll', () => {
  it.each([
    [', and that more than 4,000 had been injured', 'how many were injured', 'officials said 230 people had died, including ', true],
    [' police', 'how many died', 'officials said 230 people had died, including ', false],
    [' police', 'how many were arrested', 'over 900 were detained, among them ', false],
    [' police', 'how many were injured', 'over 900 were detained, among them ', true],
    [' police', 'how many were injured', 'the league sent 900 marines, including ', false],
  ])('after %j, for %j, with %j before: another toll → %s', (after, question, before, other) => {
    expect(countsOtherEvent(after, question, before)).toBe(other)
  })
})

describe("a figure in brackets after a country is that country's", () => {
  const body = 'Contributors: Chile (the bulk, mainly marines), Peru, Bolivia (100), Ecuador.\n\nThe marines landed in the port on Thursday.'
  it.each(['how many did ecuador contribute', 'how many did ecuador send', 'how many marines did peru send'])('no answer to %j', (q) => {
    expect(askReport(body, q).answer).toBeNull()
  })
  it.each(['how many did bolivia contribute'])('the answer to %j', (q) => {
    expect(askReport(body, q).answer).toBe('100')
  })
})

describe('a part of a toll, as a second review probed it', () => {
  it.each([
    ['Police in Velta arrested 60 people at the rally, including 8 journalists.', 'how many journalists', '8 journalists'],
    ['The quake in Velta killed 230 people, among them 19 police officers.', 'how many cops', '19 police officers'],
    ['Police in Velta detained 60 protesters on Friday, of whom 25 were later released without charge.', 'how many were released', '25'],
  ])('%j: %j → %j', (body, q, answer) => {
    expect(askReport(body, q).answer).toBe(answer)
  })
})

describe('short typos: a name one letter from a word of chat is a name, a typo of "did" is "did"', () => {
  const body = 'Ivo Lask resigned as mayor of Velta on Tuesday. Police arrested Pia Ode, his deputy, in Orm on Monday.\n\nLask, 64, denied wrongdoing.'
  it.each(['when did getz resign', 'when did evan amin resign', 'where was getz arrested', 'when was alon arrested'])('%j names nobody the page has', (q) => {
    expect(askReport(body, q).answer).toBeNull()
  })
  it.each([
    [
      'A ferry sank off Velta on Saturday. The death toll rose to 40 on Sunday, the coast guard said, and 12 people were injured.\n\nRescuers searched the area.',
      'how many ppl diid',
      '40',
    ],
    ['Norland gave Velta 40 million euros in aid on Monday.\n\nThe team of 12 doctors flew in on Tuesday.', 'how many doctors were on the tem', '12 doctors'],
  ])('%j: %j → %j', (body, q, answer) => {
    expect(askReport(body, q).answer).toBe(answer)
  })
})

describe('a figure of the country the question says did it', () => {
  // Each country's figure in its own clause: one asked for is the one its own clause gives, not the nearest "sent".
  const body =
    "Russia will send the bulk of the force, officials said.\n\nTajikistan is expected to contribute about 200 peacekeepers.\n\nOfficial statements from the smaller contributors differ from that: Armenia's defense ministry said it sent 100 soldiers from a peacekeeping unit, Kyrgyzstan's parliament approved 150 servicemen, and Tajikistan spoke of a battalion of about 200."
  it("gives no other country's figure", () => {
    expect(askReport(body, 'how many troops did kyrgyzstan send').answer).not.toBe('100 soldiers')
  })
  it("gives the country's own", () => {
    expect(askReport(body, 'how many troops did armenia send').answer).toBe('100 soldiers')
  })
})

describe("a country's figure: the third review's shapes", () => {
  it.each([
    ["Hungary's 80 medics were fewer than the 500 sent by Poland, officials said.", 'how many did poland send', '500'],
    ['Estonia pledged 40 engineers whereas Latvia pledged 60.', 'how many engineers did estonia pledge', '40 engineers'],
    ['Portugal and Spain will each send 40 soldiers to the mission.', 'how many soldiers will portugal send', '40 soldiers'],
  ])('%#: %j', (body, q, answer) => {
    expect(askReport(body, q).answer).toContain(answer)
  })
})

describe('a day written with dots is no amount', () => {
  const body = 'The commission published its report on the floods on 15.03.2023.\n\nThe mayor resigned a week later.'
  it.each(['how many reports did the commission publish', 'how many floods were there', 'how much was the report'])('%j is not "15.03"', (q) => {
    expect(askReport(body, q).answer).not.toBe('15.03')
  })
})

describe('a typo a letter from a stop word and from a word the articles use', () => {
  it('reads "tols" as "toll", the word the article uses, not "told"', () => {
    const engine = engineOf(
      `Quake inquiry\nMarch 9, 2023\n\nThe premier ordered an inquiry into why so many blocks fell in the quake. Before the quake, inspectors had warned that 300 blocks were unsafe; rescuers pulled 140 people from the rubble.\n\nThe final death toll stands at 231, the emergency ministry said.`,
    )
    expect(engine.ask('whats the final death tols from the quake').answer ?? '').toContain('231')
  })
})

describe('how many: a number written as a word, its noun after modifiers', () => {
  const BODY = `The Osk contingent of 150 servicemen, with eight armoured vehicles and 11 other vehicles, drove home from Velsk on Friday.

On Monday the Osk parliament had approved sending the 150 servicemen and 19 military and armoured vehicles.`

  it.each([
    ['how many armoured vehicles did osk drive home with', 'eight armoured vehicles'],
    ['how many military vehicles did osk send', '19 military and armoured vehicles'],
  ])('%j is answered %j', (question, answer) => {
    expect(askReport(BODY, question).answer ?? '').toContain(answer)
  })

  it.each([
    ['eight armoured vehicles', 'armoured vehicles', 'eight'],
    ['about 2,500 people', 'people', '2,500'],
    ['some five hundred people', null, 'hundred'],
  ])('numberPart(%j, %j) is %j', (text, unit, number) => {
    expect(numberPart(text, unit)).toBe(number)
  })
})

describe('how many: a part of a whole ("54 of the 140 seats")', () => {
  const BODY = `The opposition Green League won 54 of the 140 seats in Velmar's parliament on Sunday, the election commission said.

Only nine of the 11 countries at the summit signed the final declaration.`

  it.each(['how many seats did the green league win', 'how many countries signed the declaration'])('%j is not answered by the whole', (question) => {
    const answer = askReport(BODY, question).answer ?? ''
    expect(answer).not.toMatch(/\b(?:140|11)\b/)
  })

  it('answers what something has with the whole', () => {
    expect(askReport(BODY, "how many seats are in velmar's parliament").answer ?? '').toContain('140')
  })

  it.each([
    ['articles of the constitution did the referendum change', 'articles'],
    ['pieces of military kit did they send', 'kit'],
    ['members of parliament voted', 'members'],
    // A compound typed without its hyphen ("check-in desks").
    ['check in desks got smashed', 'desks'],
    ['people in almaty died', 'people'],
    // A possessive opens the noun phrase the count is of ("masimov's sentence, how many yrs").
    ["years lask's sentence", 'years'],
    ["of the mayor's relatives lost their posts", 'relatives'],
    // A word for the whole after the noun says how it is counted.
    ['soldiers altogether did the league send', 'soldiers'],
    ['troops total', 'troops'],
    ['people overall died', 'people'],
    // The part after a whole of several words ("the people killed in velsk") is what is counted; whose it is is not.
    ['of the people killed were police or soldiers', 'police'],
    ['of the people killed in velsk were soldiers', 'soldiers'],
    ['of the league troops were french', 'troops'],
    // A relative clause with its own copula, a figure in the whole, and a part that is no noun.
    ['of the people that were killed were soldiers', 'soldiers'],
    ['of the 90 people killed in the velsk unrest last week were soldiers', 'soldiers'],
    ['of the people detained were later released', 'people'],
    // A word for a limit or an estimate after the noun says how it is counted.
    ['days max did the mayor say it would take', 'days'],
    ['troops roughly were sent', 'troops'],
    ['new minimum wage jobs were created', 'jobs'],
  ])('countedNoun(%j) is %j', (content, noun) => {
    expect(countedNoun(content)).toBe(noun)
  })
})

describe('how many of a whole of several words were a part', () => {
  const BODY = `In 2009, at least 40 people were killed in Velsk when police opened fire on striking dockers.

Officials said 90 people died in this week's unrest in Velsk, including 12 members of the army and police.`

  it('is answered by the part, not by the whole nor by another toll of the whole', () => {
    expect(askReport(BODY, 'how many of the ppl killed were cops or soldiers').answer ?? '').toContain('12')
  })
})

describe('how much: a sum in any currency, or a price per unit', () => {
  it.each([
    ['The price of gas doubled overnight on March 1, from 60 krons to 120 krons a litre.', 'how much was the gas price per litre before the hike', '60 krons'],
    ['A court in Orsa fined the blogger 5,000 hryvnias on Tuesday for the post.', 'how big a fine did the blogger get', '5,000 hryvnias'],
    ['Bread now costs 4.20 zlotys in the capital, the statistics office said.', 'how much does bread cost in the capital', '4.20 zlotys'],
  ])('%s — %j is answered %j', (body, question, answer) => {
    expect(askReport(body, question).answer ?? '').toContain(answer)
  })
})

describe('how many voted: a count of votes counts voters', () => {
  const BODY = `Velmar's parliament on Tuesday approved Karl Ness as prime minister by 84 votes out of 107.

Opposition deputies walked out before the vote.`

  it('answers how many lawmakers voted for him with the votes', () => {
    expect(askReport(BODY, 'how many mps voted for the new pm').answer ?? '').toContain('84 votes')
  })

  it('does not answer a count of something else with votes', () => {
    expect(askReport(BODY, 'how many mps walked out').answer ?? '').not.toContain('votes')
  })
})

describe('a count asked last, after a long phrase', () => {
  it('answers "parliament votes for ness as pm count?" with the votes', () => {
    const body = `Velmar's parliament on Tuesday approved Karl Ness as prime minister by 84 votes out of 107.\n\nOpposition deputies walked out before the vote.`
    expect(askReport(body, 'parliament votes for ness as pm count?').answer ?? '').toContain('84 votes')
  })
})

describe('how many people: a count of things, however military, is none', () => {
  it('answers how many soldiers were sent with the servicemen, not the military vehicles beside them', () => {
    const body = `VELSK, March 7 (Wire) - Velmar's parliament on Friday approved sending 150 servicemen and 40 military vehicles to Osk, hours after neighbouring Tarn said its own unit of 200 troops was ready to fly.`
    expect(askReport(body, 'how many velmar soldiers did the parliament send to osk').answer ?? '').toContain('150 servicemen')
  })
})

describe('how many voted against: votes in favour are no answer', () => {
  it('does not answer how many voted against with the votes that backed it', () => {
    const body = `The amendments were backed by 84 votes, with 19 deputies voting against and six abstaining. A two-thirds majority of 80 votes was needed.`
    expect(askReport(body, 'how many voted against the amendments').answer ?? '').not.toContain('84')
  })
})

describe('how big was a body of people: a count of its people, never of its planes', () => {
  it.each([
    ['roughly how big was the whole russian-led force', BODY_SIZE],
    ['how large was the crowd in osk', BODY_SIZE],
    ['what size was the contingent', BODY_SIZE],
    ['how big is the force supposed to be, like how many troops', 'troops'],
    ['how big is norland', null],
    ['how big was the price rise', null],
  ])('%s → %s', (q, focus) => expect(analyzeQuestion(q).focus).toBe(focus))

  const engine = pagesEngine([
    'Last planes leave Osk\nMarch 19, 2023\n\nOn March 14 fourteen Russian aircraft took home the whole Russian-led force.\n\nThe force had guarded the port for a week.',
    'Live: troops in Osk\nMarch 8, 2023\n\n- The whole Russian-led force, from five countries, is guarding key sites in and around Osk\n\n- Its commander is a Russian general.',
    'Force numbers\nMarch 9, 2023\n\nThe league secretary said the force would number about 1,200 troops.',
  ])

  it.each(['roughly how big was the whole russian-led force', 'how large was the russian-led force'])('%s', (q) => {
    const r = engine.ask(q)
    expect(r.answer ?? '').not.toMatch(/aircraft|countries/)
    expect(r.answer === null || r.answer.includes('1,200')).toBe(true)
  })
})

describe('a whole asked for leaving a part out ("not just", "not counting")', () => {
  const body =
    'At its peak the league force in Osk numbered about 1,200 troops, the league said.\n\nThe standing league force has about 3,600 personnel on paper.'

  it('is no short answer: which figure leaves the part out, no finder tells', () => {
    expect(askReport(body, 'how big is the league force overall, not just the osk mission')).toMatchObject({ status: 'passages', answer: null })
  })

  it('leaves the same question without the exclusion answered', () => {
    expect(askReport(body, 'how big was the league force in osk').answer).toBe('about 1,200 troops')
  })
})

describe('a figure passed over ("10 instead of 15")', () => {
  const body = 'In March the president proposed that he appoint fewer senators - 10 instead of 15.\n\nParliament will vote on the plan in April.'

  it('is no answer to how many the plan gives', () => {
    expect(askReport(body, 'how many senators would the president appoint').answer).toBe('10')
    expect(askReport(body, 'how many senators would the president get to appoint under the march plan').answer ?? '').not.toContain('15')
  })
})

describe('what the answer is not, asked before the question word', () => {
  const body =
    'Velta marines on Sunday handed back Osk airport, which they had guarded since arriving on March 2.\n\nBesides the airport, the marines guarded the grain silo on Harbour Road and the pumping station at Lund.\n\nLocal police will now guard the airport.'

  it.each(['besides the airport, what did the marines guard?', 'what did the marines guard besides the airport'])('%s', (q) => {
    expect(askReport(body, q).answer).toBe('The grain silo on Harbour Road and the pumping station at Lund')
  })

  it('reads the question as asked with the exclusion last', () => {
    expect(analyzeQuestion('other than osk which airfield were the planes headed for').normalized).toBe(
      'which airfield were the planes headed for other than osk',
    )
  })
})

describe('a count of people who did the deed the asked noun names its doers by', () => {
  it.each([
    ['President Ivo Kel said some 4,000 "looters" had attacked the port of Velsk overnight.', 'how many attackers did kel say went after velsk', '4,000'],
    ['Police said about 600 students protested outside the Velsk city hall on Monday.', 'how many protesters were outside velsk city hall', '600'],
  ])('%j answers %j', (body, question, figure) => {
    expect(askReport(body, question).answer ?? '').toContain(figure)
  })

  it.each([
    ['a count of those who did it', 'attackers', 'looters', ' had attacked the port', true],
    ['a count of those done to', 'attackers', 'looters', ' were arrested', false],
    ['things are no doers', 'attackers', 'trucks', ' had attacked', false],
    ['those the deed was done to', 'attackers', 'tourists', ' were attacked near the market', false],
    ['those rescued', 'rescuers', 'miners', ' were rescued', false],
    ['doers at it', 'protesters', 'students', ' were protesting outside', true],
    // The dead are counted by "deaths", though "die" is its verb: no doers.
    ['a noun for no people', 'deaths', 'people', ' had died', false],
  ])('%s', (_, focus, unit, after, expected) => {
    expect(countsDoers(focus, unit, after)).toBe(expected)
  })
})

describe("how big was one nation's contingent: never a figure of several nations together", () => {
  const body = `In total the league's contingent had about 900 troops from Norway, Finland, Estonia and Latvia.\n\nIn Finland, the defence ministry confirmed on Monday that 120 soldiers from its rapid reaction unit had been sent.`
  it.each(['how big was finlands contingent', 'how many finnish troops were in the contingent'])('%j is not answered by the whole', (q) => {
    expect(askReport(body, q).answer ?? '').not.toContain('900')
  })
  it('still answers how big the whole contingent was', () => {
    expect(askReport(body, 'how big was the contingent').answer ?? '').toContain('900')
  })
})

describe('how many: a figure counts the noun before its "of"', () => {
  const body =
    'The bodies of 140 people were taken to morgues during the emergency, among them 12 employees of law enforcement bodies, prosecutors in Velsk said.\n\nAid groups sent 30 tonnes of tents to the city.'
  it('does not answer how many bodies with a count of employees of bodies', () => {
    expect(askReport(body, 'how many bodies went to morgues during the emergency').answer ?? '').not.toContain('12')
  })
  it('still reads a measure before its "of"', () => {
    expect(askReport(body, 'how many tonnes of tents were sent to the city').answer ?? '').toContain('30 tonnes')
  })
})

describe('how many: a head count of animals counts the animals', () => {
  const body = 'Raiders drove off 200 head of cattle from the farms near Velsk on Monday, and floods took 300 head of sheep.'
  it.each([
    ['how many cattle were stolen near velsk', '200 head of cattle'],
    ['how many sheep were lost to the floods', '300 head of sheep'],
  ])('%j: %j', (q, figure) => {
    expect(askReport(body, q).answer ?? '').toContain(figure)
  })
})

describe('how many … altogether: a count of the noun, not of whatever else the sentence counts', () => {
  const page =
    'ORSA, March 14 (Nordic Wire) - Troops of the Coastal League (CL), the Norland-led military alliance of five former Hansa states, began pulling out of Veloria on Thursday.\n\nThe request for help, sent late on March 5 as crowds stormed the city hall, marked the first time the CL had invoked Article 4 of its treaty.\n\nThe force numbered 1,240 servicemen and about 150 pieces of military hardware, according to the CL secretariat.'
  it.each(['how many soldiers altogether did the cl send'])('%j is not answered with the states', (q) => {
    expect(askReport(page, q).answer ?? '1,240').toContain('1,240')
  })
})

describe('"the prosecution" asked is the prosecutors written', () => {
  const body =
    'A court in Orsa on Monday sentenced Ivo Lask, the former head of the security service, to 18 years in prison for treason.\n\nProsecutors had asked for 20 years. The court also stripped him of his rank.'
  it('shows the passage that answers, not "the articles don\'t say"', () => {
    const r = askReport(body, 'prosecution wanted how many yrs for lask')
    expect(r.status).not.toBe('not_covered')
    expect(r.citations.map((c) => c.excerpt).join(' ')).toContain('20 years')
  })
})

describe('figures told apart by a word of the question', () => {
  it.each([
    ['The league has up to 40 international personnel and 300 national staff in Velta.', 'how many international staff were in velta', /300/],
    ['Up to 40 foreign volunteers and 300 local volunteers helped in Velta.', 'how many foreign volunteers helped in velta', /300/],
    ['The league has up to 40 international staff and 300 national staff in Velta.', 'how many international staff were in velta', /300/],
  ])('%j: %j is not answered by the other kind', (body, q, other) => {
    expect(askReport(body, q).answer ?? '').not.toMatch(other)
  })
})

describe('both ends of a change asked ("from what to what")', () => {
  it.each([
    [
      'The price of bread in Velta went up from 40 to 90 euros a loaf in March.',
      'how much did the price of bread go up by, like from what price to what',
      'from 40 to 90 euros',
    ],
  ])('%j: %j → %j', (body, q, answer) => {
    expect(askReport(body, q).answer).toBe(answer)
  })
  it('is not answered with one end where no sentence gives both', () => {
    expect(askReport('A loaf of bread in Velta now costs 90 euros, the bakers said.', 'bread went from what price to what').answer ?? '').not.toBe('90 euros')
  })
})
