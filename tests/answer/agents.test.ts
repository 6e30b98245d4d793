import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { buildEngine } from '../../src/engine/engine.ts'
import { askReport, pagesEngine } from '../support/made-up-report.ts'

// A made-up deployment: the commander is named as the agent of "led by", the spokesman nearer the question's words.
const TEXT = `League peacekeepers deployed to Marovia
March 3, 2023

The league's peacekeeping force, led by General Ivan Orlov, began patrolling the capital on Monday, spokesman Petr Lind told reporters.

The force, commanded by Orlov, numbers about 800 soldiers.

Two officers of the force were detained by military police on Tuesday, among them Major Anna Berg.`

const engine = (() => {
  const r = parseArticle('marovia.txt', TEXT)
  if (!r.ok) throw new Error(r.reason)
  return buildEngine({ articles: [r.article], skipped: [] })
})()

describe('who did it, when the sentence says it in the passive', () => {
  it.each([
    // "in charge of" is leading: an everyday phrase WordNet has no entry for.
    ["who's in charge of the peacekeepers", 'Ivan Orlov'],
    ['who leads the peacekeeping force', 'Ivan Orlov'],
    ['who commands the force', 'Ivan Orlov'],
    // "running" a force is leading it: chat's word for it.
    ["who's running the peacekeepers", 'Ivan Orlov'],
  ])('%j → %s, the agent of "led by", not the spokesman', (q, name) => {
    const r = engine.ask(q)
    expect(r.status).toBe('answered')
    expect(r.answer).toContain(name)
    expect(r.answer).not.toContain('Lind')
  })

  it('gives a person no role that is the sentence going on ("..., Orlov, numbers about 800 soldiers")', () => {
    expect(engine.ask('who leads the peacekeeping force').answer).not.toMatch(/numbers|began patrolling/)
  })

  it('reads "who got detained" as asking whom the verb was done to', () => {
    expect(engine.ask('who got detained by the military police').answer).toContain('Anna Berg')
  })
})

describe('what the question says someone did, not what another did', () => {
  // Two made-up reports: the league's deployment, and the part two of its members played in it.
  const engineOf = (texts: Record<string, string>) =>
    buildEngine({
      articles: Object.entries(texts).map(([name, text]) => {
        const r = parseArticle(name, text)
        if (!r.ok) throw new Error(r.reason)
        return r.article
      }),
      skipped: [],
    })
  const engine = engineOf({
    'league.txt': `League force lands in Veloria
April 2, 2023

The League sent more than 900 troops, mostly from Norland, after the president asked for help.

Norland sent 100 troops to take part in the League operation, its defence ministry said.`,
    'ostria.txt': `Ostria joins the League mission
April 3, 2023

Ostria sent 150 soldiers to join the Coastal League mission in Veloria on Monday.

The Coastal League has deployed 900 troops in all, officials said.`,
  })

  it("never dates the league's deployment by the day Ostria sent soldiers", () => {
    expect(engine.ask('when did the league send troops').answer ?? '').not.toMatch(/April 3/)
  })

  it.each([
    ['how many troops did the league send', '900'],
    ['how many soldiers did ostria send', '150'],
    ['how many troops did norland send', '100'],
  ])('%j → %s: the doer the sentence names is the one asked about', (q, figure) => {
    expect(engine.ask(q).answer).toContain(figure)
  })

  it.each([
    // Two doers in one sentence: each figure is the doing of the doer before its own verb.
    ["Norland sent 100 troops and the League sent 900 troops in all.\n\nThe League's 500 troops reached the capital on Tuesday.", '900 troops'],
    // The agent of a passive verb comes after it: the word at the head of the sentence is what was sent.
    ['Troops sent by the League numbered 900.\n\nThe weather was fine all week.', '900'],
  ])('reads who did it in %j', (body, answer) => {
    const e = engineOf({ 'one.txt': `League mission\nMay 4, 2023\n\n${body}` })
    expect(e.ask('how many troops did the league send').answer).toBe(answer)
  })
})

