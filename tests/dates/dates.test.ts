import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { loadCorpus } from '../../src/corpus/load.ts'
import { readFileSync } from 'node:fs'
import { answerWhen, bestDateIn, describeDates } from '../../src/dates/answers.ts'
import { buildDateIndex } from '../../src/dates/date-index.ts'
import { inferArticleDates, sharedSalience } from '../../src/dates/inference.ts'
import { addDays, formatDate, formatDay, weekRange } from '../../src/dates/math.ts'
import { findTemporalExpressions, type TemporalExpression } from '../../src/dates/resolve.ts'
import type { Article } from '../../src/corpus/types.ts'

function article(body: string, source = 'made-up.txt'): Article {
  const r = parseArticle(source, `A made-up story\n\n${body}`)
  if (!r.ok) throw new Error(r.reason)
  return r.article
}

function only(found: TemporalExpression[], phrase: string): TemporalExpression {
  const hits = found.filter((e) => e.text === phrase)
  expect(
    hits.map((e) => e.text),
    `phrase "${phrase}" among ${JSON.stringify(found.map((e) => e.text))}`,
  ).toEqual([phrase])
  return hits[0]!
}

describe('news rules, on made-up sentences', () => {
  // [what, publication date, body, phrase, first day, last day or null]
  const cases: [string, string | null, string, string, string | null, string | null][] = [
    ['weekday in a Sunday story is the one before', '2022-01-09', 'Troops arrived on Thursday.', 'on Thursday', '2022-01-06', null],
    // A timeline's entry names its day; its "tomorrow" counts from that day, not from the page's.
    [
      '"tomorrow" after a day the sentence names',
      '2022-01-20',
      '**Jan 12** – The president says the withdrawal starts tomorrow.',
      'tomorrow',
      '2022-01-13',
      null,
    ],
    ['weekday keeps its time of day', '2022-01-09', 'Paratroopers landed on Thursday morning.', 'on Thursday morning', '2022-01-06', null],
    ['weekday without "on"', '2022-01-09', 'Russian troops invaded the country Thursday after the request.', 'Thursday', '2022-01-06', null],
    ['weekday of the story day is that day', '2022-01-06', 'Officials said Thursday that the airport was retaken.', 'Thursday', '2022-01-06', null],
    ['future tense looks ahead', '2022-01-09', 'Talks will begin on Tuesday.', 'on Tuesday', '2022-01-11', null],

    [
      'present tense of a schedule looks ahead',
      '2022-01-08',
      'The meeting, which begins Monday with talks, is in a neutral city.',
      'Monday',
      '2022-01-10',
      null,
    ],
    ['"last Friday" in a Friday story is a week back', '2022-01-07', 'They met last Friday.', 'last Friday', '2021-12-31', null],
    ['tomorrow', '2022-01-08', 'The talks take place tomorrow.', 'tomorrow', '2022-01-09', null],
    // A day of the month alone is of the nearest month to the story's day.
    ['"on the 19th" later in the month', '2022-01-15', 'We plan to complete all the work on the 19th.', 'on the 19th', '2022-01-19', null],
    ['"by the 2nd" across a month end', '2022-01-28', 'The last units will be out by the 2nd.', 'by the 2nd', '2022-02-02', null],
    ['"on the 30th" of the month before', '2022-02-03', 'The decree was signed on the 30th.', 'on the 30th', '2022-01-30', null],
    ['yesterday', '2022-01-08', 'The minister resigned yesterday.', 'yesterday', '2022-01-07', null],
    ['days ago', '2022-01-09', 'The unrest started two days ago.', 'two days ago', '2022-01-07', null],
    ['last week in a Sunday story', '2022-01-09', 'Prices rose last week.', 'last week', '2021-12-27', '2022-01-02'],
    ['last week in a Wednesday story', '2022-01-12', 'Prices rose last week.', 'last week', '2022-01-03', '2022-01-09'],
    ['this year', '2022-01-09', 'Elections are due this year.', 'this year', '2022-01-01', '2022-12-31'],
    ['last year', '2022-01-07', 'The post was empty during the entire last year.', 'last year', '2021-01-01', '2021-12-31'],
    ['last month across a year', '2022-01-09', 'The deal was signed last month.', 'last month', '2021-12-01', '2021-12-31'],
    ['month and day ahead of the story', '2022-01-07', 'Negotiations are scheduled on January 10.', 'on January 10', '2022-01-10', null],
    ['month and day just before the new year', '2022-01-07', 'Riots began on December 28.', 'on December 28', '2021-12-28', null],
    ['month and day mid-year', '2022-06-15', 'The law passed on March 3.', 'on March 3', '2022-03-03', null],
    ['month without a year is the nearest', '2022-01-09', 'A new vote is planned in March.', 'in March', '2022-03-01', '2022-03-31'],
    ['explicit date', '2022-01-09', 'The AFP report of 7 January 2022 was cited.', '7 January 2022', '2022-01-07', null],
    ['explicit abbreviated date', '2022-01-09', 'Troops left on Jan. 13, 2022.', 'on Jan. 13, 2022', '2022-01-13', null],
    ['month and year', '2022-01-09', 'Prices rose in January 2021.', 'in January 2021', '2021-01-01', '2021-01-31'],
    ['bare year', '2022-01-09', 'Tanks entered Prague in 1968 to crush the reforms.', 'in 1968', '1968-01-01', '1968-12-31'],
    ['"since" a year', '2022-01-09', 'The conflict has gone on since 2014 with no end.', 'since 2014', '2014-01-01', '2014-12-31'],
    ['year opening a sentence', '2022-01-09', 'In 2008 Russia invaded Georgia.', 'In 2008', '2008-01-01', '2008-12-31'],
    ['year standing alone', '2022-01-09', 'It was a hard year, 2021.', '2021', '2021-01-01', '2021-12-31'],
    ['year after "of"', '2022-01-09', 'Some recalled the Prague Spring of 1968 and more.', '1968', '1968-01-01', '1968-12-31'],
    ['decade', '2022-01-09', 'The pact was weak in the 1990s as well.', 'in the 1990s', '1990-01-01', '1999-12-31'],
    ['years need no publication date', null, 'Tanks entered Prague in 1968 to crush the reforms.', 'in 1968', '1968-01-01', '1968-12-31'],
    ['weekday without a publication date stays open', null, 'Troops arrived on Thursday.', 'on Thursday', null, null],
    // A story a year on: the month's year is the one the story gives it elsewhere, not a day after publication.
    [
      'a day without a year in a look back',
      '2024-01-05',
      'The toll was announced on January 15, 2023. The minister was arrested on January 6 and charged.',
      'on January 6',
      '2023-01-06',
      null,
    ],
    [
      'a day still to come keeps its year',
      '2023-01-11',
      'Troops arrived on January 6, 2023. The last will leave by January 19.',
      'by January 19',
      '2023-01-19',
      null,
    ],
    // The review's probe: a look back and a day to come in one story.
    [
      'a day to come in a story that looks back',
      '2023-03-20',
      'The election law was passed on March 3, 2022. The next vote is scheduled for March 26.',
      'March 26',
      '2023-03-26',
      null,
    ],
    // A day without a year weeks before publication stays in the publication's year, though a full date of that
    // month gives another: "This year Lask lost his majority on 20 January" beside "began on 2 January 2022".
    [
      'a day without a year, weeks before publication, beside a full date of another year',
      '2023-03-15',
      'The floods began on 2 January 2022 in Velsk. Lask lost his majority on 20 January, when the Dorn party walked out.',
      'on 20 January',
      '2023-01-20',
      null,
    ],
    [
      'a day without a year, days before publication, stays news',
      '2023-01-20',
      'The floods began on 2 January 2022 in Velsk. Dams failed on 7 January and the army came.',
      'on 7 January',
      '2023-01-07',
      null,
    ],
    [
      'a day without a year in a month given only with its own year',
      '2023-03-04',
      'Talks began on 2 January 2023. Dams failed on 7 January and the army came.',
      'on 7 January',
      '2023-01-07',
      null,
    ],
    ['a day without a year and no other year', '2024-01-05', 'The minister was arrested on January 6 and charged.', 'on January 6', '2024-01-06', null],
  ]
  it.each(cases)('%s', (_what, anchor, body, phrase, date, end) => {
    const e = only(findTemporalExpressions(article(body), anchor), phrase)
    expect([e.date, e.endDate]).toEqual([date, end])
    expect(e.certainty).toBe(date === null ? 'unresolved' : /\d{4}/.test(phrase) ? 'explicit' : 'relative')
  })

  it.each([
    ['the next day follows the previous sentence', 'Protests began on Tuesday. The next day, the government resigned.', 'The next day', '2022-01-05'],
    ['the day before', 'The vote was held on Friday. Protesters had gathered the day before.', 'the day before', '2022-01-06'],
    ['the next day with nothing dated before it', 'Protests began. The next day, the government resigned.', 'The next day', null],
    [
      'the next day does not reach two sentences back',
      'Protests began on Tuesday. Many were hurt. The next day, the government resigned.',
      'The next day',
      null,
    ],
  ])('%s', (_what, body, phrase, date) => {
    expect(only(findTemporalExpressions(article(body), '2022-01-09'), phrase).date).toBe(date)
  })

  it.each([
    ['a number of troops', 'About 2500 troops were sent.'],
    ['a number of troops after a preposition', 'The force grew by 2000 troops in a day.'],
    ['an old-looking number standing alone', 'Officials counted 1500.'],
    ['a numbered resolution', 'They cited Resolution 1244, which is old.'],
    ['a money amount', 'They invested 376 billion dollars.'],
    ['a thousands separator', 'The force totals about 2,500 people.'],
    ['an article number', 'It is like Article 5 of the treaty.'],
    ['an ordinal in a name', 'It was weak in the Second Karabakh War.'],
    ['a weekday in a name', 'Shops opened early on Black Friday.'],
    ['"one day" as a figure of speech', 'One day suddenly you are no longer in charge.'],
  ])('finds no date in %s', (_what, body) => {
    expect(findTemporalExpressions(article(body), '2022-01-09').map((e) => e.text)).toEqual([])
  })
})

