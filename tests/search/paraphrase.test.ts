import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { buildEngine } from '../../src/engine/engine.ts'
import { buildConcepts, buildSearchIndex } from '../../src/search/index.ts'
import { buildLexicon, createSpeller } from '../../src/text/index.ts'
import { askReport, pagesEngine, reportEngine } from '../support/made-up-report.ts'
import { nameForms } from '../../src/search/name-forms.ts'

// A short article of our own whose words are not the ones the questions use.
const TEXT = `Coastal guard ends Marovia mission
May 2, 2023

The Coastal Guard League appealed for assistance after the dam at Velta failed on April 3.

A sharp rise in bread prices sparked the riots in the capital, Orlin, a week earlier.

The league's withdrawal of its 400 sailors from Marovia was completed on April 28.

The harbour of Dessa was flooded for days. As many as 3,000 people slept in tents there.

The weather office said the river level fell on Tuesday.

Twelve transport aircraft flew the sailors home on May 1.

The league's sailors took over guard duties at the Marovia harbour.

The league's sailors in Marovia were cheered by crowds.`

function engine() {
  const r = parseArticle('marovia.txt', TEXT)
  if (!r.ok) throw new Error(r.reason)
  return buildEngine({ articles: [r.article], skipped: [] })
}

describe('retrieval that survives paraphrase (WordNet expansion)', () => {
  const e = engine()
  it.each([
    ['when did the league pull out of marovia', 'withdrawal'],
    ['when was the pullout from marovia done', 'withdrawal'],
    ['when did the league back down and leave marovia', 'withdrawal'],
    ['who asked for help after the dam broke', 'appealed for assistance'],
    ['what triggered the riots', 'sparked'],
    ['how many planes were there', 'transport aircraft'],
    ['what were the league sailors actually doing in marovia', 'duties'],
  ])('%j finds the sentence with %j first', (q, words) => {
    expect(e.retrieve(q, 1)[0]?.excerpt).toContain(words)
  })
})

describe('"there" refers to the place the sentence before names', () => {
  it('ranks the sentence that says "there" for a question naming the place', () => {
    expect(engine().retrieve('how many people slept in tents in dessa', 1)[0]?.excerpt).toContain('3,000')
  })
})

// An explainer whose answers sit under question headings, and a wire story that says things in other words.
const EXPLAINER = `# Explainer: the Marovia flood mission
May 3, 2023

## Who sent boats, and how many?

Norway, Finland and Estonia are all contributing. The league put the flotilla at about 40 boats.

## Why did the river burst?

Heavy snowmelt swelled the Tarn after a warm April.`

const WIRE = `Sailors board ships at Kellport
May 4, 2023

The Dunmark sailors had been moved overnight to the naval base at Kellport, where they boarded league ships.

The flotilla's commander, Admiral Ines Varga, said the pullout would finish within ten days.

In a vote on Sunday, about 64% of league members backed the mission.`

function engineOf(...texts: [string, string][]) {
  const articles = texts.map(([name, text]) => {
    const r = parseArticle(name, text)
    if (!r.ok) throw new Error(r.reason)
    return r.article
  })
  return buildEngine({ articles, skipped: [] })
}