describe('a figure for several doers together', () => {
  const r = parseArticle(
    'joint.txt',
    `League mission grows\nMay 5, 2023\n\nNorland sent roughly 500 troops to Veloria, its defence ministry said.\n\nOstria, Velta and Norland contributed a few hundred engineers between them.`,
  )
  if (!r.ok) throw new Error(r.reason)
  const engine = buildEngine({ articles: [r.article], skipped: [] })

  it('says nothing of what one of them did alone', () => {
    expect(engine.ask('how many engineers did ostria contribute').answer).toBeNull()
  })

  it('leaves the figure the doer is given alone to answer for it', () => {
    expect(engine.ask('how many troops did norland send').answer).toContain('500')
  })
})

describe("a body's total is not one member's share", () => {
  const ask = (body: string, q: string) => pagesEngine([`League mission\nMay 4, 2023\n\n${body}\n\nThe weather was fine all week.`]).ask(q)

  it.each([
    'The Norway-led Coastal League sent more than 2,000 troops to Veloria on Monday.',
    'Following the request, the Coastal Defence Organization sent a force of about 2,000 troops, with contingents from Norway and Denmark.',
    'The bloc sent more than 2,000 troops, mostly Norwegian, after the mayor appealed for help.',
    'According to the league, 2,030 troops from Finland, Norway and Denmark were eventually sent.',
    'More than 2,000 troops, mostly Norwegian marines, arrived in Veloria on Monday.',
  ])('%j does not say how many troops norway sent', (sentence) => {
    expect(ask(sentence, 'how many troops did norway send').answer).toBeNull()
  })

  it('still gives the figure a member is given alone', () => {
    expect(ask('The bloc sent about 2,000 troops to Veloria. Norway sent 150 soldiers.', 'how many troops did norway send').answer).toContain('150')
  })
})

describe('who stands before a passive verb has the deed done to them', () => {
  // Made up: two leaders named before "was represented by", the one who did the representing after "by".
  const r = parseArticle(
    'summit.txt',
    `League leaders meet by video
March 12, 2023

Leaders of the Veloria league met by video link on Monday. Norland's president, Ivo Lask, and Velta's prime minister, Petra Holm, took part, while Ostria was represented by deputy premier Marta Kiel.

The league's secretary general, Jan Rudd, also attended.`,
  )
  if (!r.ok) throw new Error(r.reason)
  const engine = buildEngine({ articles: [r.article], skipped: [] })

  it.each(['who represented ostria at the league summit', 'who represented ostria'])('%j → the agent after "by", not a leader named before', (q) => {
    const got = engine.ask(q)
    expect(got.status).toBe('answered')
    expect(got.answer).toContain('Marta Kiel')
  })
})

describe('a name before a verb another subject stands in front of', () => {
  // Made up: the agency announced the detention; the man it detained is named before "the agency announced".
  const r = parseArticle(
    'arrest.txt',
    `Former spy chief held in Norland
March 12, 2023

Norland's security service has detained its former director, Ivo Lask, on suspicion of high treason, the agency announced on Saturday.

The higher casualty figure was announced later by prosecutor Marta Kiel.`,
  )
  if (!r.ok) throw new Error(r.reason)
  const engine = buildEngine({ articles: [r.article], skipped: [] })

  it('does not give the detained man as who announced it', () => {
    const got = engine.ask('who announced the detention')
    expect(got.answer ?? '').not.toContain('Lask')
  })

  it('still names him as the one detained, and the agent after "by" as who announced the figure', () => {
    expect(engine.ask('who was detained').answer).toContain('Ivo Lask')
    expect(engine.ask('who announced the higher casualty figure').answer).toContain('Marta Kiel')
  })
})

