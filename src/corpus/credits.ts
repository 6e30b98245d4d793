/**
 * Who a page says it is by, where no dateline or masthead in capitals says
 * so: the holder of its copyright notice ("© 2024 The Coastal Herald. All
 * rights reserved."), or a site's name over the headline that the page names
 * again below it ("Nordic Public Radio" … "Image: Juha Niemi / Nordic Public
 * Radio").
 */

import { NAME_LINKS, OUTLET_NAME } from './mastheads.ts'

// A notice on a line of its own: "© 2024 X. All rights reserved.", "Copyright © 2023 X", "(c) X 2022 | Impressum".
// "Copyright" and "(c)" only before "©" or a year: "Copyright Act reforms …", a list's "(c) Velmora Shipping must …".
const NOTICE = /^(?:©|(?:copyright|\(c\))\s*(?=©|\(c\)|(?:19|20)\d\d))(?:\s*(?:©|\(c\)))?\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\.?\s*)?(.*)$/i
// A picture's, a map's or a publishing platform's rights, not the page's: "© Getty Images", "(c) AP Photo/…", "©
// Mapbox", "© 2024 Substack Inc.". A wire's own notice ("© 2024 Reuters") is its page's.
const NOT_THE_PAGE =
  /\b(?:photos?|images?|pictures?|maps?|mapbox|openstreetmap|shutterstock|alamy|substack|automattic|wordpress|medium|google|facebook|meta|youtube)\b/i
const HOLDER = new RegExp(`^${OUTLET_NAME}`, 'u')
// A name does not end in one of its small words ("Institute for" is cut short).
const LINK_AT_END = new RegExp(String.raw`\s+(?:${NAME_LINKS})$`, 'i')
// A company's legal form after its name, which no reader calls the outlet: "Valley Courier Ltd", "… Holdings".
const LEGAL_FORM = /(?:,?\s+(?:Ltd|Limited|Inc|LLC|plc|PLC|GmbH|AG|SA|S\.A|Corp|Corporation|Co|Holdings))+\.?$/
// What a notice may begin with that is no holder: "All rights reserved", the Crown's copyright, a site's terms.
const NO_HOLDER = /^(?:all\s+rights|crown\b|copyright\b|terms\b|privacy\b|the\s+author)/i
const MAX_HOLDER_WORDS = 6

/**
 * The holder of the first copyright notice in `text` from offset `from`, or
 * `null` where the page has none or it names no one.
 *
 * @example
 * ```ts
 * copyrightHolder('Story.\n\n© 2024 The Coastal Herald. All rights reserved.', 0) // => 'The Coastal Herald'
 * ```
 */
export function copyrightHolder(text: string, from: number): string | null {
  for (const raw of text.slice(from).split('\n')) {
    const notice = NOTICE.exec(raw.trim())
    if (!notice) continue
    // The name ends at its sentence's full stop or at a separator: "X. All rights reserved.", "X | Impressum".
    const rest = notice[1]!.trim().split(/\.\s|\s[|·•,]\s?|,\s/)[0]!
    const name = NO_HOLDER.test(rest) ? undefined : HOLDER.exec(rest)?.[0]
    if (name === undefined || NOT_THE_PAGE.test(rest)) continue
    const clean = name
      .replace(/\.$/, '')
      .replace(/\s+(?:19|20)\d\d$/, '')
      .replace(LEGAL_FORM, '')
      .replace(LINK_AT_END, '')
    // The page's own notice comes first; a platform's or a widget's may follow it.
    if (clean.split(/\s+/).length <= MAX_HOLDER_WORDS) return clean
  }
  return null
}

/**
 * Whether the page names its masthead again below the header, so that the
 * line over the headline is the site's name and not a section's: the
 * copyright holder begins with it (or it with the holder's name), or, for a
 * name of two words or more, a credit after `from` gives it, written alike.
 * `holder` is the page's copyright holder, where the caller has it already.
 *
 * @example
 * ```ts
 * namedAgain('Nordic Public Radio', 'Story.\n\n© Nordic Public Radio', 0) // => true
 * ```
 */
export function namedAgain(masthead: string, text: string, from: number, holder = copyrightHolder(text, from)): boolean {
  const bare = (s: string) => s.replace(/^the\s+/i, '').toLowerCase()
  const name = bare(masthead)
  if (holder && (name.startsWith(bare(holder)) || bare(holder).startsWith(name))) return true
  // One word ("Ledgerline", "TRANSCRIPT", "World") may as well be a section's label or a word of the story.
  if (!/\s/.test(name)) return false
  // Written as the masthead writes it ("TRANSCRIPT" over the headline and "a transcript" below are a label and a word),
  // in a credit ("Image: … / Velta Public Radio", "More from …", "(Velta Post file photo)"): a section's name ("Middle
  // East") or a person's over the headline may stand in any sentence of the story.
  const written = masthead.replace(/^the\s+/i, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const credit = new RegExp(`(?:[/©|(]\\s*|\\b(?:from|by|via|photo:|image:|copyright)\\s+(?:the\\s+)?)${written}(?![\\p{L}\\d])`, 'iu')
  return credit.test(text.slice(from))
}
