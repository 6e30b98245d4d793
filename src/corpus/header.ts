import { looksLikeDate, pageDate } from './date-line.ts'
import { PLACE, dateOf } from './header-dates.ts'
import { SEPARATOR, isConsentHeading, isFurniture, menuLines, stripMarks } from './furniture.ts'
import { MAX_OUTLET_WORDS, OUTLET_NAME, PAPER, issuerOf } from './mastheads.ts'
import { isBodyName, isLabel, isMarkdownTitle, isProse, startsBody } from './header-lines.ts'

/**
 * The header of a scraped news page, read line by line: section labels and
 * breadcrumbs, the headline, the date line, the byline and reading time, in
 * whatever order and spacing the page gives them, up to the first line of prose.
 */

/** What {@link readHeader} found above the article's first paragraph. */
export interface PageHeader {
  title: string | null
  date: string | null
  /** An issuer named in capitals above the headline ("COLLECTIVE SECURITY TREATY ORGANIZATION"). */
  issuer: string | null
  /** Names over the headline that may be the site's ("Nordic Public Radio"), or a section's: the page's credits tell. */
  mastheads: string[]
  /** Offset of the first body line: everything before it is header. */
  bodyStart: number
  /** Header lines that looked like a date but could not be read. */
  unreadDates: string[]
}

