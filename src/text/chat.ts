/**
 * The way people type in chat, spelt out before a question is read: "how many
 * ppl died", "what did the govt say", "who's the pm rn". A short list of
 * abbreviations and contractions that no article writes, each mapped to the
 * words an article would use. Spelling mistakes are the speller's job, not this
 * list's.
 */
import { MONTHS, MONTH_ABBREVIATIONS } from './calendar.ts'
import { isLemma } from './parts-of-speech.ts'
import { oneEditAway } from './spelling.ts'

const CHAT_WORDS: Record<string, string> = {
  ppl: 'people',
  ppls: 'people',
  govt: 'government',
  gov: 'government',
  gvt: 'government',
  u: 'you',
  ur: 'your',
  bc: 'because',
  bcs: 'because',
  cuz: 'because',
  coz: 'because',
  b4: 'before',
  rn: 'right now',
  tho: 'though',
  thru: 'through',
  wo: 'without',
  abt: 'about',
  // Texting's modal verbs: "when wd they be out", "cd they stay".
  wd: 'would',
  wud: 'would',
  cd: 'could',
  cud: 'could',
  shd: 'should',
  shud: 'should',
  approx: 'approximately',
  pls: 'please',
  plz: 'please',
  whats: 'what is',
  wats: 'what is',
  wat: 'what',
  wut: 'what',
  whos: 'who is',
  wheres: 'where is',
  whens: 'when is',
  hows: 'how is',
  pres: 'president',
  fm: 'foreign minister',
  prez: 'president',
  mil: 'military',
  intl: 'international',
  natl: 'national',
  dept: 'department',
  info: 'information',
  yr: 'year',
  yrs: 'years',
  op: 'operation',
  ops: 'operations',
  hq: 'headquarters',
  cops: 'police',
  // Slang verbs of chat that an article would put plainly.
  bail: 'leave',
  bailed: 'left',
  booted: 'removed',
  // "who did he boot": the verb; "boots on the ground" stays.
  boot: 'remove',
  '&': 'and',
  n: 'and',
  w: 'with',
  thx: 'thanks',
  rite: 'right',
  em: 'them',
  hrs: 'hours',
  vid: 'video',
  vids: 'videos',
  yday: 'yesterday',
  nite: 'night',
  tonite: 'tonight',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tdy: 'today',
  gonna: 'will',
  wanna: 'want to',
  gotta: 'have to',
  kz: 'Kazakhstan',
  kaz: 'Kazakhstan',
  wifi: 'internet',
}

// What one runs as one leads it: a force, an operation, a country ("running the peacekeepers"), not "ran the troops out".
const RUN_WHAT = String.raw`(?=\s+(?:the|this|that|their|its)\s+(?:[\w-]+\s+){0,2}(?:op|ops|operations?|forces?|missions?|peacekeepers|contingent|deployment|country|government)\b(?!\s+(?:out|off|down|over)\b))`

// Everyday phrases WordNet has no entry for, put as the one verb an article would use.
// A month cut short in lower case ("nov 2022", "in dec", "mid jan"), next to a year or a day or after a word of time:
// the month, which articles write in full. "Mar" and "May" are words of their own; "Jan" before a name is a given name.
const MONTHS_SHORT: ReadonlyMap<string, string> = new Map(
  MONTH_ABBREVIATIONS.filter((a) => a !== 'Mar').map((a) => [a.toLowerCase(), MONTHS.find((m) => m.startsWith(a.slice(0, 3)))!.toLowerCase()]),
)
const SHORT = [...MONTHS_SHORT.keys()].join('|')
const MONTH_SHORT = new RegExp(
  String.raw`\b(?:(${SHORT})\.?(?=\s+\d)|(?<=\b(?:in|since|until|till|by|from|to|of|mid|early|late|end|start|before|after)\s+)(${SHORT})\b\.?)`,
  'g',
)

// A force whose doings a chat question asks: its tasks ("what were the troops doing there"), not a price's or a person's.
const FORCES = 'troops|soldiers|forces?|peacekeepers|sailors|marines|police|contingents?|army|armies|units|paratroopers|guys|fleet|flotilla|mission'
// What a chat question says goes down and news copy says was cut: the internet, not a price ("prices went down"), nor a
// network, the power or a signal, which news copy too says went down or out.
const SERVICES = 'internet|net|web|website|site|mobile internet'