describe('all-numeric dates', () => {
  const day = (body: string, phrase: string) => only(findTemporalExpressions(article(body), '2023-03-20'), phrase).date

  it.each([
    // Dots are written day first wherever they are used.
    ['05.01.2023 — Curfew declared in Velsk.', '05.01.2023', '2023-01-05'],
    // A ticker's stamp carries its time: the date is read the same.
    ['05.01.2023 09:31  CURFEW DECLARED IN VELSK', '05.01.2023 09:31', '2023-01-05'],
    // A page whose numeric dates show the day first ("13/01/2023") writes them all so.
    ['13/01/2023: Troops leave.\n\n07/01/2023: Troops arrive.', '07/01/2023', '2023-01-07'],
    // Without such proof a slashed date is read as American copy writes it.
    ['Troops arrived on 07/01/2023.', 'on 07/01/2023', '2023-07-01'],
    ['01/13/2023: Troops leave.\n\n07/01/2023: Troops arrive.', '07/01/2023', '2023-07-01'],
  ])('%j: %s is %s', (body, phrase, date) => expect(day(body, phrase)).toBe(date))
})

describe('a span of time is no day', () => {
  it.each(['Prices will be held for 180 days.', 'Troops stay for 10 days.', 'A reply is due within 48 hours.'])('%j has no date in it', (body) =>
    expect(findTemporalExpressions(article(body), '2023-03-20').map((e) => e.text)).toEqual([]),
  )
})