const MAX_HEADER_LINES = 16
const EXCERPT = /^>\s*(?:#+\s*)?excerpt$/i
// A mail's subject or a forum's thread is the page's headline: "Subject: Fwd: …", "Thread: …".
const FORUM = /\b(?:started by|\d[\d,]*\s+repl(?:y|ies)|thread tools|joined:|posts?:\s*[\d,]+|\d[\d,]*\s+posts)\b/i
const SUBJECT = /^(?:subject|thread):\s*(?:(?:re|fwd?):\s*)*(\S.*)$/i
const SENTENCE_END = /[.!?]["”’]?$/
const MAX_TAGLINE_WORDS = 8
const MAX_SLOGAN_SENTENCES = 4
const MAX_SLOGAN_WORDS = 4
// A line ending in a full stop of more words than this is a sentence of the story, not a headline.
const MAX_TITLE_SENTENCE = 8

/**
 * Reads the header of `text` from offset `from`.
 *
 * @example
 * ```ts
 * const h = readHeader('World | Asia\n\nTroops land in Almaty\nJan. 7, 2022 10:42 AM ET\nBy A. Writer\n\nThe first planes landed on Thursday.', 0)
 * h.title // => 'Troops land in Almaty'
 * h.date  // => '2022-01-07'
 * ```
 */
export function readHeader(text: string, from: number): PageHeader {
  const lines = headLines(text, from)
  // Each line's date and whether it is furniture, read once: the loop asks of the lines ahead again and again.
  const dated = lines.map((l) => dateOf(l.line))
  const menu = menuLines(lines)
  const furniture = lines.map((l, i) => menu[i]! || isFurniture(l.line))
  // A clipper's quoted excerpt under the headline ("> ## Excerpt" / "> The complaint argues …") is the page's summary.
  const excerpt = lines.findIndex((l) => EXCERPT.test(l.line))
  for (let k = excerpt; excerpt >= 0 && k < lines.length && (k === excerpt || lines[k]!.line.startsWith('>')); k++) furniture[k] = true
  const header: PageHeader = { title: null, date: null, issuer: null, mastheads: [], bodyStart: from, unreadDates: [] }
  // The page's address or HTML date tag dates it only when no date line does ("…/archive/2019/05/01/…" above "March 20, 2023").
  let addressDate: string | null = null
  // The line read last as a label or masthead, whose tagline may follow.
  let labelAt = -1
  // A headline among the lines from `k` on: one that is neither furniture, nor a date, nor prose.
  const headlineAhead = (ahead: readonly { line: string }[], k: number) =>
    ahead.slice(0, 3).some((l, j) => !furniture[k + j] && !dated[k + j] && !isProse(l.line) && !PLACE.test(stripMarks(l.line)))
  // A headline after line `i`'s menu, longer than it: a site's name stands over its menu, a headline over a story.
  const longerAhead = (i: number) =>
    lines.some(
      (l, k) =>
        k > i &&
        !furniture[k] &&
        !dated[k] &&
        !isProse(l.line) &&
        !SENTENCE_END.test(l.line) &&
        l.line.split(/\s+/).length > lines[i]!.line.split(/\s+/).length,
    )
  // "Source: Andes Press Service | 2023-07-19 21:04:11 | Editor: …": the outlet the page credits, over its masthead.
  const source = lines.map((l) => SOURCE_LINE.exec(stripMarks(l.line))?.[1]?.trim()).find((x) => x !== undefined)
  for (let i = 0; i < lines.length; i++) {
    const { line, end } = lines[i]!
    const page = pageDate(line.trim())
    if (page) addressDate ??= page
    const date = page === undefined ? dated[i]! : null
    if (date) {
      header.date ??= date
    } else if (furniture[i] || isConsentHeading(line, lines[i + 1]?.line)) {
      // Page furniture is no part of the article; a masthead in capitals heading it names the issuer
      // ("ASSOCIATED PRESS NETWORK · WORLD NEWS").
      const issuer = header.title === null ? issuerOf(stripMarks(line).split(SEPARATOR)[0]!.trim()) : null
      header.issuer ??= issuer
      // Its tagline may follow ("CARRICK DEFENCE REVIEW" / "Independent analysis of defence …").
      if (issuer !== null) labelAt = i
      if (header.title === null) header.mastheads.push(...nameOf(line))
    } else if (header.title === null && i > 0 && dated[i - 1] && PLACE.test(stripMarks(line)) && headlineAhead(lines.slice(i + 1), i + 1)) {
      // "17.01.2022, 16:42" / "Nur-Sultan" / "KULIBAYEV LEAVES ATAMEKEN": a place under the date line, over the headline, is the dateline's.
    } else if (header.title === null && menu[i + 1] === true && lines[i + 1]!.joined && isTagline(line) && longerAhead(i)) {
      // "La Voix du Littoral" / "Menu" / "Rechercher" / …: the site's name over its menu.
      header.issuer ??= stripMarks(line)
      labelAt = i
    } else if (header.title === null) {
      // A mail's subject is its headline ("Subject: Velsk Dispatch #12 — The convoy comes home"), a forum thread's its title.
      const subject = SUBJECT.exec(stripMarks(line))
      // "Thread:" titles a forum's page, as its "Started by …", "47 replies" show; elsewhere it is a label ("Thread: 1/7").
      if (subject && (!/^thread/i.test(stripMarks(line)) || lines.some((l, k) => k !== i && FORUM.test(l.line)))) {
        header.title = subject[1]!
        header.bodyStart = end
        continue
      }
      // A Markdown headline is a headline even when it is two sentences ("# Why did they go? A short guide"). Under
      // a dateline, a sentence with its full stop is the story's first, not its headline: a page may have none.
      // A masthead's slogan under it ("Your town. Your news. Since 1874.") is no story's first sentences.
      if (labelAt === i - 1 && lines[i]!.joined && isSlogan(line)) continue
      if (
        (isProse(line) && !isMarkdownTitle(line) && !twoPartHeadline(line)) ||
        startsBody(line) ||
        (header.date !== null && /[^.]\.["”’]?$/.test(line) && line.split(/\s+/).length > MAX_TITLE_SENTENCE)
      )
        break
      const following = lines.flatMap((l, k) => (k > i && !furniture[k] && !dated[k] ? [l.line] : []))
      // "VOSTOK-INFORM" / "Russian and world news" / "All news   Politics   Economy": a masthead's tagline, over its menu
      // (with a blank line between or none).
      const tagline =
        labelAt === i - 1 &&
        lines[i]!.joined &&
        furniture[i + 1] === true &&
        !dated[i + 1] &&
        isTagline(line) &&
        following.some((l) => !isProse(l) && !startsBody(l) && l.split(/\s+/).length > line.split(/\s+/).length)
      if (tagline) continue
      // A line going straight on in lower case is a headline's first ("Pier pilings" / "found rotted,"), no label.
      const continued =
        lines[i + 1]?.joined === true && goesOnInLowerCase(stripMarks(line), stripMarks(lines[i + 1]!.line)) && !dated[i + 1] && !furniture[i + 1]
      if (!continued && isLabel(line, following)) {
        labelAt = i
        header.mastheads.push(...nameOf(line))
        // A newspaper's name in title case ("The Pine County Sentinel") is its outlet, as one in capitals is.
        // So is a body's, of something ("Council of the European Union"; "Local Government" is a section).
        const bare = stripMarks(line)
        header.issuer ??= issuerOf(bare) ?? (PAPER.test(bare) || (isBodyName(bare) && BODY_OF.test(bare)) ? bare : null)
      } else {
        header.title = stripMarks(line)
        // "Selma sells city airport | Nordic Post", "… by 41 votes - Rowan Bay Daily": the outlet after the headline's
        // bar or dash, which names the page's outlet over a kicker in capitals above it.
        const outlet = OUTLET_AFTER.exec(header.title) ?? PAPER_AFTER.exec(header.title)
        if (outlet) {
          header.title = header.title.slice(0, outlet.index)
          header.issuer = outlet[1]!
        }
        // A headline broken after its colon goes on in the next line ("A precedent in Velsk:" / "What the convoy means"),
        // and a print headline set over narrow lines goes on in lower case ("Pier pilings" / "found rotted,").
        const goesOn = (k: number) => {
          const next = lines[k]
          if (!next || isProse(next.line) || SENTENCE_END.test(next.line) || dated[k] || furniture[k]) return false
          return header.title!.endsWith(':') || (next.joined && goesOnInLowerCase(header.title!, stripMarks(next.line)))
        }
        if (goesOn(i + 1)) {
          while (goesOn(i + 1)) {
            header.title = `${header.title} ${stripMarks(lines[i + 1]!.line)}`
            i++
          }
          header.bodyStart = lines[i]!.end
          continue
        }
      }
    } else {
      // A standfirst under the headline is body, but the date line may come after it. A masthead in capitals, with
      // its tagline, over the date ("VELSK DISPATCH", "Your weekly letter") is header, like the date.
      const ahead = lines.slice(i + 1, i + 4)
      const at = dated.slice(i + 1, i + 4).findIndex((d) => d !== null)
      header.date ??= at < 0 ? null : dated[i + 1 + at]!
      if (at < 0 || /\p{Ll}/u.test(line) || ahead.slice(0, at).some((l) => !isTagline(l.line))) break
      header.bodyStart = ahead[at]!.end
      i += at + 1
      continue
    }
    header.bodyStart = end
  }
  header.date ??= addressDate
  if (source) header.issuer = source
  for (const { line, end } of lines.slice(0, 6))
    if (end <= header.bodyStart && line.length <= 40 && stripMarks(line) !== header.title && !dateOf(line) && looksLikeDate(line)) header.unreadDates.push(line)
  return header
}

// A newspaper's name after a dash ends a headline: "Independent wins mayoral race - Rowan Bay Daily".
const PAPER_AFTER = new RegExp(String.raw`\s+[-–—]\s+(${PAPER.source.replace(/^\^|\$$/g, '')})$`, 'u')
const SOURCE_LINE = /^source:\s*(\p{Lu}[^|:]{1,60}?)\s*(?:\||$)/iu
// "Velsk sells city airport | Nordic Post": an outlet's name after a bar.
const OUTLET_AFTER = /\s+\|\s+(\p{Lu}[\p{L}.&'-]*(?:\s+\p{Lu}[\p{L}.&'-]*){0,2})$/u

const BODY_OF = /\s(?:of|on|for|in|&)\s/
const NAME_LINE = new RegExp(`^${OUTLET_NAME}$`, 'u')

/** The name a line over the headline gives before any separator ("Coastline FM | The Rural Hour"), if it is one. */
function nameOf(line: string): string[] {
  const name = stripMarks(line).split(SEPARATOR)[0]!.trim()
  return NAME_LINE.test(name) && name.split(/\s+/).length <= MAX_OUTLET_WORDS ? [name] : []
}

// A line under a headline that is no part of it, in lower case: "posted in Politics", "via Dunmark Wire".
const CREDIT_WORD = /^(?:posted|via|by|from|staff|updated|filed|photo|image|listen|read|share|watch|sponsored|advertisement)\b/

/**
 * A headline's line set over narrow lines going on in lower case ("Pier pilings" / "found rotted,"): a word all in
 * lower case ("iPhone maker …" starts a headline), no credit's, under a line of two words or more not in capitals.
 */
function goesOnInLowerCase(line: string, next: string): boolean {
  return /^\p{Ll}+\b/u.test(next) && !/^\p{Ll}+\p{Lu}/u.test(next) && !CREDIT_WORD.test(next) && /\s/.test(line) && /\p{Ll}/u.test(line) && !/[.!?]$/.test(line)
}

/** A slogan of short sentences: "Your town. Your news. Since 1874." */
function isSlogan(line: string): boolean {
  const sentences = stripMarks(line).split(/(?<=[.!?])\s+/)
  return sentences.length > 1 && sentences.length <= MAX_SLOGAN_SENTENCES && sentences.every((s) => s.split(/\s+/).length <= MAX_SLOGAN_WORDS)
}

/** A masthead or tagline between a headline and its date ("VELSK DISPATCH", "Your weekly letter"), not a standfirst. */
function isTagline(line: string): boolean {
  return !isProse(line) && !SENTENCE_END.test(line) && line.split(/\s+/).length <= MAX_TAGLINE_WORDS
}

/** The header's non-empty lines, each with its end and whether it follows the line before with no blank line between. */
function headLines(text: string, from: number): { line: string; end: number; joined: boolean }[] {
  const out: { line: string; end: number; joined: boolean }[] = []
  const re = /[^\n]*(?:\n|$)/g
  re.lastIndex = from
  let blank = true
  for (let m = re.exec(text); m && m[0].length > 0 && out.length < MAX_HEADER_LINES; m = re.exec(text)) {
    const line = m[0].trim()
    if (line.length > 0) out.push({ line, end: m.index + m[0].length, joined: !blank })
    blank = line.length === 0
  }
  return out
}

const MAX_HEADLINE_WORDS = 25

/** A headline of two sentences, the second with no full stop: "X buried the "Leader of the Nation". It did not bury Y". */
function twoPartHeadline(line: string): boolean {
  return !SENTENCE_END.test(line) && line.split(/\s+/).length <= MAX_HEADLINE_WORDS
}
