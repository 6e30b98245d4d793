import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { extractQuotes } from '../../src/quotes/extract.ts'
import { buildQuoteIndex } from '../../src/quotes/quote-index.ts'
import type { Article } from '../../src/corpus/types.ts'

// Every name, place and outlet below is invented: these rows test the ways news copy
// attributes a quotation, not any article of the evaluation sets.

function article(body: string, source = 'made-up.txt'): Article {
  const r = parseArticle(source, `Made-up report on the unrest in Velmar\n\n${body}\n`)
  if (!r.ok) throw new Error(r.reason)
  return r.article
}

type Row = { pattern: string; body: string; want: [speaker: string, firstWords: string][] }

function check({ body, want }: Row): void {
  const a = article(body)
  const got = extractQuotes(a)
  expect(got.map((q, i) => [q.speaker, q.text.slice(0, want[i]?.[1].length ?? 30)])).toEqual(want)
  for (const q of got) expect(a.text.slice(q.start, q.end)).toBe(q.text)
}

const OWN_PARAGRAPH: Row[] = [
  {
    pattern: 'a question quoted ends its sentence; the next says who asked it',
    body: 'Mayor Ivan Petrov ruled out talks with the strikers on Monday.\n\n“What is there to discuss with people who blockade the port?” Petrov told reporters.',
    want: [['Ivan Petrov', 'What is there to discuss']],
  },
  {
    pattern: 'the paragraph before ends "NAME said:"',
    body: 'Mayor Ivan Petrov addressed the city council on Monday and said:\n\n“We will rebuild the bridge by spring, whatever it costs.”',
    want: [['Ivan Petrov', 'We will rebuild the bridge']],
  },
  {
    pattern: 'the paragraph before reports what NAME told reporters',
    body: 'Ivan Petrov, the mayor of Dorvik, told reporters that the bridge would be rebuilt.\n\n“Nobody will be left without a home this winter.”',
    want: [['Ivan Petrov', 'Nobody will be left']],
  },
  {
    pattern: 'the paragraph before reports NAME, then "He then offered ..." introduces the quotation',
    body: 'Speaking in Dorvik on Friday, Mayor Ivan Petrov said the strike had local causes. He then offered a pointed warning.\n\n“Once the league is in your harbour, it is hard to make it leave.”',
    want: [['Ivan Petrov', 'Once the league is in']],
  },
  {
    pattern: 'a pronoun after a paragraph that reports nobody speaking: no speaker is made up',
    body: 'Mayor Ivan Petrov visited the port on Friday. He then walked to the bridge.\n\n“Once the league is in your harbour, it is hard to make it leave.”',
    want: [],
  },
  {
    pattern: 'a pronoun after someone else is named: the one reported speaking is not taken for it',
    body: 'Mayor Ivan Petrov said the strike had local causes. Anna Berg, the union leader, disagreed. She then offered a pointed warning.\n\n“Once the league is in your harbour, it is hard to make it leave.”',
    want: [],
  },
  {
    pattern: 'a pronoun before a quotation that says who speaks it: that one is its speaker, or nobody known',
    body: 'Mayor Ivan Petrov said the strike had local causes. He then left the hall.\n\n“Down with the mayor,” a protester shouted outside.',
    want: [],
  },
  {
    pattern: 'the paragraph before names nobody speaking: no speaker is made up',
    body: 'The bridge over the Lissa collapsed on Monday night.\n\n“We will rebuild the bridge by spring.”',
    want: [],
  },
]

const BLOCK_QUOTES: Row[] = [
  {
    pattern: 'a Markdown block quotation after the sentence that introduces it',
    body: 'Mayor Ivan Petrov spoke to reporters on Monday. He said the port would stay shut, and added this warning:\n\n> “Anyone who blocks the port again will be arrested on the spot.”',
    want: [['Ivan Petrov', 'Anyone who blocks the port']],
  },
  {
    pattern: 'the pronoun of the introducing sentence goes back over sentences that go on with it',
    body: 'Mayor Ivan Petrov has just spoken on television, and the tone is grim. He said he had ordered the police to “clear the port by night”.\n\nHe dismissed calls for talks with the strikers:\n\n> “What talks can there be with people who blockade a port? We are dealing with saboteurs.”',
    want: [
      ['Ivan Petrov', 'clear the port by night'],
      ['Ivan Petrov', 'What talks can there be'],
    ],
  },
  {
    pattern: 'a bulleted list is no interview: the quotation after it keeps its speaker',
    body: 'Here is where things stand:\n\n- Strikers have blocked the port since Sunday.\n- The city has run out of fuel.\n\nMayor Ivan Petrov spoke on television. He dismissed calls for talks:\n\n> “What talks can there be with people who blockade a port?”',
    want: [['Ivan Petrov', 'What talks can there be']],
  },
]

