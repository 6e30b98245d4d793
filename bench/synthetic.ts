import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { COUNTRIES } from '../src/text/index.ts'

/**
 * A deterministic synthetic news corpus for the benchmark: articles about
 * deployments, talks, protests and elections in many countries, with dated
 * events, named officials with roles, quantities and quotations, mixed with
 * sentences of the seed articles so the vocabulary stays news English.
 * The same seed always gives the same files, byte for byte.
 */

/** A seeded PRNG (mulberry32): uniform floats in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The named things a corpus is written about; the questions are asked about them. */
export interface World {
  people: { name: string; role: string; country: string }[]
  countries: string[]
  cities: string[]
  organisations: string[]
  topics: string[]
}

/** One generated file. */
export interface SyntheticFile {
  name: string
  text: string
}

const FIRST = `Aibek Alan Anna Arman Asel Boris Carla Daniyar Dmitri Elena Erlan Fatima Galina Hassan Igor Irina James Karim Laura Leila
Marat Maria Mikhail Nadia Nurlan Olga Pavel Rustam Saule Sergei Sofia Timur Tomas Viktor Yulia Zhanna Marek Ewa Jonas Ingrid`.split(/\s+/)
const LAST = `Abenov Akhmetov Baimukhanov Berg Dzhaksybekov Esenova Fischer Gromov Hartmann Ibragimov Jensen Kairatov Kowalski Lebedev
Mukanov Nazarov Orlov Petrenko Rakhimov Sadykov Tokarev Umarov Volkov Weber Yesimov Zhukov Novak Horvat Lindqvist Moreau
Castellanos Okafor Tanaka Haddad Kaminski Serikbayev Ospanov Kuznetsova Marchenko Abdrakhmanov`.split(/\s+/)
const ROLES = [
  'defence minister',
  'foreign minister',
  'prime minister',
  'interior minister',
  'spokesman for the presidency',
  'secretary-general of the alliance',
  'commander of the peacekeeping contingent',
  'senior fellow at the Institute for Strategic Studies',
  'director of the Centre for Regional Security',
  'ambassador to the United Nations',
  'governor of the region',
  'mayor of the capital',
]
const CITY_PARTS = `Almaty Aktau Astana Shymkent Karaganda Taraz Atyrau Oral Kostanay Pavlodar Semey Turkistan Bishkek Osh Dushanbe
Khujand Yerevan Gyumri Minsk Brest Tashkent Samarkand Ashgabat Baku Tbilisi Batumi Kyiv Lviv Odesa Chisinau Vilnius Riga
Tallinn Warsaw Gdansk Prague Vienna Geneva Zurich Ankara Izmir Tehran Kabul Ulaanbaatar Novosibirsk Omsk Kazan Samara`.split(/\s+/)
const ORGS = [
  'Collective Security Treaty Organization',
  'Shanghai Cooperation Organisation',
  'Eurasian Economic Union',
  'United Nations',
  'Organization for Security and Co-operation in Europe',
  'European Union',
  'Red Cross',
  'International Monetary Fund',
  'Caspian Pipeline Consortium',
  'Commonwealth of Independent States',
  'World Bank',
  'Council of Europe',
]
const TOPICS = `fuel prices|the energy crisis|border security|the peacekeeping mission|the withdrawal of troops|the state of emergency|
internet shutdowns|the gas pipeline|the election results|the new constitution|the grain harvest|arms control|the railway project|
refugee flows|sanctions|the currency crisis|water rights|the nuclear plant|press freedom|the amnesty law`.split(/\|\s*/)
const EVENTS = [
  'protests broke out',
  'troops arrived',
  'talks began',
  'the summit opened',
  'the ceasefire took effect',
  'the airport reopened',
  'the curfew was lifted',
  'elections were held',
]
const UNITS = ['troops', 'soldiers', 'peacekeepers', 'protesters', 'people', 'police officers', 'armoured vehicles', 'aircraft']
const VERBS = ['said', 'told reporters', 'said in a statement', 'wrote on Telegram', 'said at a briefing']
const MONTHS = 'January February March April May June July August September October November December'.split(' ')
const WEEKDAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' ')

