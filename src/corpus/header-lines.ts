import { looksLikeDate } from './date-line.ts'
import { dateOf } from './header-dates.ts'
import { splitSentences } from './sentences.ts'
import { stripMarks } from './furniture.ts'
import { ISSUE, KIND_AFTER_CAPITALS, MAX_OUTLET_WORDS, OUTLET_KIND, PAPER, WIDE } from './mastheads.ts'

/**
 * What a line above a page's first paragraph is, for {@link readHeader}: a
 * label over the headline (a section, a masthead, a document's number), prose,
 * a Markdown headline, or a wire dateline that opens the body.
 */

const MAX_TITLE = 250
// A wire dateline opens a paragraph of prose, longer than this or ending as a sentence does.
const SHORT_LINE = 90

const MAX_MASTHEAD_WORDS = 5
const DATE_FIRST = /^\W*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i
const MAX_CAPS_LABEL_WORDS = 7
// A body's own word, which makes a long line in capitals its name: "MINISTRY OF DEFENCE OF THE REPUBLIC OF VELORIA".
const BODY_WORD =
  /^(?:MINISTRY|DEPARTMENT|COMMITTEE|OFFICE|AGENCY|SERVICE|COUNCIL|ORGANI[SZ]ATION|INSTITUTE|ASSOCIATION|ALLIANCE|COMMISSION|EMBASSY|GOVERNMENT|SECRETARIAT|FOUNDATION|UNION|FEDERATION)$/
