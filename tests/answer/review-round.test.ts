// A review helper's probes of this round's rules (commits eb25624..06d9957), each a made-up page and a chat-typed
// question the rule answered wrong, lost, or missed in its own class; all mended (the commit each names).
import { describe, expect, it } from 'vitest'
import { askReport, pagesEngine } from '../support/made-up-report.ts'

const page = (body: string, head = 'Velta report', date = 'March 20, 2023') => `${head}\n${date}\n\n${body}`
const ask = (body: string, q: string) => askReport(body, q).answer ?? ''
const askPages = (pages: string[], q: string) => pagesEngine(pages).ask(q).answer ?? ''

describe('wrong short answers the rules gave', () => {
  // 2709173: PLAN_ANNOUNCED takes the noun "states" ("member states") for the verb "states".
  it('2709173: "member states left Velta and will …" is no plan told on March 13', () => {
    const p = page('On March 13 marines from the member states left Velta and will fly home on Friday.')
    expect(askPages([p], 'when did the marines leave velta')).toMatch(/March 13/)
  })
  // 2709173: PAST_ASKED now takes "what date did they give for …" (a plan asked) as a question of a deed.
  it('2709173: "what date did they give for the pullout" is not the day it happened', () => {
    const p = page('The pullout will start on March 14, officials said on March 9.\n\nThe pullout started on March 16.')
    expect(askPages([p], 'what date did they give for the pullout')).not.toMatch(/March 16/)
  })
  // 860d92e: "last_out" is a WordNet verb, so "pull the last ships out" loses "pull out".
  it('860d92e: "pull the last ships out" is still "pull out"', () => {
    const p = page('The last Norland ships withdrew from Velta on March 13.\n\nOn March 9 Norland ships pulled a ferry off the rocks near Velta.')
    expect(askPages([p], 'when did norland pull the last ships out')).not.toMatch(/March 9/)
    const q = page('The Norland marines withdrew from Velta on March 13.\n\nOn March 9 Norland marines pulled a truck out of the river in Velta.')
    expect(askPages([q], 'when did norland pull the last marines out')).not.toMatch(/March 9/)
  })
  // 53615fd: "\d{4}-" before a figure drops the top of a range written without commas.
  it.each([
    ['Organisers said 3000-5000 people rallied in Velta on Sunday.', 'how many people rallied'],
    ['Between 2500-4000 people were at the rally in Velta on Sunday, police said.', 'how many people were at the rally'],
  ])('53615fd: %j is a range, not its low end', (body, q) => {
    expect(ask(body, q)).not.toMatch(/^\D*\d+$/)
  })
  // 5099639: partOfAnother keeps a part "of the kind counted" whatever toll it is part of.
  it.each([
    ['The attack killed 14 people, 9 of them soldiers, and wounded dozens.', 'how many soldiers were wounded', /^9\b/],
    ['The riots killed 88 people, 12 of them police, and wounded hundreds.', 'how many police were wounded', /^12\b/],
    ['The clashes killed 14 people, 9 of them soldiers, and police arrested dozens.', 'how many soldiers were arrested', /^9\b/],
  ])('5099639: %j: %j is not answered by a part of the dead', (body, q, wrong) => {
    expect(ask(body, q)).not.toMatch(wrong)
  })
})