describe('"the new X" is a successor', () => {
  // Made up: the outgoing premier is titled in the sentence about the resignation; the successor's sentence says less.
  const r = parseArticle(
    'cabinet.txt',
    `Norland's cabinet falls
March 12, 2023

President Ivo Lask accepted the resignation of Prime Minister Per Hald's cabinet on March 5 and promised reforms.

Sara Nyl, a former finance minister, was approved by parliament on March 9 to lead the government.`,
  )
  if (!r.ok) throw new Error(r.reason)
  const engine = buildEngine({ articles: [r.article], skipped: [] })

  it.each([
    'whos the new pm after the cabinet got sacked',
    'who is the new prime minister',
    // Filling in, standing in, acting as: the one who came in, whatever the question says came before.
    "who's filling in as prime minister now that the cabinet is gone",
    'who is acting as pm since the cabinet quit',
  ])('%j is not the one who resigned', (q) => {
    expect(engine.ask(q).answer ?? '').not.toContain('Per Hald')
  })

  it('still names the prime minister who resigned when asked for him', () => {
    expect(engine.ask('who was prime minister before the cabinet resigned').answer).toContain('Per Hald')
  })
})

describe('"who replaced X" is a successor', () => {
  // Made up: a timeline line that says who was removed, not who came after.
  function engineOf(line: string) {
    const r = parseArticle('agency.txt', `Norland's security agency shaken\nMarch 20, 2023\n\nMon 13 Mar - ${line}\n\nOfficials gave no further details.`)
    if (!r.ok) throw new Error(r.reason)
    return buildEngine({ articles: [r.article], skipped: [] })
  }

  it.each(['who replaced ivo brand at the agency', 'who succeeded ivo brand at the agency', 'who took over from ivo brand at the agency'])('%j', (q) => {
    const engine = engineOf('Ivo Brand, a nephew of President Per Hald, is removed as deputy head of the agency.')
    expect(engine.ask(q).answer ?? '').not.toContain('Per Hald')
  })

  it('names the successor a sentence gives', () => {
    const engine = engineOf('Sara Nyl replaces Ivo Brand, a nephew of President Per Hald, as deputy head of the agency.')
    expect(engine.ask('who replaced ivo brand at the agency').answer).toContain('Sara Nyl')
  })
})

describe('"who took over X" without a predecessor asks who seized it', () => {
  it('names who seized the airport', () => {
    const r = parseArticle(
      'airport.txt',
      `Airport seized\nMarch 20, 2023\n\nArmed men led by Ivo Lask seized Velsk airport on January 5.\n\nOfficials gave no further details.`,
    )
    if (!r.ok) throw new Error(r.reason)
    expect(buildEngine({ articles: [r.article], skipped: [] }).ask('who took over velsk airport').answer).toContain('Ivo Lask')
  })
})

describe('"the new X" when the successor is "confirmed as" X', () => {
  const r = parseArticle(
    'premier.txt',
    `Norland gets a premier
March 20, 2023

He had served as first deputy prime minister in the cabinet of Per Hald, which President Ivo Lask sacked on March 5.

The man confirmed as prime minister, Sara Nyl, is 49.`,
  )
  if (!r.ok) throw new Error(r.reason)
  const engine = buildEngine({ articles: [r.article], skipped: [] })

  it.each(['who is the new prime minister', 'yo whos the new pm dude'])('%j is never the one whose cabinet went', (q) => {
    expect(engine.ask(q).answer ?? '').not.toContain('Per Hald')
  })

  it('takes the one confirmed as the successor', () => {
    const reply = engine.ask('who is the new prime minister')
    expect(reply.citations[0]?.excerpt).toContain('Sara Nyl')
  })
})

describe('"the new X": the one who went is no rival to the successor', () => {
  const r = parseArticle(
    'premier.txt',
    `Norland cabinet resigns
March 20, 2023

The government of Prime Minister Per Hald quit on March 5 after protests in Velsk.

Sara Nyl, a former finance minister, was approved as prime minister on March 11, six days after the government quit.`,
  )
  if (!r.ok) throw new Error(r.reason)
  const engine = buildEngine({ articles: [r.article], skipped: [] })
  it.each(['whos the new pm after the government quit', 'who is the new prime minister after the government quit'])('%j', (q) => {
    const reply = engine.ask(q)
    expect(reply.status).toBe('answered')
    expect(reply.answer).toContain('Sara Nyl')
  })
})