describe("a weekday just after a day is that day's", () => {
  const days = (body: string) => findTemporalExpressions(article(body), '2023-03-20').map((e) => `${e.text}=${e.date}`)
  it.each([['3/ Mar 4 (Saturday): officials said 40 people had died.', ['Mar 4=2023-03-04']]])('%j', (body, found) => expect(days(body)).toEqual(found))
  it.each([
    'Troops arrived on March 4 and left on Saturday.',
    // A wire's weekday after a background date dates the main verb (review).
    'Teo Halm, elected governor on May 4, 2019, Tuesday said he would resign.',
  ])('while a weekday of its own is still a day: %j', (body) => {
    expect(days(body)).toHaveLength(2)
  })
})

describe('a relative day restated by the date after its comma', () => {
  const days = (body: string) => findTemporalExpressions(article(body), '2023-03-20').map((e) => `${e.text}=${e.date}`)
  it.each([
    ['The pullout officially started yesterday, March 13.', ['March 13=2023-03-13']],
    ['The convoy left on Friday, March 10, at dawn.', ['on Friday, March 10=2023-03-10']],
  ])('%j is that date', (body, found) => expect(days(body)).toEqual(found))
  it("while a relative day with no date after it is counted from the article's", () => {
    expect(days('The pullout started yesterday, officials said.')).toEqual(['yesterday=2023-03-19'])
  })
})