const PHRASES: [RegExp, string][] = [
  [/\bin charge of\b/gi, 'leading'],
  // "after masimov got the boot": was removed ("boot" alone is the verb: "who did he boot").
  [/\b(?:got|gets|get|getting|was given|been given) the boot\b/gi, 'was removed'],
  [/\bin command of\b/gi, 'commanding'],
  [/\bat the helm of\b/gi, 'leading'],
  // "after the cabinet quit", "the pm quit as …": a government or an official that quits resigns (WordNet ranks that
  // sense of "quit" below "stop"); "quit smoking", "threatened to quit the talks" are no resignation.
  [
    /\b((?:cabinet|government|govt|gov|ministers?|pm|premier|president|mayor|governor|chancellor|chairman)\s+)quit\b(?=\s*$|\s*[?.!,]|\s+(?:as|after|before|over|in|on|when|because|amid|following|and|or|for good|(?:his |her |their )?(?:office|post|job|position|role|seat))\b)/gi,
    '$1resigned',
  ],
  [/\bquit as\b/gi, 'resigned as'],
  // "who's running the peacekeepers": to run a force, an operation or a country is to lead it.
  [new RegExp(`\\brunning${RUN_WHAT}`, 'gi'), 'leading'],
  [new RegExp(`\\bran${RUN_WHAT}`, 'gi'), 'led'],
  [new RegExp(`\\bruns${RUN_WHAT}`, 'gi'), 'leads'],
  [new RegExp(`\\brun${RUN_WHAT}`, 'gi'), 'lead'],
  // "who was bossing the contingent": to boss a force is to lead it (WordNet's "boss" is to order about).
  [new RegExp(`\\bbossing${RUN_WHAT}`, 'gi'), 'leading'],
  [new RegExp(`\\bbossed${RUN_WHAT}`, 'gi'), 'led'],
  // "what r the charges", "r they still there": texting's "r" for "are", after a question word or before its subject.
  [/\b(what|who|where|when|why|how|which)\s+r\b/gi, '$1 are'],
  [/\br(?=\s+(?:the|they|there|these|those|you|u|we)\b)/gi, 'are'],
  // "the ex interior minister", "ex-pm": a former one.
  [/\bex[-\s](?=[a-z])/gi, 'former '],
  // Abbreviations of more than one word, spelt out before single letters are ("w/o" is not "with o").
  [/\bw\/o\b/gi, 'without'],
  [/\bw\/\s*/gi, 'with '],
  [/\bsec(?:\.|retary)?[ -]?gen\b\.?/gi, 'secretary general'],
  // "defence min bektanov", "the energy min": a minister, after the word for a ministry ("10 min" is minutes).
  [/\b(defen[cs]e|foreign|finance|interior|health|energy|justice|economy|education|agriculture|transport|culture|trade|labou?r)\s+min\b\.?/gi, '$1 minister'],
  // "what % voted yes": a per cent sign standing for the word, not after a figure ("77%").
  [/(^|\s)%(?=\s|$)/g, '$1percent'],
  // "the russians n co": and the others with them, no company a passage must name.
  [/\s+(?:n|and)\s+co(?=[\s?!.,]|$)/g, ''],
  // "when did they bail out of kz": left it ("bail" alone is "leave", but "leave out" is "omit").
  [/\bbail(?:s|ing)?\s+out\s+of\b/gi, 'withdraw from'],
  [/\bbailed\s+out\s+of\b/gi, 'withdrew from'],
  // "was supposed 2 run", "going 2 leave": texting's "2" for "to" before a verb, not a figure ("which 2 towns").
  [/\b(supposed|going|want|wanted|need|needs|needed|used|able|due|trying|tried|allowed)\s+2(?=\s+[a-z])/gi, '$1 to'],
  // "why'd they …", "how'd it start": a question word with its "did" run on.
  [/\b(why|how|what|where|when|who)['’]d\b/gi, '$1 did'],
  // "acc to zas", "acc. to the un": according to ("acc" alone may be an account).
  [/\bacc\.?\s+to\b/gi, 'according to'],
  // "y did they …": why, as a question's first word.
  [/^y(?=\s+(?:did|do|does|was|were|is|are|would|wd|didnt|didn't|isnt|isn't|wasnt|wasn't)\b)/i, 'why'],
  // "when did the internet go down", "the phones went out": a service that goes down is cut, as news copy puts it.
  ...(
    [
      ['go', 'get'],
      ['goes', 'gets'],
      ['going', 'getting'],
      ['went', 'got'],
      ['gone', 'got'],
    ] as const
  ).map(([go, get]): [RegExp, string] => [new RegExp(String.raw`\b(${SERVICES})\s+${go}\s+(?:down|out|dark)\b`, 'gi'), `$1 ${get} cut`]),
  // "who was tracking the internet outage": monitoring it, as news copy puts it ("a monitoring group"); one who tracks a
  // suspect or tracks him down follows him.
  [/\btrack(ing|ed|s)?\b(?=\s+(?:the\s+)?(?:\w+\s+)?(?:internet|outages?|outtage|shutdowns?|blackouts?|connectivity|toll|traffic|data)\b)/gi, 'monitor$1'],
  // "what were the troops actually doing over there": what their tasks were, as the articles put a force's work.
  [new RegExp(String.raw`^what (were|was|are|is) (.*?\b(?:${FORCES})) (?:actually |really |even )?doing\b`, 'i'), 'what tasks $1 $2 doing'],
  // "before the net got killed": the internet, where "the net" is typed for it.
  [/\bthe net\b(?!\s+(?:loss|profit|income|gain|worth|result|effect))/gi, 'the internet'],
]

const WORD = /[\p{L}\p{N}&']+/gu

/** True for a word this list spells out ("ppl", "govt"): an abbreviation, not a typo. */
export const isChatWord = (word: string): boolean => Object.hasOwn(CHAT_WORDS, word.toLowerCase())

/**
 * `text` with chat abbreviations spelt out, word by word; everything else is
 * left exactly as typed.
 *
 * @example
 * ```ts
 * normalizeChat('how many ppl died bc of the govt') // => 'how many people died because of the government'
 * ```
 */
export function normalizeChat(text: string, isKnownWord: (word: string) => boolean = () => false): string {
  // "runnin the op" is "running the op" before the phrases read it.
  let spelt = text.replace(WORD, (word) => gDropped(word, isKnownWord) ?? word)
  spelt = spelt.replace(MONTH_SHORT, (_, a: string | undefined, b: string | undefined) => MONTHS_SHORT.get((a ?? b)!)!)
  for (const [phrase, plain] of PHRASES) spelt = spelt.replace(phrase, plain)
  return spelt.replace(WORD, (word, at: number) => {
    // "u" is "you" only as typed in chat: "U.S." and "U" in a name stay.
    if (word.length === 1 && (word !== word.toLowerCase() || spelt[at + 1] === '.')) return word
    // "pm" is the prime minister, except after a time ("at 5 pm").
    if (/^pm$/i.test(word) && !/\d\s*$/.test(spelt.slice(0, at))) return 'prime minister'
    // "kz's", "govt's": the possessive goes on the word spelt out.
    const owner = /^(.{2,})(['’]s)$/.exec(word)
    const full = owner ? CHAT_WORDS[owner[1]!.toLowerCase()] : undefined
    if (full !== undefined && !full.includes(' ')) return `${full}${owner![2]}`
    return CHAT_WORDS[word.toLowerCase()] ?? word
  })
}

/**
 * "runnin" → "running": a word typed without the g of its -ing, where it is no
 * word itself and with the g it is one; not where an article's word is a
 * letter away ("blinkin" is "Blinken" misspelt).
 */
function gDropped(word: string, isKnownWord: (word: string) => boolean): string | undefined {
  const base = /^([a-z]{3,}in)'?$/.exec(word)?.[1]
  if (base === undefined || isLemma(base) || !isLemma(`${base}g`) || isKnownWord(base)) return undefined
  return oneEditAway(base).some(isKnownWord) ? undefined : `${base}g`
}