describe('who leads: the agent named after a role, never whoever told "the leaders"', () => {
  const r = parseArticle(
    'coast.txt',
    `Coast force named\nMarch 12, 2023\n\nThe actions of the league force in Veloria will be led by the commander of the Coast Guard (CG) of Ostria, Admiral Ivo Lask. This was announced by league spokesman Petr Marten.\n\nLeague chairman Tomas Varga told the leaders that 900 troops had been deployed in response to the request.`,
  )
  if (!r.ok) throw new Error(r.reason)
  const coast = buildEngine({ articles: [r.article], skipped: [] })
  it.each(['who was in charge of the league force', 'who is leading the league force'])('%j → Ivo Lask', (q) => {
    expect(coast.ask(q).answer).toBe('Ivo Lask')
  })
})

describe('who was X before: the one replaced, never the one appointed', () => {
  const velsk = pagesEngine(
    [
      `Timeline of the Velsk crisis\nUpdated 20 March 2023\n\n**Mar 5** – President Ivo Lask accepts the government's resignation and appoints Petr Marten acting prime minister.\n\n**Mar 11** – Parliament approves Marten as prime minister.`,
      `How the Velsk crisis unfolded\nPublished: 8 Apr 2023\n\nIn the small hours President Ivo Lask declared a state of emergency and accepted the resignation of the government of Anna Berg, naming first deputy prime minister Petr Marten as acting premier.`,
    ],
    'md',
  )
  it('does not answer with the new prime minister', () => {
    expect(velsk.ask('whose government resigned on mar 5, like who was pm before').answer ?? '').not.toMatch(/Marten/)
  })
  it('takes no participle clause after a name for a role ("Anna Berg, naming ...")', () => {
    expect(velsk.ask('who is anna berg').answer ?? '').not.toMatch(/naming/)
  })
})

describe('who leads: "the Ostrian-led league" names no person who leads', () => {
  it.each(['who was actually in charge of the league troops in veloria?', 'who was in charge of the league troops'])('%j', (q) => {
    const r = parseArticle(
      'league.txt',
      `League leaves\nMarch 12, 2023\n\nTroops of the Ostrian-led Northern League began leaving Veloria on Thursday, a week after they arrived at the request of President Ivo Lask.\n\nThe league said its mission was over.`,
    )
    if (!r.ok) throw new Error(r.reason)
    expect(buildEngine({ articles: [r.article], skipped: [] }).ask(q).answer).toBeNull()
  })
})

describe('the place a deed went to did not do it', () => {
  // A made-up report: forces are sent to a country; nobody says which countries sent them.
  const body = [
    'In the early hours, the league chairman announced that collective forces would be sent to Moldova for a limited period.',
    'The league had never sent forces abroad before.',
    'The league met in Lask on Monday.',
  ].join('\n\n')
  it.each(['which countries sent troops', 'which country sent forces'])('%j is not answered with the destination', (question) => {
    expect(askReport(body, question).answer).toBeNull()
  })
})

describe('a deed passed on to someone is no destination', () => {
  it('"command of the force passed to Eva Sorn" answers who commanded it', () => {
    const body = 'The league formed a rescue force in May.\n\nCommand of the force passed to Eva Sorn in June.\n\nThe force was disbanded in July.'
    expect(askReport(body, 'who commanded the force').answer).toContain('Eva Sorn')
  })
})

describe('"how many <nation> troops"', () => {
  const ask = (body: string, q: string) => pagesEngine([`League mission\nMay 4, 2023\n\n${body}\n\nThe weather was fine all week.`]).ask(q)

  it('is not answered by a figure the sentence gives the nation no part in ("…, with contingents from Turkey")', () => {
    expect(
      ask('The league sent a force of about 2,000 troops, mostly Chinese, with contingents from Turkey and Ukraine.', 'how many turkish troops').answer,
    ).toBeNull()
  })

  it('is answered where the nation heads the line, in capitals ("* TURKEY - about 100 troops")', () => {
    expect(
      ask("* TURKEY - about 100 troops, Turkey's defence ministry said.\n\n* UKRAINE - about 70 troops.", 'how many turkish soldiers went').answer,
    ).toContain('100')
  })
})