/** Sentences of the seed articles, reused as filler prose. */
function seedSentences(seedDir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(seedDir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(join(seedDir, name), 'utf8')
    for (const block of text.split(/\n\s*\n/)) {
      for (const s of block.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z“"])/)) if (s.length > 60 && s.length < 300 && /[.!?]$/.test(s)) out.push(s.trim())
    }
  }
  return out
}

/**
 * The world of a corpus of `articles` articles: a few hundred people, the
 * world's countries, many cities. Deterministic in `seed`.
 *
 * @example
 * ```ts
 * makeWorld(1).people[0] // => { name: 'Nurlan Volkov', role: 'defence minister', country: 'Armenia' }
 * ```
 */
export function makeWorld(seed: number, articles: number): World {
  const r = rng(seed)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!
  const countries = [...new Set(COUNTRIES.values())].sort()
  const people = new Map<string, World['people'][number]>()
  const wanted = Math.min(FIRST.length * LAST.length, 200 + Math.floor(articles / 10))
  while (people.size < wanted) {
    const name = `${pick(FIRST)} ${pick(LAST)}`
    if (!people.has(name)) people.set(name, { name, role: pick(ROLES), country: pick(countries) })
  }
  const cities = [...CITY_PARTS, ...CITY_PARTS.flatMap((c) => [`New ${c}`, `${c}-Sever`, `Port ${c}`])]
  return { people: [...people.values()], countries, cities, organisations: ORGS, topics: TOPICS }
}

/**
 * Generates `count` news articles as files (date line, title, paragraphs),
 * about 7 to 8 paragraphs and 800 words each. Deterministic in `seed`.
 *
 * @example
 * ```ts
 * const { files } = generateCorpus({ seed: 7, count: 2, seedDir: 'seeds' })
 * files[0].name // => '00000_synthetic.txt'
 * ```
 */
export function generateCorpus(opts: { seed: number; count: number; seedDir: string }): { world: World; files: SyntheticFile[] } {
  const world = makeWorld(opts.seed, opts.count)
  const filler = seedSentences(opts.seedDir)
  const r = rng(opts.seed * 7919 + 1)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1))
  const files: SyntheticFile[] = []
  for (let i = 0; i < opts.count; i++) {
    const country = pick(world.countries)
    const city = pick(world.cities)
    const cast = [pick(world.people), pick(world.people), pick(world.people)]
    const org = pick(world.organisations)
    const topic = pick(world.topics)
    const year = 2015 + (i % 9)
    const month = int(0, 11)
    const day = int(1, 28)
    const count = int(2, 90) * 50
    const unit = pick(UNITS)
    const event = pick(EVENTS)
    const weekday = pick(WEEKDAYS)
    const [a, b, c] = cast as [World['people'][number], World['people'][number], World['people'][number]]
    const sentences = [
      `${cap(event)} in ${city} on ${weekday}, as ${org} officials met to discuss ${topic}.`,
      `${country} sent ${count.toLocaleString('en-US')} ${unit} to ${city}, ${a.role} ${a.name} ${pick(VERBS)}.`,
      `“We will not allow ${topic} to divide our people,” ${a.name.split(' ')[1]} said.`,
      `${b.name}, the ${b.role}, said the ${org} had ${int(3, 40)} member states ready to help.`,
      `The first ${unit} reached ${city} on ${MONTHS[month]} ${day}, ${year}, according to ${c.name}.`,
      `Officials in ${country} said ${int(2, 400)} people were killed and ${int(100, 9000)} injured in the unrest.`,
      `“This is a question of ${topic} and of trust between ${country} and its neighbours,” said ${c.name}, ${c.role}.`,
      `Talks between ${country} and ${pick(world.countries)} are due to resume in ${pick(world.cities)} next ${pick(WEEKDAYS)}.`,
      `${b.name.split(' ')[1]} told reporters that ${org} would review ${topic} before the end of ${MONTHS[(month + 2) % 12]}.`,
    ]
    const paragraphs: string[] = []
    const nParagraphs = int(6, 9)
    for (let p = 0; p < nParagraphs; p++) {
      const own = sentences.splice(0, int(1, 2))
      const extra = Array.from({ length: int(1, 3) }, () => pick(filler))
      paragraphs.push([...own, ...extra].join(' '))
    }
    if (sentences.length) paragraphs.push(sentences.join(' '))
    const title = `${cap(event)} in ${city} as ${country} weighs ${topic}`
    const date = `${MONTHS[month]} ${day}, ${year}`
    files.push({ name: `${String(i).padStart(5, '0')}_synthetic.txt`, text: `${date}\n\n${title}\n\n${paragraphs.join('\n\n')}\n` })
  }
  return { world, files }
}

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1)
}