describe('right short answers the rules lost', () => {
  it.each([
    // 06d9957: the destination after "sent to <verb> … in" is not PUT_THERE, and the "sent to" elsewhere makes it "stayed".
    ['The marines were sent to guard the port in Dessa, the ministry in Velta said.', 'where were the marines sent to', /Dessa/],
    ['The Norland marines were sent to help local police in Dessa on Monday.', 'where were the marines sent to', /Dessa/],
    ['The marines were sent to help local police in Dessa, a town on the way to Kessa.', 'which town were the marines sent to', /Dessa/],
    // ddde9e0: a question word in another figure's noun ("port workers") makes the asked figure a misfit.
    ['About 400 marines guarded the port, and 120 port workers stayed home.', 'how many marines guarded the port', /400/],
    ['Norland sent 500 troops to the border, where 2,000 border troops were already stationed.', 'how many troops did norland send to the border', /500/],
    // 5099639: "all of them police officers" after the whole makes the whole no count of police, though it is all police.
    ['Eight people were killed in Velta on Monday, all of them police officers, the ministry said.', 'how many police officers were killed', /Eight/],
    // 5099639: "bodies … found" in the question is a toll word, and "found 14 bodies" (other order) is then no toll.
    ['Rescuers found 14 bodies in the river near Velta; 40 people are still missing.', 'how many bodies were found', /14/],
    // 9485dc1: any "other" within 30 characters before a list makes it partial.
    ['Among other things, Norway, Denmark and Estonia sent ships to Velta.', 'which countries sent ships to velta', /Norway, Denmark and Estonia/],
    ['Despite other duties, Norway, Denmark and Estonia sent ships to Velta.', 'which countries sent ships to velta', /Norway, Denmark and Estonia/],
    // 386e35e: every "what did X <verb> Y of/for" now goes to charge(), which needs a person's name and explicit grounds.
    ['Mira Kessa accused Ivo Lask of lying to voters.\n\nLask was charged with bribery in January.', 'what did kessa accuse lask of', /lying/i],
    ['Ivo Lask, the mayor of Velta, was arrested on Monday on suspicion of bribery.', 'what did they arrest the mayor for', /bribery/],
  ])('%j: %j', (body, q, right) => {
    expect(ask(body, q)).toMatch(right)
  })
})

describe('rules that missed their own class', () => {
  const arrest = 'On March 6 the agency detained its own former chief, Ivo Lask, a two-time mayor; the arrest was made public two days later.'
  it.each(['what did they pick lask up for', 'what was lask nabbed for', 'what did lask get arrested for'])('386e35e: %j is no clause after the name', (q) => {
    expect(ask(arrest, q)).not.toMatch(/made public/i)
  })
  it.each(['Posts claim Finland alone sent ships. They are wrong to say no one else took part: Norway, Denmark and Estonia all sent ships.'])(
    '9485dc1: %j is no whole list',
    (body) => {
      expect(ask(body, 'which countries sent ships')).not.toBe('Norway, Denmark and Estonia')
    },
  )
  it('06d9957: "due to be played in Velta" is where the match was, not where it went', () => {
    expect(ask('The match, due to be played in Velta, was moved to a stadium in Kessa.', 'where was the match moved to')).not.toMatch(/Velta/)
  })
  it.each([
    'Governor Ivo Lask informs the council the mission is over and the pullout of the marines will begin in two days.',
    'Governor Ivo Lask tells the council the pullout of the marines is set to begin in two days.',
    'Governor Ivo Lask tells reporters: the pullout of the marines will begin in two days.',
  ])('2709173: a plan told in the present, "%s", dates the telling', (entry) => {
    const p = page(`**March 11 —** ${entry}\n\n**March 12 —** Shops reopen in Velta.`, 'Velta day by day')
    expect(askPages([p], 'when did the pullout of the marines begin')).not.toMatch(/March 11/)
  })
  it.each([
    '(26) On 7 March security forces in Velta detained people at the port.',
    '26) On 7 March security forces in Velta detained people at the port.',
    '§ 26 On 7 March security forces in Velta detained people at the port.',
  ])('5ca9bd1: a paragraph number in %j is no figure', (body) => {
    expect(ask(body, 'how many people were detained')).not.toMatch(/26/)
  })
  it('5466d44: a row whose first field is blank is a row of its own', () => {
    const p = page(
      'date\tevent\tsource\n2023-03-12\tFerry strike begins in Velsk; more than 900 people rally at the docks\tVelsk Post\n\tPolice: about 300 people detained after the riots at the docks\tPolice\n2023-03-18\tStrike ends\tPort office',
      'Velsk ferry strike: timeline (export)',
    )
    expect(askPages([p], 'about how many people got locked up after the riots')).not.toMatch(/900/)
  })
})