describe('the agent of the very verb asked about outranks names that merely stand nearer', () => {
  // Made up: three leaders listed before "took part", the fourth country's envoy after "represented by".
  const engine = pagesEngine([
    `League leaders hold video summit\nMarch 12, 2023\n\nThe league's leaders held an emergency summit by video on Monday. Norland's Ivo Lask, Velta's Petra Holm and Ostria's Anna Berg took part, while Marovia was represented by cabinet chairman Oskar Rudd.\n\nThe summit lasted two hours.`,
    `Lask chairs league summit\nMarch 13, 2023\n\nIvo Lask used the league summit on Monday to warn against foreign meddling.\n\nThe league's chairman, Tomas Varga, spoke last at the summit.`,
  ])

  it.each(['who represented marovia at the league summit', 'who represented marovia at the summit'])('%j → the agent after "represented by"', (q) => {
    const got = engine.ask(q)
    expect(got.status).toBe('answered')
    expect(got.answer).toContain('Oskar Rudd')
  })

  it('does not take a near name for a verb the sentence only writes in the active ("who took part")', () => {
    expect(engine.ask('who represented velta at the summit').answer ?? '').not.toContain('Oskar Rudd')
  })
})

describe('a figure beside states listed by their formal names', () => {
  const ask = (q: string) =>
    pagesEngine([
      `League mission\nMay 4, 2023\n\nThe contingent, comprising 900 servicemen and 50 units of equipment from the Kingdom of Norway, the Republic of Finland and the Kingdom of Denmark, arrived within days.\n\n* **Finland** – reported at around 200, from its marines.`,
    ]).ask(q)

  it("is theirs together, not one member's", () => {
    const got = ask('how many troops did finland send').answer
    expect(got === null || got.includes('200')).toBe(true)
  })

  it('still answers for all of them', () => {
    expect(ask('how many servicemen were in the contingent').answer).toContain('900')
  })
})

describe('a first deputy named acting premier: who was premier, who fills in', () => {
  // Made up: the outgoing premier and the first deputy named to act in his place, in one sentence.
  const engine = pagesEngine([
    `Norland government quits as Velsk burns\nMarch 20, 2023\n\nBefore dawn, President Ivo Lask accepted the resignation of Prime Minister Per Hald's government and named First Deputy Prime Minister Sara Nyl acting prime minister.\n\nNyl had been first deputy prime minister since May 2020 and earlier served as finance minister.\n\nHe also declared a state of emergency in Velsk.`,
  ])
  it.each(['who was pm before the cabinet quit', 'who was pm befor the cabinet quit'])('%j → the premier who went', (q) => {
    expect(engine.ask(q).answer ?? '').toContain('Per Hald')
  })
  it('is not answered with the deputy when it asks who was premier as the cabinet fell', () => {
    expect(engine.ask('who was pm when the whole cabinet got pushed out').answer ?? '').not.toContain('Nyl')
  })
  it("answers who's filling in with the deputy named to act", () => {
    expect(engine.ask("who's filling in as prime minister now that the cabinet is gone").answer ?? '').toContain('Sara Nyl')
  })
})

describe('"now that X is out" asks who came after X', () => {
  // Made up: the one who dismissed the former chief is named in the clause about the chief.
  const engine = pagesEngine([
    `Velmar widens bureau inquiry\nMarch 20, 2023\n\nThe investigation into Per Hald, who ran the State Security Bureau (SSB) until President Ivo Lask dismissed him on March 6, has also grown. The bureau said on Thursday that Hald and two of his former deputies, Ola Berg and Tor Lund, were under investigation for treason.`,
    `Who holds power in Velmar\nMarch 22, 2023\n\nPer Hald, who had chaired the SSB, was dismissed on March 6. He was replaced by Sara Nyl, who until then headed the guard service.`,
  ])
  it.each(["who's running the ssb now that hald is out", 'who runs the bureau now that hald got fired'])('%j is not the one who fired him', (q) => {
    expect(engine.ask(q).answer ?? '').not.toContain('Lask')
  })
})

