/**
 * Whether a dated expression speaks of the past or the future, from the tense
 * markers of its clause: a weekday with no date ("Monday") is the one before
 * the article's date in a past clause, the one after it in a future clause.
 */

const FUTURE = new Set([
  'will',
  'shall',
  "'ll",
  '’ll',
  'going',
  'due',
  'scheduled',
  'upcoming',
  'expected',
  'planned',
  'plans',
  'begins',
  'begin',
  'starts',
  'start',
  'opens',
  'resumes',
  'resume',
  'tomorrow',
])
const NOT_PAST = new Set(['need', 'indeed', 'speed', 'proceed', 'succeed', 'exceed', 'hundred', 'red', 'bed', 'seed', 'feed'])
const PAST = new Set([
  'said',
  'told',
  'was',
  'were',
  'had',
  'did',
  'ago',
  'began',
  'came',
  'went',
  'sent',
  'met',
  'spoke',
  'wrote',
  'gave',
  'took',
  'made',
  'left',
  'held',
])

/**
 * Whether the clause around `[start, end)` speaks of the past or the future:
 * the nearest tense marker before the expression decides, else the nearest
 * after it; news reports the past, so that is the default.
 *
 * @example
 * ```ts
 * tenseAround('talks which begin Monday', 18, 24) // => 'future'
 * ```
 */
export function tenseAround(text: string, start: number, end: number): 'past' | 'future' {
  const clauseStart = Math.max(...[',', ';', ':', '(', '–', '—', '“', '"'].map((c) => text.lastIndexOf(c, start - 1))) + 1
  const stops = [',', ';', ':', ')', '–', '—', '”', '"'].map((c) => text.indexOf(c, end)).filter((i) => i >= 0)
  const clauseEnd = stops.length ? Math.min(...stops) : text.length
  const before = words(text.slice(clauseStart, start)).reverse().slice(0, 8)
  const after = words(text.slice(end, clauseEnd)).slice(0, 6)
  for (const w of [...before, ...after]) {
    if (FUTURE.has(w)) return 'future'
    if (PAST.has(w) || (/\w{2,}ed$/.test(w) && !NOT_PAST.has(w))) return 'past'
  }
  return 'past'
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z’']+/g) ?? []
}