const QUOTED_AS: Row[] = [
  {
    pattern: '"...," it quoted him as saying (the outlet is not the speaker)',
    body: 'Pavel Orlov, the interior minister, toured Dorvik on Sunday, the Lindhof Courier reported. “Pockets of unrest still remain in the north,” it quoted him as saying.',
    want: [['Pavel Orlov', 'Pockets of unrest']],
  },
  {
    pattern: '"...," the agency quoted NAME as saying',
    body: 'Troops left the square at dawn. “The curfew will end on Friday,” the Marvik Press agency quoted Pavel Orlov as saying.',
    want: [['Pavel Orlov', 'The curfew will end']],
  },
  {
    pattern: 'OUTLET quoted NAME as saying that "partial"',
    body: 'The Lindhof Courier quoted Pavel Orlov as saying that “the curfew will end on Friday” in the capital.',
    want: [['Pavel Orlov', 'the curfew will end']],
  },
  {
    pattern: '"...," he was cited as saying by OUTLET',
    body: 'Pavel Orlov spoke after the cabinet meeting. “The curfew will end on Friday,” he was cited as saying by the Lindhof Courier.',
    want: [['Pavel Orlov', 'The curfew will end']],
  },
  {
    pattern: '"...," NAME was quoted as saying by OUTLET',
    body: '“The curfew will end on Friday,” Pavel Orlov was quoted as saying by Radio Marvik.',
    want: [['Pavel Orlov', 'The curfew will end']],
  },
  {
    pattern: 'NAME was cited by OUTLET as saying "partial"',
    body: 'Pavel Orlov was cited by the Lindhof Courier as saying that “the curfew will end on Friday.”',
    want: [['Pavel Orlov', 'the curfew will end']],
  },
]

const BODIES: Row[] = [
  {
    pattern: 'the ministry, named before with its country (as the article names it)',
    body: 'In a post on its website, the Velmar foreign ministry accused the envoy of lying.\n\n“These claims are baseless and insulting to our people,” the ministry wrote.',
    want: [['Velmar Foreign Ministry', 'These claims are baseless']],
  },
  {
    pattern: 'the office, named before as a country’s presidential office',
    body: 'Dorvik’s presidential office said the curfew would stay. “The measures remain necessary for public safety,” the office said.',
    want: [['Dorvik’s Presidential Office', 'The measures remain']],
  },
  {
    pattern: 'the foreign ministry said in a statement (named nowhere else)',
    body: 'Flights resumed on Tuesday. “The embassy remains open for urgent consular cases,” the foreign ministry said in a statement.',
    want: [['Foreign Ministry', 'The embassy remains open']],
  },
  {
    pattern: 'the group, introduced as "monitoring group NAME"',
    body: 'Network monitoring group LinkWatch said traffic fell sharply on Tuesday.\n\n“The country is now almost completely offline,” the group warned on Twitter.',
    want: [['LinkWatch', 'The country is now']],
  },
  {
    pattern: 'the ministry, named before by its full title',
    body: 'The Ministry of Defence of Velmar announced the transfer. “All units have started to carry out their tasks,” the ministry said.',
    want: [['Ministry of Defence of Velmar', 'All units have started']],
  },
  {
    pattern: 'the statement said, a statement a person issued',
    body: 'In a statement issued on Monday, Anna Berg said the union regretted the deaths. Any foreign support, the statement said, must “respect the rights of all citizens of the country.”',
    want: [['Anna Berg', 'respect the rights']],
  },
  {
    pattern: 'the announcement, NAME told OUTLET, suggested "partial" (the one telling is the speaker)',
    body: 'The public announcement, Tomas Brandt told Nord Tidende, suggested the government was “moving with real speed” against the old guard.',
    want: [['Tomas Brandt', 'moving with real speed']],
  },
  {
    pattern: 'a bare "the ministry" with nothing to refer to is no speaker',
    body: 'Flights resumed on Tuesday. “The embassy remains open for urgent cases,” the ministry said.',
    want: [],
  },
]