describe('review mends: newcomers, what fell, who stands in, which minister', () => {
  // Made-up pages: one minister appointed in place of another; a mayor elected before a bridge fell; a deputy
  // standing in; a first deputy prime minister beside a deputy defence minister given as a lowercase post.
  const engine = pagesEngine([
    `Velmar reshuffle\nFebruary 2, 2023\n\nPresident Ivo Lask appointed Hana Belk interior minister in January, replacing Tomas Kiv.\n\nInterior Minister Hana Belk defended the officers on Monday.`,
    `Kessel bridge inquiry\nMarch 3, 2023\n\nThe Harrow Street bridge in Kessel fell on June 2, 2021, months after voters elected Rolf Amsel as mayor in place of Greta Nyhus.`,
    `Marrow mayor in hospital\nApril 4, 2023\n\nMayor Elin Varg was taken to hospital on Sunday. Deputy Mayor Pieter Grolt is standing in as mayor while she recovers.`,
    `Dravia cabinet changes\nMay 5, 2023\n\nFirst Deputy Prime Minister Tavi Ronsen announced on Friday that Mira Tosk would serve as the new deputy defence minister.`,
  ])
  it.each([
    ['who was the interior minister before january', 'Hana Belk'],
    ['who is the new deputy defence minister', 'Ronsen'],
  ])('%j is not answered with %s', (q, name) => {
    expect(engine.ask(q).answer ?? '').not.toContain(name)
  })
  it.each([
    ['who was mayor when the bridge fell', 'Rolf Amsel'],
    ['who was elected mayor when nyhus was ousted', 'Rolf Amsel'],
    ['who is standing in as mayor of marrow', 'Pieter Grolt'],
  ])('%j → %s', (q, name) => {
    expect(engine.ask(q).answer ?? '').toMatch(new RegExp(`^${name}`))
  })
})

describe('"who heads X" asks who does now', () => {
  // Made up: the only head named is one a sentence says was dismissed.
  const engine = pagesEngine([
    `Velmar detains former spy chief Hald on suspicion of treason\nJanuary 8, 2023\n\nThe State Security Bureau said on Saturday that Ivar Hald had been detained on suspicion of treason. According to the bureau, known by its initials SSB, investigators opened a case on Jan. 6.\n\nHald was dismissed as head of the SSB on Wednesday, Jan. 5, as violent protests swept the country. He had run the agency, which guards the borders, since 2016. Before that he served as prime minister under President Ivo Lask.\n\nA news agency reported that Hald had attended a meeting chaired by Lask on Jan. 6, after which he was arrested.`,
  ])
  it.each(['who heads the ssb', 'who is the head of the ssb'])('%j is not the one dismissed', (q) => {
    expect(engine.ask(q).answer ?? '').not.toContain('Hald')
  })
})

describe('second review mends: old appointments, other posts, those who went', () => {
  // Made-up pages: an appointment of years ago beside this week's succession; a minister who resigned another
  // post; a mayor who resigned before another was elected (and who had once been appointed himself).
  const engine = pagesEngine([
    `Ardenia party shake-up\nMarch 7, 2023\n\nForeign Minister Peter Hall resigned as chairman of the ruling Unity Party on Tuesday, saying he would focus on diplomacy.`,
    `Lorvik elects a mayor\nMarch 8, 2023\n\nThe Lorvik city council on Monday elected Grace Holt as mayor, a month after Mayor Henry Wolfe resigned over a housing scandal.\n\nThe council appointed Wolfe mayor in 2016 after the death of his predecessor.`,
  ])
  it.each([
    ["who's the foreign minister of ardenia", 'Peter Hall'],
    ['who became mayor of lorvik', 'Grace Holt'],
    ['who was named mayor of lorvik', 'Grace Holt'],
  ])('%j → %s', (q, name) => {
    expect(engine.ask(q).answer ?? '').toContain(name)
  })
})