describe('a line in capitals', () => {
  const phrases = (body: string) => findTemporalExpressions(article(body), '2023-03-20').map((e) => e.text)

  it.each([
    ['13 MAR 2023 16:39  LEAGUE PLANES TO FLY THE TROOPS HOME ON FRIDAY', 'ON FRIDAY'],
    ['TROOPS MAY LEAVE BY MARCH 5', 'BY MARCH 5'],
  ])('%j: reads %j', (body, phrase) => expect(phrases(body)).toContain(phrase))

  it('takes "MAY" and "MARCH" beside no day for the verbs they are', () => {
    expect(phrases('TROOPS MAY LEAVE SOON AS PROTESTERS MARCH ON THE CAPITAL')).toEqual([])
  })
})

describe('calendar helpers', () => {
  it.each([
    ['2022-01-06', 'Thursday, January 6, 2022'],
    ['2022-01-10', 'Monday, January 10, 2022'],
    ['2020-02-29', 'Saturday, February 29, 2020'],
  ])('formatDay(%s)', (day, text) => expect(formatDay(day)).toBe(text))

  it.each([
    ['1968-01-01', '1968-12-31', 'year', '1968'],
    ['1990-01-01', '1999-12-31', 'decade', 'the 1990s'],
    ['2021-12-01', '2021-12-31', 'month', 'December 2021'],
    ['2021-12-27', '2022-01-02', 'week', 'the week of December 27, 2021 – January 2, 2022'],
    ['2022-01-03', '2022-01-09', 'week', 'the week of January 3–9, 2022'],
  ] as const)('formatDate(%s, %s, %s)', (date, end, g, text) => expect(formatDate(date, end, g)).toBe(text))

  it('counts days across months and weeks from Monday', () => {
    expect(addDays('2022-01-01', -1)).toBe('2021-12-31')
    expect(weekRange('2022-01-10')).toEqual(['2022-01-10', '2022-01-16'])
    expect(() => addDays('2022-02-30', 1)).toThrow(/date-math: .*2022-02-30/)
  })
})

describe('publication dates inferred from other articles', () => {
  const dated = (body: string, date: string, source: string) => ({ ...article(body, source), date })
  const undated = article('Leaders will gather in Vienna for a summit which begins Monday. On Friday, the minister spoke about it.', 'u.txt')

  it('pins a weekday to the same event dated elsewhere, and dates the article before it', () => {
    const other = dated('The summit of the leaders in Vienna is scheduled on March 7.', '2022-03-02', 'd.txt')
    const found = inferArticleDates([other, undated]).get('u.txt')
    expect(found?.inferred).toBe(true)
    // Friday 4 March is past and Monday 7 March ahead: the story is of the weekend between.
    expect(found?.date).toBe('2022-03-05')
    expect(found?.evidence).toContain('d.txt')
    const index = buildDateIndex([other, undated])
    const monday = only([...index.expressions('u.txt')], 'Monday')
    expect([monday.date, monday.certainty]).toEqual(['2022-03-07', 'inferred'])
  })

  it('ignores an event on another weekday', () => {
    const sunday = dated('The summit of the leaders in Vienna is scheduled on March 6.', '2022-03-02', 'd.txt')
    expect(inferArticleDates([sunday, undated]).has('u.txt')).toBe(false)
  })

  it('ignores an event that shares no name, and leaves relative dates unresolved', () => {
    const elsewhere = dated('The summit of the leaders in Oslo is scheduled on March 7.', '2022-03-02', 'd.txt')
    expect(inferArticleDates([elsewhere, undated]).has('u.txt')).toBe(false)
    const monday = only([...buildDateIndex([elsewhere, undated]).expressions('u.txt')], 'Monday')
    expect([monday.date, monday.certainty]).toEqual([null, 'unresolved'])
  })

  it.each([
    ['Talks begin Monday in Geneva.', 'Negotiations in Geneva on January 10.', true],
    ['Russian troops invaded Kazakhstan Thursday.', "Russia's troops deployed in Kazakhstan on Thursday.", true],
    ['Talks begin Monday in Geneva.', 'Troops landed in Geneva on January 10.', false],
    ['He wrote in an article published Thursday.', 'Negotiations in Geneva on January 10.', false],
  ])('sharedSalience(%j, %j) > 0 is %s', (a, b, same) => expect(sharedSalience(a, b) > 0).toBe(same))
})