// A body's name: a few capitalised words, the body's kind, and what it is of ("Secretariat of the Organization",
// "Committee on CIS Affairs", "Press service of the Committee"); no verb after the kind ("Security Council Meets on …" is a
// headline), nor a place or a time after what it is of ("Ministry of Energy Raises Petrol Price in Velta").
const BODY_NAME =
  /^(?:The\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+){0,3}(?:Secretariat|Embassy|Consulate|Council|Committee|Ministry|Department|[Oo]ffice|Agency|[Ss]ervice|Commission|Organi[sz]ation|Institute|Foundation|Federation|Parliament|Assembly|Administration|Government)(?:\s+(?:&|and)\s+\p{Lu}[\p{L}'’-]+)?(?:\s+(?:of|on|for|in)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|the|of)){0,5})?$/u
const MAX_BODY_NAME_WORDS = 12
const FIELD = /^(\p{Lu}[\p{L} ]{0,24}):\s+\S/u
const RECORD_LABEL =
  /^(?:Location|Locations|Event|Date|Time|Category|Status|Court|Source|Issued|Type|Alert ID|Risk level|Region|Country|Subject|Ref|Reference|Proceedings|Format|Recording|Venue|Speakers?|Duration|Language|Updated|Published|Author|Contact|Advice|Summary|Background|Outlook|Case|Parties|Verdict|Sentence|Deaths|Injured|Casualties)$/i
const DOCUMENT_NUMBER = /^\p{Lu}{1,4}\s?\d{1,4}\/\d{2,4}$/u
const EPISODE = /\b(?:episode|ep\.)\s*\d+\b/i

/**
 * A section label above the headline: "OPINION", "PRESS RELEASE", an issuer in
 * capitals, or a short heading ("Tech & Society") that a longer headline follows.
 */
export function isLabel(line: string, following: readonly string[]): boolean {
  const bare = stripMarks(line)
  const words = bare.split(/\s+/)
  const caps = !/\p{Ll}/u.test(bare)
  // A chronology's dated entry ("3 March 2021 — First convoys cross") and a date line are no headline under a label;
  // a headline may name a day ("Council sets March 31, 2023 deadline for …").
  // "Location: Nationwide" / "Event: Voluntary departure": a record's fields, one to a line, are no headline.
  const label = (k: number) => FIELD.exec(stripMarks(following[k] ?? ''))?.[1]
  // Two such lines in a row, of two labels, one a record's own ("Location", "Event", "Issued"): a headline may have a colon.
  const field = (k: number) =>
    label(k) !== undefined &&
    [k - 1, k + 1].some((j) => label(j) !== undefined && label(j) !== label(k) && [label(j)!, label(k)!].some((l) => RECORD_LABEL.test(l)))
  // "Actions to Take:" over "- Shelter in place …": a list's lead, no headline.
  const listLead = (l: string, k: number) => /:$/.test(l) && /^[-*•]\s/.test(following[k + 1] ?? '')
  const headline = (l: string, k: number) =>
    !field(k) &&
    !listLead(l, k) &&
    !isProse(l) &&
    !startsBody(l) &&
    /\p{Ll}/u.test(l) &&
    !/[.](["”’])?$/.test(l) &&
    !(looksLikeDate(l) && (DATE_FIRST.test(stripMarks(l)) || dateOf(l) !== null))
  // A masthead in capitals with the document's number or a button wide beside it: "VELSK MONITOR      Policy Brief
  // No. 4/2021", "☰ VELSK WIRE      [ Subscribe ]"; not a headline with "LIVE", "PAGE 1 OF 2" or a byline beside it.
  const [masthead, ...beside] = bare.split(WIDE)
  const named = masthead!.replace(/^[^\p{L}\p{N}]+/u, '').split(/\s+/).length
  if (beside.length > 0 && !/\p{Ll}/u.test(masthead!) && named >= 2 && named <= MAX_MASTHEAD_WORDS && beside.every((b) => ISSUE.test(b)))
    return following.some((l) => !isProse(l) && !startsBody(l) && /\p{Ll}/u.test(l))
  // A document's number over its title: "Policy Brief No. 7/2021", "PR 114/2022".
  if (ISSUE.test(bare) || DOCUMENT_NUMBER.test(bare)) return following.length > 0
  if (/[.!?,;]$/.test(bare)) return false
  // A body's name in title case ("Council of the European Union", "U.S. Embassy & Consulate in Kazakhstan") over a
  // longer headline, in any case, is whose page it is.
  if (!caps && isBodyName(bare))
    return following.some((l) => (!isProse(l) || /^#{1,3}\s/.test(l)) && !startsBody(l) && !dateOf(l) && stripMarks(l).split(/\s+/).length > words.length)
  if (words.length > (caps ? 10 : 6)) return false
  // A Markdown headline is the headline, even in capitals ("# JOINT STATEMENT: STATIONS MUST NOT CLOSE").
  // Not a kind of page in capitals over the headline a level down ("# EVENT RECAP" / "## Borrowed Bayonets? …").
  if (isMarkdownTitle(line)) return caps && words.length <= 3 && /^##\s+\S/.test(following[0] ?? '')
  // A programme's name and episode ("STEPPE SIGNALS - episode 58 transcript") stands above the episode's title.
  if (EPISODE.test(bare)) return following.some(headline)
  // Capitals are a label whenever a headline in ordinary case follows; a short heading only when the next line is a longer headline.
  // Not a long line in capitals over its deck ("COLD CHAIN GAPS LEAVE RURAL CLINICS WITHOUT …" / "Findings from …"):
  // a headline, where a masthead or a body's name is short.
  // ("U.S. NEWS  WORLD NEWS  POLITICS  SPORTS" is a menu, its items set apart by wide spaces.)
  if (caps)
    return (
      words.length === 1 ||
      ((words.length <= MAX_CAPS_LABEL_WORDS || /\S\s{2,}\S/.test(bare) || words.some((w) => BODY_WORD.test(w))) && following.some(headline))
    )
  // An outlet's name ("Velta International News Agency") stands above the headline; so does a short masthead or
  // section name ("The Daily Planet", "Tech & Society", "Elections 2024") above a longer one.
  if (words.length <= MAX_OUTLET_WORDS && (OUTLET_KIND.test(bare) || KIND_AFTER_CAPITALS.test(bare) || PAPER.test(bare))) return following.some(headline)
  // An event's title opens with its year ("2022 Kazakh unrest"), a label does not.
  if (/^\d{4}\s/.test(bare)) return false
  // A headline in capitals, with a story under it, may follow a section name ("Press Releases" over "MINISTER HOLDS
  // TALKS WITH …"); a page whose only text is in capitals has no headline but its title.
  const capsHeadline = (l: string, k: number) => k < following.length - 1 && !/\p{Ll}/u.test(l) && /\p{Lu}/u.test(l) && !startsBody(l) && !isProse(l)
  return words.length <= 3 && following.some((l, k) => (headline(l, k) || capsHeadline(l, k)) && stripMarks(l).split(/\s+/).length > words.length + 2)
}

/** A body's name in title case: "Council of the European Union", "Press service of the Committee". */
export function isBodyName(line: string): boolean {
  return BODY_NAME.test(line) && line.split(/\s+/).length <= MAX_BODY_NAME_WORDS
}

/** Prose rather than a headline: several sentences, or one long one ending in a full stop. */
export function isProse(block: string): boolean {
  return splitSentences(block).length > 1 || (block.length > 120 && /[.]["”’]?$/.test(block)) || block.length > MAX_TITLE
}

/** A first-level Markdown heading of headline length. */
export function isMarkdownTitle(line: string): boolean {
  return /^#\s+\S/.test(line) && line.length <= MAX_TITLE
}

/** A wire dateline opens the body: "ZHANAOZEN, Kazakhstan, Jan 4 (Reuters) - …", "BISHKEK — …". */
export function startsBody(line: string): boolean {
  // "VESTI EVRAZII — English version", "FACTBOX - The mission at a glance": a short line is a masthead or a headline.
  if (line.length < SHORT_LINE && !/[.!?]["”’]?$/.test(line)) return false
  return (
    /^\p{Lu}[\p{Lu} .'-]{2,}(?:,[^\n]{0,40})?\s*(?:\([^)]{1,40}\)\s*)?[-–—]\s/u.test(line) || /^\p{Lu}[\p{Lu} .'-]{2,}, \p{Lu}\p{Ll}+ \d{1,2}\. \//u.test(line)
  )
}