describe('an appointment of years ago is no newcomer', () => {
  const engine = pagesEngine([
    `Ardenia reshuffle\nMarch 6, 2023\n\nPresident Ola Marsk appointed Tomas Laine interior minister in 2019.\n\nLaine resigned on Monday, and Marsk named Vera Rook to replace him.`,
  ])
  it('answers who was minister before the new one with the one appointed in 2019', () => {
    expect(engine.ask('who was interior minister before rook').answer ?? '').toContain('Tomas Laine')
  })
})

describe('"acting as" a task is no post taken', () => {
  const body = "Governor Lena Adler's chief of staff, Megan Frost, is acting as the province's negotiator in the talks.\n\nThe talks resume on Monday."
  it('does not answer who the new chief of staff is', () => {
    expect(askReport(body, 'who is the new chief of staff').answer ?? '').not.toContain('Frost')
  })
})

describe('"after X got the boot" asks who came after X', () => {
  const engine = pagesEngine([
    `Velmar bureau chief replaced\nMarch 6, 2023\n\nPresident Ivo Lask removed Tomas Hald as head of the State Security Bureau on Wednesday, and put his deputy, Ada Voss, in his place.\n\nHald was detained on Saturday.`,
    `Transport deal signed\nMarch 9, 2023\n\nTransport Commissioner Vera Lund, who took the job in October after Karl Mett was dismissed, signed the deal.`,
  ])
  it('is not answered with the one who removed him', () => {
    expect(engine.ask('who took over the bureau after hald got the boot').answer ?? '').not.toContain('Lask')
  })
  it('takes "took the job" as telling of a successor', () => {
    expect(engine.ask('who was commissioner after mett got fired').answer ?? '').toContain('Vera Lund')
  })
})

describe('"new" of anything is no news of a successor', () => {
  const body =
    "On Monday Tomas Hald, one of the richest men in Velt, resigned as chairman of the presidium of Orda, the national chamber of commerce. He gave no reason, but urged business owners to answer Lask's call for profitable companies to pay into a new social fund."
  it('does not answer who replaced Hald with the president named beside "a new social fund"', () => {
    expect(askReport(`President Ivo Lask spoke on Sunday.\n\n${body}`, 'who replaced hald at orda').answer ?? '').not.toContain('Lask')
  })
})

describe('"who called in X" asks who summoned it', () => {
  const body =
    'President Ivo Lask appealed to the pact for help late on Wednesday, March 5.\n\n"The peacekeepers have shown brilliant skills," declared the Ambassador of Norway in Velmar, Tomas Berg.'
  it('is not answered as who said something', () => {
    expect(askReport(body, 'who called in the pact').answer ?? '').not.toMatch(/Ambassador|Norway|Berg/)
  })
})