// Hand-checked by reading each seed: the words and the day each refers to, from the article's
// date line (000: Sat 8 Jan 2022, 001: Sun 9 Jan, 002: Mon 10 Jan, 004: Fri 7 Jan; 003 has none).
// [file prefix, phrase, words of its sentence, first day, last day or null]
const SEEDS: [string, string, string, string, string | null][] = [
  ['000', 'tomorrow', 'officials in Geneva tomorrow', '2022-01-09', null],
  ['001', 'in 1968', 'tanks entered Prague', '1968-01-01', '1968-12-31'],
  ['001', 'on Thursday', 'deployed in Kazakhstan on Thursday', '2022-01-06', null],
  ['001', '1968', 'Prague Spring of 1968', '1968-01-01', '1968-12-31'],
  ['001', 'in 1956', 'Hungarian Revolution in 1956', '1956-01-01', '1956-12-31'],
  ['001', 'in 1999', 'since its founding', '1999-01-01', '1999-12-31'],
  ['001', 'on Thursday morning', 'paratroopers had already begun arriving', '2022-01-06', null],
  ['001', 'on Friday', 'firm address to the nation', '2022-01-07', null],
  ['001', 'in 2020', 'Lukashenko, who in 2020', '2020-01-01', '2020-12-31'],
  ['001', 'on Wednesday', 'request to the CSTO surfaced', '2022-01-05', null],
  ['003', 'in 2014', 'conquest of Crimea', '2014-01-01', '2014-12-31'],
  ['003', 'Thursday', 'Russian troops invaded Kazakhstan Thursday', '2022-01-06', null],
  ['003', 'The next day', 'shoot to kill', '2022-01-07', null],
  ['003', 'Monday', 'which begins Monday', '2022-01-10', null],
  ['003', 'on Friday', 'Blinken said he would', '2022-01-07', null],
  ['003', 'in 2020', 'protests broke out in Belarus', '2020-01-01', '2020-12-31'],
  ['003', 'In 2008', 'Russia invaded Georgia', '2008-01-01', '2008-12-31'],
  ['003', 'in 2020', 'similar to Armenia', '2020-01-01', '2020-12-31'],
  ['003', 'Thursday', 'article published Thursday', '2022-01-06', null],
  ['004', 'January 7, 2022', 'Clashes reported in Almaty', '2022-01-07', null],
  ['004', 'January 6, 2022', 'The Trenchant Observer, January 6', '2022-01-06', null],
  ['004', 'in 1968', 'invasion of Czechoslovakia', '1968-01-01', '1968-12-31'],
  ['004', 'in 1956', 'invasion of Hungary', '1956-01-01', '1956-12-31'],
  ['004', 'on January 10', 'scheduled in Geneva', '2022-01-10', null],
  ['004', 'last year', 'during the entire last year', '2021-01-01', '2021-12-31'],
]