const TITLES: Row[] = [
  {
    pattern: '"...," NAME of the ORGANISATION told OUTLET',
    body: '“There is no alternative to the alliance in this region,” Pavel Orlov of the Velmar Academy of Sciences told the Lindhof Courier.',
    want: [['Pavel Orlov', 'There is no alternative']],
  },
  {
    pattern: 'NAME of FIRM called him "..." (a firm\'s name ends in words such as Risk Management)',
    body: 'One analyst, Tomas Brandt of Velmar Political Risk Management, called him “the grey cardinal of the old regime”.',
    want: [['Tomas Brandt', 'the grey cardinal']],
  },
  {
    pattern: '"...," said NAME of FIRM',
    body: '“The old guard is finished,” said Tomas Brandt of Nordic Strategy Partners.',
    want: [['Tomas Brandt', 'The old guard is finished']],
  },
  {
    pattern: '"...," said NAME, a researcher at the ORGANISATION',
    body: '“There is no alternative to the alliance in this region,” said Pavel Orlov, a researcher at the Velmar Academy of Sciences.',
    want: [['Pavel Orlov', 'There is no alternative']],
  },
  {
    pattern: 'A researcher at the ORGANISATION, NAME, said: "..."',
    body: 'A researcher at the Velmar Academy of Sciences, Pavel Orlov, said: “There is no alternative to the alliance in this region.”',
    want: [['Pavel Orlov', 'There is no alternative']],
  },
  {
    pattern: 'according to ROLE at ORGANISATION, NAME, "partial"',
    body: 'According to a historian at the Dorvik State University, Elena Sokol, the move “changed the balance of the whole region.”',
    want: [['Elena Sokol', 'changed the balance']],
  },
  {
    pattern: 'COUNTRY’s defence minister, NAME, said ... "partial"',
    body: 'Dorvik’s defence minister, Pavel Orlov, said the army was sending “a trained and ready rifle company” to the border.',
    want: [['Pavel Orlov', 'a trained and ready']],
  },
  {
    pattern: '"...," BODY spokesman NAME told reporters (a lowercase role between)',
    body: 'The talks ended late.\n\n“This is entirely a matter for the host country,” Velmar government spokesman Pavel Orlov told reporters.',
    want: [['Pavel Orlov', 'This is entirely a matter']],
  },
  {
    pattern: 'COUNTRY’s NAME said (the possessive is not part of the name)',
    body: 'Dorvik’s Pavel Orlov said: “We see trained fighters behind the riots in the capital.”',
    want: [['Pavel Orlov', 'We see trained fighters']],
  },
]

const LISTENERS: Row[] = [
  {
    pattern: 'NAME told OUTLET, then "...," he said (the outlet told is not the speaker)',
    body: 'The arrest, Tomas Brandt told Nord Tidende, showed the government “acting with real speed”. “This is a sign that the old guard is being pushed out of power,” he said.',
    want: [
      ['Tomas Brandt', 'acting with real speed'],
      ['Tomas Brandt', 'This is a sign'],
    ],
  },
  {
    pattern: '"...," she said, according to OUTLET',
    body: 'Dorvik police spokeswoman Gulnur Sadyk said armed groups had tried to storm the station.\n\n“Dozens of attackers have been detained,” she said, according to Velmar-Press.',
    want: [['Gulnur Sadyk', 'Dozens of attackers']],
  },
]

const FOLLOW_ON: Row[] = [
  {
    pattern: 'a short exclamation attributed, then a quotation in the next sentence',
    body: 'Pavel Orlov spoke on television.\n\nHe dismissed calls for talks. “What nonsense!” he said. “What talks can there be with armed gangs?”',
    want: [['Pavel Orlov', 'What talks can there be']],
  },
]

const PARTICIPLE: Row[] = [
  {
    pattern: 'NAME did something, saying "partial" (the subject of the clause)',
    body: 'In his speech on Monday, Pavel Orlov turned on his predecessor, saying the old rule had produced “a class of very rich families in the capital”.',
    want: [['Pavel Orlov', 'a class of very rich']],
  },
  {
    pattern: 'a crowd chanting is no speaker',
    body: 'Crowds gathered in the main square of Dorvik, chanting “down with the old guard now”.',
    want: [],
  },
]