describe('retrieval through headings, multiword verbs and idioms', () => {
  const e = engineOf(['explainer.md', EXPLAINER], ['wire.txt', WIRE], ['marovia.txt', TEXT])
  it.each([
    // The heading says what the sentence under it leaves unsaid.
    ['which countries sent boats', 'Norway, Finland and Estonia'],
    ['why did the tarn burst in the first place', 'snowmelt'],
    // "get on" is "board"; neither "get" nor "on" says so.
    ['where did the dunmark sailors get on the ships', 'boarded'],
    // An object pronoun between the verb and its particle leaves it one verb: "pull them out" is "withdraw".
    ['when did the league pull them out of marovia', 'withdrawal'],
    ['where did they get everyone on the ships', 'boarded'],
    ['what set it all off', 'sparked'],
    // "percent" is a word English has, not a typo of "present"; "64%" says it with a sign.
    ['what percent backed the mission', '64%'],
  ])('%j finds the sentence with %j first', (q, words) => {
    expect(e.retrieve(q, 1)[0]?.excerpt).toContain(words)
  })
  it('does not offer a heading itself as the best passage', () => {
    expect(e.retrieve('who sent boats', 1)[0]?.excerpt).not.toMatch(/^##/)
  })
})

describe("a light verb with a particle and no object is chat, not the article's words", () => {
  const r = parseArticle('marovia.txt', TEXT)
  if (!r.ok) throw new Error(r.reason)
  const articles = [r.article]
  const index = buildSearchIndex(articles, buildLexicon(articles))
  const weightOf = (q: string, word: string) =>
    buildConcepts(q, index, createSpeller(index.vocabulary), new Set(), new Set()).find((c) => c.word === word)?.weight ?? 0
  it('weighs "go down" less than the same verb with an object ("go down the valley")', () => {
    const vague = weightOf('when did the river level go down', 'go_down')
    const said = weightOf('when did the river level go down the valley', 'go_down')
    expect(vague).toBeGreaterThan(0)
    expect(vague).toBeLessThan(said)
  })
})

describe('a multiword verb around a short object', () => {
  const r = parseArticle('marovia.txt', TEXT)
  // A page that writes "started": "start out" is then a verb the corpus knows, and may claim a particle that is not its own.
  const started = parseArticle('kell.txt', 'Sailors leave Kell\nMay 4, 2023\n\nThe sailors started leaving Kell on April 20.')
  if (!r.ok || !started.ok) throw new Error('unreadable test page')
  const index = buildSearchIndex([r.article, started.article], buildLexicon([r.article, started.article]))
  const conceptsOf = (q: string) => buildConcepts(q, index, createSpeller(index.vocabulary), new Set(), new Set())
  it.each([
    ['when did the league pull its sailors out of marovia', 'pull_out', 'sailor'],
    ['when did they pull the sailors out', 'pull_out', 'sailor'],
    // An object may open with a quantifier.
    ['when did the league pull all its sailors out', 'pull_out', 'sailor'],
    // "out of" is the particle and a preposition here, not the adverb WordNet also lists.
    ['when did the sailors pull out of marovia', 'pull_out', 'sailor'],
    // The nearer verb keeps its particle across its object, after a verb of beginning.
    ['when did the league start pulling the sailors out', 'pulling_out', 'sailor'],
  ])('%j asks for %j, and still for %j', (q, verb, object) => {
    const concepts = conceptsOf(q)
    expect(concepts.find((c) => c.word === verb)?.terms.map((t) => t.term)).toContain('withdraw')
    expect(concepts.map((c) => c.word)).toContain(object)
  })
  it.each([
    // "start pulling out": the particle is the nearer verb's, not "start out".
    ['when did the league start pulling out', 'start_out'],
    // Nor when the nearer verb has an object of its own: "start pulling the sailors out" is "pull out".
    ['when did the league start pulling the sailors out', 'start_out'],
    // A particle followed by more words ("up north") is no particle of the verb.
    ['when did the league send sailors up north', 'send_up'],
    // "in the end" stays an idiom: it is no particle of "get".
    ['how long did the sailors get in the end', 'get_in'],
  ])('%j does not read %j', (q, verb) => {
    expect(conceptsOf(q).map((c) => c.word)).not.toContain(verb)
  })

  it.each(['how many sailors did the league send in total', 'in all, how many sailors did the league send', 'how many sailors did the league send all told'])(
    '%j counts them all: no "send in", and no word of its own for the total',
    (q) => {
      const words = conceptsOf(q).map((c) => c.word)
      expect(words).toEqual(expect.arrayContaining(['sailor', 'send']))
      expect(words.filter((w) => /^(?:send_in|total|tell|told|all)$/.test(w))).toEqual([])
    },
  )
})

describe('an adverbial idiom that says where', () => {
  const e = engineOf([
    'grid.txt',
    'Grid failure in Marovia\nMay 5, 2023\n\nPower failed in Orlin on Monday.\n\nBy Tuesday evening, after a second line tripped near the coast, power had failed in a nationwide blackout.\n\nEngineers restored power in Dessa on Friday.',
  ])
  it('finds "nationwide" for "across the country"; a question without the idiom is read as before', () => {
    expect(e.retrieve('when did the power fail across the country', 1)[0]?.excerpt).toContain('nationwide')
    expect(e.retrieve('when did the power fail in orlin', 1)[0]?.excerpt).toContain('Orlin')
  })
})

describe('"ask for help" is "appeal for assistance"', () => {
  const e = engineOf([
    'flood.txt',
    "Velta asks for help\nMarch 20, 2023\n\nOn Friday, March 3, as the river rose, Mayor Ivo Lask appealed to the Coastal League for assistance.\n\nThe league later asked reporters to stay away from the harbour on Sunday, March 5.\n\nThe league's sailors arrived on March 6.",
  ])
  it('answers when the appeal was made', () => {
    expect(e.ask('when did the mayor ask the league for help').answer).toBe('Friday, March 3, 2023')
  })
})

describe('a preposition after the verb opens no object', () => {
  const r = parseArticle(
    'fleet.txt',
    'Fleet news\nMay 2, 2023\n\nThe league sent 400 sailors to Orlin in April.\n\nIn May the sailors returned to their ships.',
  )
  if (!r.ok) throw new Error(r.reason)
  const index = buildSearchIndex([r.article], buildLexicon([r.article]))
  it('reads "send to the city back in the spring" as sending, not "send back"', () => {
    const words = buildConcepts(
      'how many sailors did the league send to the city back in the spring',
      index,
      createSpeller(index.vocabulary),
      new Set(),
      new Set(),
    ).map((c) => c.word)
    expect(words).not.toContain('send_back')
  })
})

describe('what "how many" counts', () => {
  const r = parseArticle('marovia.txt', TEXT)
  if (!r.ok) throw new Error(r.reason)
  const index = buildSearchIndex([r.article], buildLexicon([r.article]))
  const concept = (q: string, counted: string, names: string[]) =>
    buildConcepts(q, index, createSpeller(index.vocabulary), new Set([counted]), new Set(names)).find((c) => c.asked === counted)
  it('counts for little when it is a common noun: a sentence may name it otherwise ("sailors" for "troops")', () => {
    expect(concept('how many sailors were in the league force', 'sailors', [])?.minor).toBe(true)
  })

  it('keeps its weight when it is a name: "how many Marovians" is about Marovians', () => {
    const named = concept('how many marovians were in the league force', 'marovians', ['marovian'])
    const common = concept('how many marovians were in the league force', 'marovians', [])
    expect(named?.minor).toBe(false)
    expect(named!.weight).toBeGreaterThan(common!.weight * 2)
  })

  it('counts for little when it is a figure the count is a part of ("how many of the 400")', () => {
    expect(concept('how many of the 400 were in dessa', '400', ['400'])?.minor).toBe(true)
  })
})

describe('a typo of a stop word or a word of chat is that word', () => {
  // "actual" and "accord" are words of the made-up article; "actualy" and "acording" are typos of words that name nothing.
  const r = parseArticle(
    'accord.txt',
    'A made-up report\nMarch 20, 2023\n\nThe actual accord between Norland and Velta was signed in May.\n\nNobody said more.',
  )
  if (!r.ok) throw new Error(r.reason)
  const index = buildSearchIndex([r.article], buildLexicon([r.article]))
  const wordsOf = (q: string) => buildConcepts(q, index, createSpeller(index.vocabulary), new Set(), new Set()).map((c) => c.word)
  it.each([
    ['which countries actualy signed', 'actual'],
    ['how many were hurt acording to velta', 'accord'],
  ])('%j asks nothing of %j', (q, word) => {
    expect(wordsOf(q)).not.toContain(word)
  })
  it('a misspelt word of the article is still corrected', () => {
    expect(wordsOf('when was the acord signed')).toContain('accord')
  })
})

describe('a word no article uses', () => {
  // "resurface" is in no sentence; only its relative "appear" is, in sentences about nothing the question asks.
  const body =
    'Life appeared to be returning to normal in Dorn on Monday, and shops opened.\n\nThe markets in Kessa appeared calm.\n\nThe former governor Ivo Lask stayed out of sight until March 18, when he broke his silence with a video address in which he called himself a pensioner.\n\nLask had run the province for two decades.'
  it.each(['what did lask say when he finally resurfaced', 'when did lask resurface', 'what did lask do when he resurfaced'])(
    '%j: the passage about the one asked about leads, not one sharing a relative of the word',
    (q) => {
      expect(reportEngine(body).retrieve(q, 1)[0]?.excerpt).toMatch(/^The former governor Ivo Lask/)
    },
  )
  // Three pages each, so that a word no article uses is rarer than any they do.
  const page = (title: string, date: string, body: string) => `# ${title}\n${date}\n\n${body}`
  const council = [
    page(
      'Portvale mayor wins second term',
      'October 2, 2023',
      'Mayor Dana Kerrow won re-election on Sunday with 54 percent of the vote.\n\nTurnout was 41 percent.',
    ),
    page(
      'Kerrow unveils budget',
      'November 9, 2023',
      'Mayor Dana Kerrow on Thursday presented the budget for 2024.\n\nKerrow said the city would hire 500 teachers next year.',
    ),
    page(
      'Portvale tram strike ends',
      'December 1, 2023',
      'Tram drivers in Portvale ended a five-day strike on Friday after a 7 percent pay rise.\n\nServices resume on Saturday.',
    ),
  ]
  const quake = [
    page(
      'Quake strikes Olvan',
      'March 15, 2023',
      'A magnitude 6.4 earthquake struck Olvan province on Wednesday, killing at least 23 people, the ministry said.\n\nMore than 150 buildings collapsed in Reska.',
    ),
    page(
      'Aid arrives in Reska',
      'March 17, 2023',
      'Durmia sent 40 tonnes of food and 60 rescuers to Reska on Friday.\n\nThe Red Crescent said 5,000 people were sleeping in tents.',
    ),
    page(
      'Reska rebuild to take years',
      'April 2, 2023',
      'Governor Lev Amsel said rebuilding Reska would cost about 90 million dollars.\n\nSchools will reopen in September.',
    ),
  ]
  it.each([
    ['the council', 'how many teachers will be fired', council],
    ['the quake', 'how many people died in the tsunami', quake],
  ])('%s: %j is not answered with a count of another deed (review)', (_, q, pages) => {
    expect(pagesEngine(pages, 'md').ask(q).answer).toBeNull()
  })
  it('still leaves a question about something no article names uncovered', () => {
    expect(askReport(body, 'what did lask say about Erdogan').status).toBe('not_covered')
  })
  describe('in pages where the one asked about is in most sentences', () => {
    const pages = [
      page(
        'Kerrow wins second term',
        'October 2, 2023',
        'Mayor Dana Kerrow won re-election on Sunday.\n\nKerrow thanked her voters.\n\nTurnout was 41 percent.',
      ),
      page(
        'Kerrow unveils budget',
        'November 9, 2023',
        'Kerrow on Thursday presented the budget.\n\nKerrow said the city would hire 500 teachers.\n\nThe opposition called the plan reckless.',
      ),
      page('Kerrow ends strike', 'December 1, 2023', 'Kerrow met the tram drivers on Friday.\n\nKerrow agreed to a pay rise.\n\nServices resume on Saturday.'),
    ]
    it.each([
      // An English word no article uses: the passages about her may still say it otherwise.
      ['what did kerrow say when she resurfaced', 'passages'],
      // Typed in lower case, a word English lacks is likelier a name the articles never give.
      ['what did erdogan say about kerrow', 'not_covered'],
    ])('%j → %s', (q, status) => {
      expect(pagesEngine(pages, 'md').ask(q).status).toBe(status)
    })
  })
})

describe('a small number typed as a figure, written as a word', () => {
  const body = [
    'League aircraft had flown more than 40 sorties in four days, the league said on Monday.',
    'By Thursday the airlift had carried 900 troops and 40 vehicles to Velsk.',
    'The league planned 10 more flights for the next week.',
  ].join('\n\n')
  it('finds "four days" for "4 days", as it would "4 days" for "four days"', () => {
    expect(askReport(body, 'in 4 days how many sorties').answer).toBe('more than 40 sorties')
    expect(reportEngine(body).retrieve('how many flights did the league do in the first 4 days', 1)[0]?.excerpt).toContain('four days')
    expect(reportEngine(body.replace('four days', '4 days')).retrieve('how many sorties in four days', 1)[0]?.excerpt).toContain('4 days')
  })
})

describe('a verb idiom of three words', () => {
  const body = [
    'Velnet, the main operator, stopped its mobile service in Velsk on Tuesday, March 7, on government orders.',
    'The operator said its phone plans would cost more from April.',
    'Plug sockets in the old city were replaced last year.',
  ].join('\n\n')
  it.each(['when did velnet pull the plug on its mobile service', 'when did the operator pull the plug'])('%j is "stopped"', (q) => {
    expect(askReport(body, q).answer).toBe('Tuesday, March 7, 2023')
  })
})

// A question's general noun written in the article as one of its kinds: "fuel" as "petrol", "spokesperson" as
// "spokesman". Each question shares its other words with a sentence that says something else.
const KINDS = `Norvik air force ends flood relief
June 9, 2023

Petrol sold for 90 crowns a litre in the Skarv valley on Monday, twice the price before the flood.

Bread sold for 12 crowns a loaf in the valley, the same price as before.

The air force chief, General Ola Brun, thanked the crews for the relief work in the valley.

The interior ministry's spokesman, Anders Vik, said the valley roads would stay closed.

The interior ministry said 2,000 people had left the valley by road.`

describe('a general noun found as one of its kinds (WordNet hyponyms)', () => {
  const e = pagesEngine([KINDS])
  it.each([
    ['what was fuel selling for in the valley', '90 crowns'],
    ['what did the interior ministry spokesperson say about the valley', 'Anders Vik'],
  ])('%j finds the sentence with %j first', (q, words) => {
    expect(e.retrieve(q, 1)[0]?.excerpt).toContain(words)
  })
})

describe('an abbreviation the articles write in capitals is the word it stands for', () => {
  const engine = pagesEngine([
    'Kyrgyz pianist freed\nJanuary 10, 2022\n\nBISHKEK, Jan 10 (Nordic Wire) - Vik Rusk, a Velmari jazz musician, flew home on Monday after being released.\n\nHe had appeared on Orsan state television with a bruised face, saying he had been paid $200 to join the riots.',
    'Reactions\nJanuary 8, 2022\n\nThe interview was first shown on Orsa TV, the channel said. Russian TV repeated it.\n\nThe parliament voted to send 150 servicemen.',
  ])
  it.each(["the velmari jazz guy forced to 'confess' on orsan tv, name?", 'which jazz guy confessed on tv'])(
    '%j finds the sentence that says "television"',
    (q) => {
      const r = engine.ask(q)
      expect(r.status).not.toBe('not_covered')
      expect(r.citations.map((c) => c.excerpt).join(' ')).toContain('state television')
    },
  )
  it('spells out "tv" as "television"', () => {
    expect(nameForms('tv', 'tv', buildLexicon([])).map((t) => t.term)).toContain('televis')
  })
})

describe('a sentence that says every name the question gives is about it, however little else it shares', () => {
  const engine = pagesEngine([
    'Pact force lands in Velmar\nJanuary 7, 2022\n\nThe Northern Pact groups Norland, Ostria, Kelmark and Velmar.\n\nOn the next day, January 14, planes took home all the contingents of Norland and Ostria from Velmar.',
    'Riots\nJanuary 5, 2022\n\nCrowds burned the city hall in Orsa on Wednesday.',
  ])
  it('shows the passages that may answer, not "the articles don\'t say"', () => {
    const r = engine.ask('which countries put boots on the ground in velmar')
    expect(r.status).toBe('passages')
    expect(r.citations.map((c) => c.excerpt).join(' ')).toContain('contingents of Norland and Ostria')
  })
  it('while a question that gives no name they say is still not covered', () => {
    expect(engine.ask('who won the world cup').status).toBe('not_covered')
  })
})

describe('an abbreviation the question names is no body a post must be of', () => {
  const engine = pagesEngine([
    'Unrest in Orsa: live\nJanuary 6, 2022\n\nAida Lind, a spokeswoman for the Orsa city police, told state television that dozens of attackers were held overnight. She gave no precise figure.',
    'Reactions\nJanuary 8, 2022\n\nThe interview was first shown on Orsa TV, the channel said.',
  ])
  it('answers who the spokeswoman "on state tv" is', () => {
    expect(engine.ask('the orsa police spokeswoman on state tv, whats her name').answer).toContain('Aida Lind')
  })
})
