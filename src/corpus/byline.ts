/**
 * Whether a line is a byline ("By Jane Roe, staff writer", "By Olzhas Auyezov;
 * editing by …") or a sentence of the story that opens with "By" ("By Tuesday
 * the outage had spread.").
 */

const BYLINE = /^(?:by|written by|words by|reporting by)\s+\p{Lu}/iu
// The lower-case words a byline's names may hold ("By Jane Roe and staff", "By Anna de Wit").
const NAME_GLUE = new Set([
  'and',
  'in',
  'for',
  'of',
  'the',
  'at',
  'with',
  'from',
  'staff',
  'agencies',
  'de',
  'van',
  'von',
  'al',
  'bin',
  'da',
  'del',
  'la',
  'le',
])
// What a byline may go on with after the names: a time stamp or the editors ("By Jane Roe Updated 2 hours ago").
const BYLINE_TAIL =
  /\s(?:(?:last\s+)?(?:updated|published|posted|edited)\b|(?:editing|reporting|writing|additional reporting) by\b|with reporting by\b|\d{1,2}[:.]\d{2}\b|\d+\s*(?:min|minutes?|hours?|hrs?)\b|\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}\b)/iu
// "By Sunday 16 had died", "By dawn 40 were dead": a time, not a name, after "By".
const BY_TIME =
  /^(?:by|written by)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|dawn|dusk|noon|midnight|nightfall|evening|morning|afternoon|then|now|late|early|mid|the end|last|next|this)\b/i

/**
 * "By Jane Roe, staff writer": names after "By", a post after the comma. "By Tuesday the outage had spread",
 * "By Sunday, troops had left." are sentences of the story: words that are no names, or a sentence's end.
 */
export function isByline(line: string): boolean {
  // "By June Smith": a month that is also a given name, before a surname, is a name.
  const time = BY_TIME.test(line) && !/^(?:by|written by)\s+(?:april|may|june|august|jan)\s+\p{Lu}\p{Ll}/iu.test(line)
  if (!BYLINE.test(line) || time || line.split(/\s+/).length > 12) return false
  const plain = (text: string) => text.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !NAME_GLUE.has(w.replace(/\W+$/, ''))).length
  const names = line
    .replace(BYLINE_OPENING, '')
    .split(/[,;|·—(]/)[0]!
    .split(BYLINE_TAIL)[0]!
  return plain(names) < 2 && !(/[.!?]["”’]?$/.test(line.trim()) && plain(line) >= 3)
}
const BYLINE_OPENING = /^(?:by|written by|words by|reporting by)\s+/i