const TERM_QUOTED_FIRST: Row[] = [
  {
    pattern: 'a term in marks before the quotation does not cut its speaker off ("20,000 “bandits” … and declared: “…”")',
    body: 'Mayor Ivan Petrov spoke on television on Monday. He claimed that 2,000 “bandits” had attacked the port and declared: “Whoever does not leave will be arrested.”',
    want: [['Ivan Petrov', 'Whoever does not leave']],
  },
  {
    pattern: 'the words of a body or a person named by a noun after the possessive, before a colon',
    body: 'Mayor Ivan Petrov spoke on Monday.\n\nThe Dorvik foreign ministry’s reply on its channel was sharp: “When Velmar is in your house, it is hard to stay.”\n\nPetrov’s verdict: “The port stays shut until spring.”',
    want: [
      ['Dorvik Foreign Ministry', 'When Velmar is in your house'],
      ['Ivan Petrov', 'The port stays shut'],
    ],
  },
  {
    pattern: 'a noun of words after the possessive, in a clause after a comma, before "that"',
    body: 'The review gives the West mostly one line, Ivan Petrov’s jibe that “once the league is in your port, it is hard to get it out” — soon disproved.',
    want: [['Ivan Petrov', 'once the league is in your port']],
  },
  {
    pattern: 'a speaker who "put it plainly:" before the quotation',
    body: 'Velmar’s ombudsman Anna Berg put it plainly: “The law is clear: people may protest in peace.” Firms are now asking questions.',
    want: [['Anna Berg', 'The law is clear']],
  },
  {
    pattern: 'a quotation after "X remarked that" is not the next clause’s, after a semicolon',
    body: 'In Dorvik, Foreign Minister Ivan Petrov remarked that “once the league is in your port, it is hard to get it out”; the Velmar foreign ministry hit back the next day.',
    want: [['Ivan Petrov', 'once the league is in your port']],
  },
  {
    pattern: 'a pronoun’s noun of words before a colon ("His line that stuck:") is of whom "he" is, the day’s month before his name no part of it',
    body: 'Mayor Ivan Petrov spoke on television. In an address on Friday 7 March Petrov said he had closed the port. His line that stuck: “Whoever does not leave will be arrested.”',
    want: [['Ivan Petrov', 'Whoever does not leave']],
  },
  {
    pattern: 'a month that is a given name stays part of the name',
    body: 'The port reopened on Monday. April Ryan, the harbour master, said: “The ships are back in their berths today.”',
    want: [['April Ryan', 'The ships are back']],
  },
  {
    pattern: 'a thing’s noun before a colon speaks for nobody',
    body: 'The port’s closure was swift: “Nobody in or out of the harbour today.”',
    want: [],
  },
  {
    pattern: 'but a quotation of its own before it does',
    body: 'Mayor Ivan Petrov spoke on television on Monday. “The port is closed to everyone until further notice today,” he said, and the council declared: “The strike is over.”',
    want: [['Ivan Petrov', 'The port is closed']],
  },
]

const RETORTS_AND_NAMES: Row[] = [
  {
    pattern: 'NAME fired back that “…”',
    body: 'The Dorvik foreign ministry fired back on Saturday that “lessons in history are best taken at home, not handed out abroad”.',
    want: [['Dorvik Foreign Ministry', 'lessons in history']],
  },
  {
    pattern: 'NAME retorted: “…”',
    body: 'Mayor Ivan Petrov retorted: “The port was never closed for a single day this winter.”',
    want: [['Ivan Petrov', 'The port was never closed']],
  },
  {
    pattern: 'NAME called / described THING “…”: the words that name it are the speaker’s',
    body: 'Mayor Ivan Petrov described the plan as “a disaster for the port and its workers”.',
    want: [['Ivan Petrov', 'a disaster for the port']],
  },
  {
    pattern: 'NAME called for “…” names nothing: no quotation of NAME',
    body: 'Mayor Ivan Petrov called for “calm and patience from every family in the city”.',
    want: [],
  },
]