describe('the sentence must say the deed a person question asks', () => {
  const toll =
    "Velmar's transport minister, Ilse Brandt, announced a new toll on the northern highway on Thursday, saying the money would pay for repairs after the floods.\n\nDrivers of private cars will pay 40 crowns per trip from July."
  it.each([
    // The verb is in no form in the sentence the person comes from.
    [toll, 'who will pay the new toll'],
    ['Police chief Tom Hale was dismissed on Monday.\n\nMartin Shaw will head the police in Dorne until a new chief is appointed.', 'who dismissed hale'],
    // The verb has a subject of its own right before it.
    [toll, 'who will pay for the repairs'],
    // The sentence gives the deed to someone else by name.
    ['Mayor Hanna Berg also opened a new hospital in Tarsk, built by the Kronmark Group.', 'who built the new hospital in tarsk'],
    // Holding a post is told by a post, a verb of holding or of coming into one, even where no passage says "runs".
    ['Hanna Berg also opened a new hospital in Tarsk, built by the Kronmark Group.', 'who runs the new hospital in tarsk'],
    ['Ivan Orlov visited the peacekeeping force on Monday.', 'who led the peacekeeping force'],
    // Words of holding used otherwise: led someone to do something, managed to do it.
    ['The protests led Hanna Berg to visit the new hospital in Tarsk.', 'who runs the new hospital in tarsk'],
    ['Hanna Berg managed to open the new hospital in Tarsk on time.', 'who runs the new hospital in tarsk'],
  ])('%#: %s has no short answer', (body, question) => {
    expect(askReport(body, question).answer).toBeNull()
  })

  it.each([
    [toll, 'who announced the new toll', 'Ilse Brandt'],
    ['Mayor Hanna Berg also opened a new hospital in Tarsk, built by the Kronmark Group.', 'who opened the new hospital in tarsk', 'Hanna Berg'],
    // A post says who holds it; any verb of saying tells who announced something.
    ['Martin Shaw, head of the police in Dorne, spoke on Monday.', 'who will run the police in dorne', 'Martin Shaw'],
    ['"We will send 300 soldiers," Defence Minister Ivo Lask said on Monday.', 'who announced the soldiers would be sent', 'Ivo Lask'],
    ['Lena Ek has been in charge of the hospital in Tarsk since 2019.', 'who runs the hospital in tarsk', 'Lena Ek'],
    ['The hospital in Tarsk, where Lena Ek is at the helm, opened on Monday.', 'who runs the hospital in tarsk', 'Lena Ek'],
    ['Lena Ek oversees the hospital in Tarsk.', 'who runs the hospital in tarsk', 'Lena Ek'],
    ['Lena Ek took over the hospital in Tarsk in May.', 'who runs the hospital in tarsk', 'Lena Ek'],
  ])('%#: %s → %s', (body, question, name) => {
    expect(askReport(body, question).answer).toContain(name)
  })
})

describe('a post in the sentence is no post of whoever tells of it', () => {
  const engine = pagesEngine([
    'Velmar sets up flood relief bodies\nJuly 2, 2023\n\nThe Velmar government set up a relief fund and a new agency for ports, to be led by Nils Aaberg, on Monday, Prime Minister Karin Holt said.\n\nHolt said the relief fund would pay up to 50,000 crowns to each family whose home was destroyed. She did not say who would manage it.\n\nAaberg, a former harbour master in Orvik, said the ports agency would begin by repairing the quays at Selby.',
  ])
  it('"…, Prime Minister Karin Holt said" gives no one who manages the fund', () => {
    expect(engine.ask('who manages the relief fund set up by velmar').answer).toBeNull()
  })
  it('nor loses who leads the agency', () => {
    expect(engine.ask('who will lead the new agency for ports').answer).toContain('Nils Aaberg')
  })
})

describe('"X was led by who": who did it, asked in the passive', () => {
  it.each(['the peacekeeping force was led by who', 'the league force was commanded by whom'])('%j → the one named as its leader', (q) => {
    expect(engine.ask(q).answer).toContain('Ivan Orlov')
  })
})

describe('the wire a dateline credits did nothing the story tells', () => {
  const engine = pagesEngine([
    "League force begins to leave Veloria\n\nBy Ana Berg\n14.03.2023 10:20\n\nORSA, March 14 (Nordic Wire) - Troops of the Coastal League, the alliance of five northern states, began leaving Veloria on Tuesday, a week after they were flown in to help President Ivo Lask restore order in the country.\n\nGeneral Tomas Hald, the commander of the league's guard force, said the mission was over.",
  ])
  it.each(['who was bossing the league contingent', 'who was in charge of the league contingent in veloria'])('%j → the commander', (q) => {
    expect(engine.ask(q).answer).toContain('Tomas Hald')
  })
  it('but is who reported it', () => {
    expect(engine.ask('who reported the troops were leaving').answer).toContain('Nordic Wire')
  })
})