describe('the seed articles', () => {
  const corpus = loadCorpus('seeds')
  const index = buildDateIndex(corpus.articles)
  const file = (prefix: string) => corpus.articles.find((a) => a.source.startsWith(prefix))!

  it.each(SEEDS)('%s: “%s” (%s) is %s', (prefix, phrase, words, date, end) => {
    const a = file(prefix)
    const hits = index.expressions(a.source).filter((e) => e.text === phrase && a.sentences[e.sentence]!.text.includes(words))
    expect(hits).toHaveLength(1)
    expect(a.text.slice(hits[0]!.start, hits[0]!.end)).toBe(phrase)
    expect([hits[0]!.date, hits[0]!.endDate]).toEqual([date, end])
  })

  it('finds nothing the table does not list', () => {
    const listed = SEEDS.map(([p, phrase]) => `${p} ${phrase}`).sort()
    const found = corpus.articles.flatMap((a) => index.expressions(a.source).map((e) => `${a.source.slice(0, 3)} ${e.text}`)).sort()
    expect(found).toEqual(listed)
  })

  it('dates the undated article between the Friday it reports and the Monday it looks ahead to', () => {
    const d = index.articleDate(file('003').source)!
    expect(d.inferred).toBe(true)
    expect(['2022-01-08', '2022-01-09']).toContain(d.date)
    expect(index.articleDate(file('001').source)).toEqual({ date: '2022-01-09', inferred: false })
    const relative = index.expressions(file('003').source).filter((e) => !/\d{4}/.test(e.text))
    expect(new Set(relative.map((e) => e.certainty))).toEqual(new Set(['inferred']))
  })

  it('answers when the paratroopers arrived with the day and the phrase used', () => {
    const a = file('001')
    const s = a.sentences.findIndex((x) => x.text.includes('paratroopers'))
    const answer = bestDateIn(index, a, s, ['Russian', 'paratroopers', 'arriving', 'Kazakhstan'])
    expect(answer?.when).toBe('Thursday, January 6, 2022')
    expect(answer?.phrase).toBe('on Thursday morning')
    expect(describeDates([answer!])).toBe('Thursday, January 6, 2022 (“on Thursday morning”)')
  })

  it('prefers the year next to the question words over a day elsewhere in the sentence', () => {
    const a = file('001')
    const s = a.sentences.findIndex((x) => x.text.includes('Hungarian Revolution'))
    expect(bestDateIn(index, a, s, ['Hungarian', 'Revolution'])?.when).toBe('1956')
    expect(bestDateIn(index, a, s, ['troops', 'deployed'])?.when).toBe('Thursday, January 6, 2022')
  })

  it('says which day goes with which event when the sentences differ', () => {
    const a = file('003')
    const invaded = a.sentences.findIndex((x) => x.text.includes('invaded Kazakhstan'))
    const text = describeDates([bestDateIn(index, a, invaded + 1)!, bestDateIn(index, a, invaded)!])!
    expect(text).toMatch(
      /^Thursday, January 6, 2022 \(“Thursday”: Russian troops invaded Kazakhstan.*\); Friday, January 7, 2022 \(“The next day”: .*troops were helping/,
    )
  })

  it("names a timeline entry's event by the words after its bold day", () => {
    const r = parseArticle('timeline.md', 'Timeline of the crisis\nMarch 20, 2021\n\n**Mar 11** – The president tells parliament the mission is complete.')
    if (!r.ok) throw new Error(r.reason)
    expect(bestDateIn(buildDateIndex([r.article]), r.article, 0)?.event).toMatch(/^The president tells parliament/)
  })

  it('says the day is unknown rather than guessing when the article has no date', () => {
    const a = article('Troops arrived on Thursday.')
    const alone = buildDateIndex([a])
    expect(describeDates([bestDateIn(alone, a, 0)!])).toMatch(/^not known: .*“on Thursday”/)
  })
})

describe('date questions over the seeds', () => {
  const corpus = loadCorpus('seeds')
  const index = buildDateIndex(corpus.articles)
  const dev = readFileSync('tests/fixtures/dev.jsonl', 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; type: string; q?: string; must?: string[][] })
    .filter((d) => d.type === 'ask' && /^when\b/i.test(d.q ?? ''))

  it('the dev set has date questions', () => expect(dev.length).toBeGreaterThanOrEqual(3))

  it.each(dev.map((d) => [d.id, d.q!, d.must!] as const))('%s: %s', (_id, q, must) => {
    const { answer } = answerWhen(index, corpus.articles, q)
    for (const alternatives of must)
      expect(
        alternatives.some((a) => answer?.includes(a)),
        `${answer}`,
      ).toBe(true)
  })

  // Paraphrases, answered from reading the seeds.
  it.each([
    ['When did the troops arrive?', 'Thursday, January 6, 2022 (“on Thursday morning”)'],
    ['When did CSTO troops deploy to Kazakhstan?', 'Thursday, January 6, 2022 (“on Thursday”)'],
    ['When did Russian troops invade Kazakhstan?', 'Thursday, January 6, 2022 (“Thursday”)'],
    ['On what day did Tokayev address the nation?', 'Friday, January 7, 2022 (“on Friday”)'],
    ['When did Simonyan set out her demands?', 'Wednesday, January 5, 2022 (“on Wednesday”)'],
    ['What year did Soviet tanks enter Prague?', '1968 (“in 1968”)'],
    ['When was the Hungarian Revolution crushed?', '1956 (“in 1956”)'],
    ['When did Russia annex Crimea?', '2014 (“in 2014”)'],
    ['When are the Geneva negotiations?', 'Monday, January 10, 2022 (“on January 10”)'],
  ])('%s', (q, answer) => expect(answerWhen(index, corpus.articles, q).answer).toBe(answer))

  it('says which article gives which day when they differ', () => {
    const { answer, events } = answerWhen(index, corpus.articles, 'When are the talks between US and Russian officials in Geneva?')
    expect(events.map((e) => [e.source.slice(0, 3), e.expression.date]).sort()).toEqual([
      ['000', '2022-01-09'],
      ['003', '2022-01-10'],
    ])
    expect(answer).toMatch(/^Sunday, January 9, 2022 \(“tomorrow”: .*talks.*\); Monday, January 10, 2022 \(“Monday”: .*talks.*Geneva\)$/)
  })

  it('gives no date for a question the articles do not date', () => {
    expect(answerWhen(index, corpus.articles, 'Who won the 2018 FIFA World Cup?').answer).toBeNull()
  })
})