const ROLE_FIRST: Row[] = [
  // A bare word another person's full name starts with is not that person (a rule reading "Xi said" as Xi Jinping's
  // was taken back: the word was as often a country, a firm or someone named by first name alone).
  {
    pattern: 'a bare word that is a country is the country, not the person whose first name it is',
    body: 'Jordan Pell, the refugee agency’s director, visited the crossing on Saturday.\n\nJordan said it had shut the crossing for “urgent security reasons at the border”.',
    want: [['Jordan', 'urgent security reasons']],
  },
  {
    pattern: 'a bare first name is someone named by it alone, not the official whose full name starts with it',
    body: 'Governor Ana Rusk declared an emergency on Sunday. “Every available boat is on the water,” Rusk said.\n\nIn Maro, a girl sat on a roof with her brother. “The water came in the night and kept rising,” Ana said.',
    want: [
      ['Ana Rusk', 'Every available boat'],
      ['Ana', 'The water came in the night'],
    ],
  },
  {
    pattern: 'THE ROLE, NAME, said on DAY: “…”',
    body: 'The Velmar refugee chief, Hanna Berg, said on Friday: “Borders must stay open to people fleeing the fighting.”',
    want: [['Hanna Berg', 'Borders must stay open']],
  },
  {
    pattern: '“…,” the ROLE, NAME, said',
    body: '“We will not bargain with the gunmen,” the Dorvik foreign minister, Ivo Lask, said on Tuesday.',
    want: [['Ivo Lask', 'We will not bargain']],
  },
  {
    pattern: 'a role tied to someone else ("a spokesman for the president, NAME,") does not make NAME the speaker',
    body: 'President Ivo Lask flew to the capital on Monday. “The troops will stay,” a spokesman for the president, Ivo Lask, said later.',
    want: [],
  },
  {
    pattern: 'a role before a comma that no name follows speaks for nobody',
    body: 'The foreign minister, however, said nothing. “We wait,” an aide whispered.',
    want: [],
  },
]

describe('attribution classes', () => {
  describe('a role with the name in apposition after it', () => it.each(ROLE_FIRST)('$pattern', check))
  describe('a quotation in its own paragraph', () => it.each(OWN_PARAGRAPH)('$pattern', check))
  describe('a block quotation', () => it.each(BLOCK_QUOTES)('$pattern', check))
  describe('quoted or cited as saying', () => it.each(QUOTED_AS)('$pattern', check))
  describe('a body speaking', () => it.each(BODIES)('$pattern', check))
  describe('an organisation in a speaker’s title', () => it.each(TITLES)('$pattern', check))
  describe('the one told and the outlet cited are not speakers', () => it.each(LISTENERS)('$pattern', check))
  describe('a follow-on quotation', () => it.each(FOLLOW_ON)('$pattern', check))
  describe('a participle clause', () => it.each(PARTICIPLE)('$pattern', check))
  describe('a term in marks before the quotation', () => it.each(TERM_QUOTED_FIRST)('$pattern', check))
  describe('a retort, or the words that name something', () => it.each(RETORTS_AND_NAMES)('$pattern', check))
})

describe('roles of speakers found through their titles', () => {
  it.each([
    ['Dorvik’s defence minister, Pavel Orlov, said: “We will send a full rifle company.”', 'Dorvik’s defence minister'],
    ['“Dozens of attackers have been detained,” Dorvik police spokeswoman Gulnur Sadyk said.', 'Dorvik police spokeswoman'],
    ['“There is no alternative to the alliance here,” Pavel Orlov of the Velmar Academy of Sciences said.', 'Velmar Academy of Sciences'],
  ])('%s → role %s', (body, role) => {
    expect(extractQuotes(article(body))[0]?.role).toBe(role)
  })
})

describe('speaker lists', () => {
  it('list no outlet that only cites and no capitalised sentence start', () => {
    const rows = [...OWN_PARAGRAPH, ...QUOTED_AS, ...BODIES, ...TITLES, ...LISTENERS, ...FOLLOW_ON, ...PARTICIPLE]
    const index = buildQuoteIndex(rows.map((r, i) => article(r.body, `row-${i}.txt`)))
    const listed = index.speakers().map((s) => s.name)
    const wanted = new Set(rows.flatMap((r) => r.want.map(([s]) => s)))
    expect(new Set(listed)).toEqual(wanted)
  })
})
