import { isCaption, isCounter } from './boilerplate.ts'
import { TIME_OF_DAY, looksLikeDate, pageDate } from './date-line.ts'
import { isByline } from './byline.ts'

/**
 * Page furniture in a scraped page's header: bylines, reading times,
 * breadcrumbs, cookie notices, images and captions, each a line that is no
 * part of the article.
 */

const READ_TIME = /\b\d+\s*-?\s*min(?:ute)?s?\.?\s*(?:read|listen)\b|\breading time\b|\blisten to this article\b/i
const DISCLAIMER = /\bviews expressed\b|\bthe author's own\b|\bdo(?:es)? not necessarily reflect\b/i
const COOKIES = /\bcookies?\b.*\b(?:accept|consent|settings|agree)\b/i
const IMAGE = /^!\[[^\]]*\]\([^)]*\)$/
// "[Profiles] [World]", "[ACCEPT ALL]  [REJECT ALL]": tags and buttons, each in brackets.
const BRACKETED = /^(?:\[[^\]]+\]\s*)+$/
// A language switcher opening a bar of links: "[ Қаз | Рус | Eng ]   Version for the visually impaired".
const LANGUAGES = /^\[[^\]]*\|[^\]]*\]/
// A mail's header fields ("From: Velsk Dispatch <…>"); its subject is the headline.
const MAIL_FIELD = /^(?:from|to|cc|bcc|reply-to|sent):\s/i
// Links that skip the page's navigation, and an encyclopedia's tagline ("From Wikipedia, the free encyclopedia").
const NAVIGATION = /^(?:jump to|skip to)\b|^from \S[^,]*, the free\b/i
// An archive's or a search engine's banner over the page it kept: the Wayback Machine's toolbar, Google's cache note.
const ARCHIVE_BANNER =
  /^(?:the wayback machine - https?:\/\/|internet archive$|wayback machine$|https?:\/\/\S+\s+go$|\d[\d,]* captures$|about this capture$|collected by$|this is google['’]s cache of\b|full version\s+text-only version\b|tip: to quickly find your search term\b|\d{1,2} [a-z]{3} \d{4} - \d{1,2} [a-z]{3} \d{4}$)/i
// A search box ("Search this site [          ] Search") or a consent prompt's buttons ("MORE OPTIONS    DISAGREE    AGREE").
const FORM_CONTROLS =
  /\[\s{2,}\]|^(?:(?:more options|manage (?:options|settings|preferences)|disagree|agree|accept(?: all)?|reject(?: all)?|i accept)(?:\s{2,}|\s*\|\s*|$))+$/i
// A market ticker: three or more quotes set apart, each a name and a figure with its change ("DJIA 42,118.9 +0.2%").
const TICKER = /^(?:[^\s].*?\s[\d.,]+%?\s+[+-−][\d.,]+%?(?:\s{2,}|\s*\|\s*|$)){3,}$/
// A page's control on a line of its own, above or below the story: "SHARE", "Comments", "Related Topics".
const CONTROL =
  /^(?:share(?: this(?: article| story| page)?)?|comments?|show comments|leave a comment|print|subscribe|related(?: topics| articles| stories| coverage)?|tags|topics|advertisement|back to top|read more)$/i
// The heading of a consent banner, when a cookie notice follows it ("We value your privacy").
const CONSENT_HEADING = /\b(?:privacy|cookies?|consent)\b/i
const MAX_CONSENT_HEADING = 8
/** What separates the parts of a breadcrumb or a section path. */
export const SEPARATOR = /\s+[|/>›»·•‹<]\s+|\s*\|\s*/
// A navigation bar's links stand apart by wide spaces too ("Search   Sign in   Subscribe").
const NAV_SEPARATOR = new RegExp(`${SEPARATOR.source}|\\s{3,}`)
// A line marked as a heading: "## …", "**…**".
const YEAR_HEADING = /^\s*(?:#{1,6}\s|\*\*|__)/
// A teaser linking elsewhere ends in an arrow ("Live: talks in Geneva — latest ▸").
const LINK_ARROW = /\s[▸›→»]$/

/**
 * True for a line of page furniture: a byline, a reading time, a breadcrumb or
 * section path, a counter, a cookie notice, an image, a caption or an editor's note.
 *
 * @example
 * ```ts
 * isFurniture('Main page / In the world / Kazakhstan') // => true
 * isFurniture('By Aigerim Sultanova | 5 min read')     // => true
 * isFurniture('Troops land in Almaty')                 // => false
 * ```
 */
export function isFurniture(line: string): boolean {
  const bare = stripMarks(line)
  // "## 2023": a timeline's section of a year, no counter nor date line of the page.
  if (YEAR_HEADING.test(line) && /^(?:19|20)\d{2}$/.test(bare)) return false
  return (
    READ_TIME.test(bare) ||
    isByline(bare) ||
    DISCLAIMER.test(bare) ||
    COOKIES.test(bare) ||
    IMAGE.test(line.trim()) ||
    BRACKETED.test(line.trim()) ||
    LANGUAGES.test(line.trim()) ||
    MAIL_FIELD.test(bare) ||
    NAVIGATION.test(bare) ||
    CONTROL.test(bare) ||
    TICKER.test(bare) ||
    FORM_CONTROLS.test(bare) ||
    LINK_ARROW.test(bare) ||
    isCaption(bare) ||
    /\bphoto:\s/i.test(bare) ||
    isCounter(bare) ||
    pageDate(line.trim()) !== undefined ||
    /^(?:views|shares?|comments?|likes?)\s*:?\s*[\d\s.,]+[kKmM]?$/i.test(bare) ||
    isBreadcrumb(bare) ||
    LINKS_ONLY.test(bare) ||
    TRANSLATION_NOTE.test(bare) ||
    APP_OR_PRINT.test(bare)
  )
}

// "[Skip to main content](#main) [Sections](…)", "* [News](https://…)", "[![Logo](…)](…)": links and nothing else.
const LINKS_ONLY = /^(?:[*+-]\s+)?(?:!?\[(?:[^\][]|\[[^\]]*\])*\]\([^)]*\)[\s|/·•›»>-]*)+$/
// A translated page's note on where it came from: "Source language: Russian. Machine-assisted translation, …".
const TRANSLATION_NOTE = /^(?:(?:source|original) language:|(?:machine(?:[- ]assisted)?|automatic(?:ally)?)[- ]translat|translated (?:from|automatically)\b)/i
// A page's own buttons and a copy's print stamp: "≡ Read in App", "Print this page", "Printed on: 12/02/2024 7:55 AM".
const APP_OR_PRINT =
  /^(?:[≡☰]\s*)?(?:read|open|continue|view) in (?:the )?app$|^print(?:er[- ]friendly| this (?:page|article))\b|^(?:printed|accessed|retrieved|downloaded) (?:on|at)\b/i

/** "World | Asia | Kazakhstan", "Main page / In the world / Kazakhstan": short parts between separators. */
function isBreadcrumb(line: string): boolean {
  // Links apart by wide spaces alone are short and several ("Search   Sign in   Subscribe"); a headline and its
  // kicker so spaced are not ("Troops leave Almaty    Calm returns to the city").
  const spaced = !SEPARATOR.test(line)
  const parts = line.split(NAV_SEPARATOR)
  const most = spaced ? MAX_LINK_WORDS : 7
  // A document's number and its month so spaced are a cover's furniture ("POLICY BRIEF No. 3/2021      March 2021").
  if (spaced && parts.length === 2 && looksLikeDate(parts[1]!.trim())) return true
  // "Selma sells city airport | Nordic Post", "Varn mayor quits | Council to pick successor": a headline first, then its
  // outlet or kicker; a path runs from a short section ("World | Europe").
  if (!spaced && parts.length === 2 && /\s\|\s/.test(line) && isHeadline(parts[0]!)) return false
  // "Thu 6 Jan · 08:40": a live entry's day and time, no path.
  if (parts.some((p) => TIME_OF_DAY.test(p.trim()))) return false
  if (parts.length >= (spaced ? 3 : 2) && parts.every((p) => p.trim().split(/\s+/).length <= most && !/[.!?]["”’]?$/.test(p.trim()))) return true
  // A menu set two spaces apart: several links, each a capitalised word or few ("News  Sport  What's On  Business").
  const links = line.split(/\s{2,}/)
  return links.length >= MIN_MENU_LINKS && links.every((p) => /^\p{Lu}/u.test(p) && p.split(/\s+/).length <= MAX_LINK_WORDS && !/[.!?,;:]$/.test(p))
}

const MIN_MENU_LINKS = 5

const MAX_LINK_WORDS = 3
const HEADLINE_WORDS = 4
// A headline written in sentence case has words in lower case that are not a name's "of" or "the": not "Government
// of the Republic of Veloria", an organisation's name over its office's.
const isHeadline = (part: string) => {
  const words = part.trim().split(/\s+/)
  return words.length >= HEADLINE_WORDS && words.filter((w) => /^\p{Ll}/u.test(w) && !NAME_LINKS.has(w)).length >= 2
}
const NAME_LINKS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'de', 'la', 'del', 'von', 'van'])

/** A line without markdown heading marks and emphasis. */
export function stripMarks(line: string): string {
  return line
    .trim()
    .replace(/^#{1,6}\s+/, '')
    .replace(/^([*_]{1,3})(.*)\1$/, '$2')
    .trim()
}

/**
 * True for the heading of a cookie banner: a short line on privacy or cookies
 * with the notice itself (`next`) under it.
 *
 * @example
 * ```ts
 * isConsentHeading('We value your privacy', 'We use cookies. By clicking "Accept", you agree.') // => true
 * isConsentHeading('Privacy fears grow in Velsk', 'The first planes landed on Thursday.')       // => false
 * ```
 */
export function isConsentHeading(line: string, next: string | undefined): boolean {
  const bare = stripMarks(line)
  return next !== undefined && bare.split(/\s+/).length <= MAX_CONSENT_HEADING && CONSENT_HEADING.test(bare) && COOKIES.test(next)
}

const MIN_MENU_ITEMS = 3
const MAX_MENU_WORDS = 3

/**
 * Which of a header's lines are a menu copied with the page: three or more
 * short lines in a row, none a sentence or a date ("Menu" / "Search" /
 * "Subscribe" / "International" / "Africa"), as a select-all copy of a site
 * lays its navigation out, one link to a line.
 *
 * @example
 * ```ts
 * menuLines([{ line: 'News', joined: false }, { line: 'Opinion', joined: true }, { line: 'Sport', joined: true }])
 * // => [true, true, true]
 * ```
 */
export function menuLines(lines: readonly { line: string; joined: boolean }[]): boolean[] {
  const menu = lines.map(() => false)
  const item = (line: string) => {
    const bare = stripMarks(line)
    return bare.split(/\s+/).length <= MAX_MENU_WORDS && !/[.!?:;,]["”’]?$/.test(bare) && !/\d{3,}|\d[./-]\d/.test(bare) && /^\P{Ll}/u.test(bare)
  }
  for (let i = 0; i < lines.length;) {
    let j = i
    while (j < lines.length && (j === i || lines[j]!.joined) && item(lines[j]!.line)) j++
    if (j - i >= MIN_MENU_ITEMS) menu.fill(true, i, j)
    i = Math.max(j, i + 1)
  }
  return menu
}

// The rest of an archive's toolbar under its banner: its calendar ("MAY JUN JUL", "11", "2018 2019 2020") and notes.
const CALENDAR_CELL = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d{1,4})`
const TOOLBAR = new RegExp(String.raw`^(?:${CALENDAR_CELL}(?:\s+${CALENDAR_CELL})*|collected by|timestamps|(?:organization|collection):\s.*)$`, 'i')

/**
 * Where the saved page begins under an archive's or a search engine's banner
 * (the Wayback Machine's toolbar, "This is Google's cache of …"), or `from`
 * when the text from `from` opens with none.
 *
 * @example
 * ```ts
 * bannerEnd('The Wayback Machine - https://web.archive.org/web/2019/https://x.example/\n23 captures\nAbout this capture\n\nHeadline', 0) // => 98
 * ```
 */
export function bannerEnd(text: string, from: number): number {
  const re = /[^\n]*(?:\n|$)/g
  re.lastIndex = from
  let end = from
  let first = true
  for (let m = re.exec(text); m && m[0].length > 0; m = re.exec(text)) {
    const line = m[0].trim()
    if (line === '') continue
    if (first ? !ARCHIVE_BANNER.test(line) : !ARCHIVE_BANNER.test(line) && !TOOLBAR.test(line)) break
    first = false
    end = m.index + m[0].length
  }
  return end
}
