import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { buildEngine } from '../../src/engine/engine.ts'

// Two made-up reports of one landing, written for these tests: a short answer only where the engine would bet.
const PORTSEA = `Coastal League marines land in Portsea
March 8, 2023

PORTSEA (Reuters) - The first 300 marines of the Coastal League landed in Portsea on Tuesday, the league's commander, Admiral Rosa Lind, said.

The league said its guard force would number about 1,200 troops once all units arrive.

Portsea, a port town of about 90,000 people, has been under curfew since the riots began on Sunday.

Lind, 54, has led the league's navy since 2019.

The league paid 2 million euros for the fuel its ships burned on the way.

The 12th marine brigade followed on Wednesday.`

const HARBOUR = `League force smaller than announced, officials say
March 9, 2023

The Coastal League's guard force in Portsea numbers about 1,000 troops, league officials told Channel 9 on Thursday.

Riots in Portsea killed 40 people before the marines arrived, hospital officials said.

Admiral Lind thanked Norway and Denmark for their ships.

On Friday the council approved Petra Holm as the new mayor of Portsea.

Turnout in the charter vote reached 52%, while 70% of voters were backing the change.

Preliminary results showed about 61% of residents backing the curfew.`

const engine = buildEngine({
  articles: Object.entries({ 'portsea.txt': PORTSEA, 'harbour.txt': HARBOUR }).map(([name, text]) => {
    const r = parseArticle(name, text)
    if (!r.ok) throw new Error(r.reason)
    return r.article
  }),
  skipped: [],
})

describe('a short answer where the sentence says what was asked', () => {
  it.each([
    ['how old is admiral lind', '54'],
    ['which town did the marines land in', 'Portsea'],
    ['how much did the league pay for fuel', '2 million euros'],
    ['who leads the league’s navy', 'Rosa Lind'],
    ['how many people were killed in the riots', '40 people'],
    ['which countries did lind thank', 'Norway and Denmark'],
    // The post given after the name ("approved X as the new mayor") is the person's role.
    ['who is the new mayor of portsea', 'Petra Holm'],
    // A share is asked for: the figure written with its per cent sign.
    ['what percent of residents backed the curfew', '61%'],
    // Two shares in one sentence: the one "of" what the question is about.
    ['what percent voted yes on the charter', '70%'],
  ])('%j → %s', (q, answer) => {
    const r = engine.ask(q)
    expect(r.status).toBe('answered')
    expect(r.answer).toContain(answer)
  })

  it('shows a day with the words the article wrote it in, where they are other words', () => {
    const r = engine.ask('when did the first marines land in portsea')
    expect(r.answer).toBe('Tuesday, March 7, 2023')
    const riots = engine.ask('when did the riots in portsea begin')
    expect(riots.answer).toMatch(/^Sunday, March 5, 2023/)
  })

  it('names no role that is only the verb of saying', () => {
    expect(engine.ask('who leads the league’s navy').answer).not.toMatch(/said/)
  })
})

describe('passages, not a short answer, where the engine would not bet', () => {
  it.each([
    // A figure that measures a place ("a town of 90,000 people") counts nobody in the riots.
    ['how many people took part in the riots'],
    // A count of people is no count of brigades; "12th" is an ordinal, not an amount.
    ['how many marine brigades arrived'],
    // Money is asked for; no sum of money is given for it.
    ['how much did the league pay for the marines'],
    // A second question after the first: one short answer cannot give both.
    ['how many troops will the guard force have? like from what to what'],
    // "it" is whatever the asker had in mind; the articles cannot say what.
    ['did the league say anything about it'],
    // The day a sentence gives is of what it says was done ("followed on Wednesday"): no sentence says the brigade sailed home.
    ['when did the 12th marine brigade sail home'],
    ['when did the league cancel the curfew in portsea'],
    ['when did portsea lift the curfew'],
    ['when did the marines leave portsea'],
    ['when did the council reject petra holm as mayor'],
    ['when did lind quit the league navy'],
    ['when did the riots in portsea end'],
  ])('%j', (q) => {
    const r = engine.ask(q)
    expect(r.answer).toBeNull()
    expect(r.status).not.toBe('answered')
  })

  it('gives nothing at all for a name no article has', () => {
    expect(engine.ask('how many troops did the Ostland navy send').status).toBe('not_covered')
    expect(engine.ask('What did Erdogan say about the curfew?').status).toBe('not_covered')
  })
})

describe('a day as the article wrote it', () => {
  it('follows the resolved day with the article’s own words where they differ ("9 March")', () => {
    const r = parseArticle('talks.txt', 'Ferry talks end\nMarch 10, 2023\n\nThe ferry talks in Portsea ended on 9 March without a deal.')
    if (!r.ok) throw new Error(r.reason)
    const e = buildEngine({ articles: [r.article], skipped: [] })
    expect(e.ask('when did the ferry talks end').answer).toBe('Thursday, March 9, 2023 (“9 March”)')
  })
})

describe('a label asked for ("which article ...?")', () => {
  const r = parseArticle(
    'charter.txt',
    'League charter invoked\nMarch 10, 2023\n\nThe league invoked Article 7 of its charter, which allows members to ask for help. Its ships landed at an airfield in Portsea.',
  )
  if (!r.ok) throw new Error(r.reason)
  const e = buildEngine({ articles: [r.article], skipped: [] })
  it('is the noun with its number or capitalised name', () => {
    expect(e.ask('which article of the charter lets members ask for help').answer).toBe('Article 7')
  })
})

describe('a share "of" what every share in the sentence is of', () => {
  // Made up: two shares of voters; the question asks for the turnout, not the vote for the charter.
  const r = parseArticle('vote.txt', `Velmar votes\nMarch 20, 2023\n\nTurnout in the Velmar referendum was 64%, and 41% of voters backed the new charter.`)
  if (!r.ok) throw new Error(r.reason)
  const engine = buildEngine({ articles: [r.article], skipped: [] })

  it('is not told apart by the words it is of', () => {
    expect(engine.ask('what percent of voters turned out').answer ?? '').not.toContain('41%')
  })

  it('still gives the share the question asks about', () => {
    expect(engine.ask('what percent of voters backed the charter').answer).toContain('41%')
  })
})
