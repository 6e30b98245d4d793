/**
 * What names an outlet or issuer over a page's headline: an issuer's name in
 * capitals, a newspaper's or agency's name, and the section labels that name no one.
 */

/** An issuer's name in capitals, as a title ("Ministry of Defence of the Republic of Kazakhstan"); `null` for a section label. */
export function issuerOf(written: string): string | null {
  // A menu's "☰ MENU", a search glyph, a button ("[ Subscribe ]"), a section's name or the issue's number set wide
  // beside the name is no part of it; nor, beside it, are a navigation bar's single words ("WORLD   POLITICS").
  const parts = written
    .replace(/\[[^\]]*\]/g, '   ')
    .split(WIDE)
    .map((p) => p.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.)+]+$/gu, ''))
    .filter((p) => p && !NAVIGATION.test(p) && !SECTION_LABEL.test(p) && !ISSUE.test(p))
  const named = parts.filter((p) => /\s/.test(p))
  const line = (named.length > 0 ? named : parts).join(' ')
  // "KAZAKHSTAN-PROTESTS/CSTO (UPDATE 2)": a wire story's slug names its topic, not who issued it.
  if (SLUG.test(line)) return null
  if (/\p{Ll}/u.test(line) || !/\p{Lu}{2}/u.test(line) || line.split(/\s+/).length < 2 || SECTION_LABEL.test(line)) return null
  return line
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())
    .replace(/(?<=\s)(?:Of|The|And|For|In|On|At)(?=\s)/g, (w) => w.toLowerCase())
}

const SLUG = /\p{Lu}\/\p{Lu}|\(UPDATE \d+\)/u

/** Parts of a line set wide apart, as a PDF's text or a mobile page lays out a masthead. */
export const WIDE = /\s{3,}/

// A page's navigation or cookie prompt and its buttons, not its name.
const NAVIGATION = /^(?:menu|search|subscribe|sign in|log ?in|home|share|more options|(?:dis)?agree|accept(?: all)?|reject(?: all)?)$|\b(?:privacy|cookies?)\b/i

/**
 * What stands beside a masthead: the issue ("Policy Brief No. 3/2022", "Vol.
 * 112 No. 44") or a button ("[ Subscribe ]").
 */
export const ISSUE =
  /^(?:\[[^\]]*\]|(?:(?:policy\s+)?(?:brief|paper|report|bulletin|newsletter|briefing)\s+)?(?:vol(?:ume)?\.?|no\.|issue|edition|number)\s*\d[\d/.\s\p{L}]*|(?:policy\s+)?(?:brief|paper|report|bulletin)\s+\d[\d/.]*)$/iu

// What an outlet calls itself, ending its name in a masthead: "Velsk Border News Service", or a kind after a name in
// capitals ("TASS Russian News Agency", "KAZWIRE Wire"). "Tokayev Fires Head of Security Service" is a headline.
export const OUTLET_KIND =
  /\s(?:(?:News|Press|Information|Telegraph)\s+(?:Agency|Service)|News\s+Network|Newswire|Broadcasting\s+(?:Corporation|Company|Service))$/
// A newspaper's name in title case, short: "Velta Daily News", "The Orvin Herald".
export const PAPER =
  /^(?:The\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:News|Herald|Times|Tribune|Gazette|Journal|Post|Chronicle|Observer|Telegraph|Dispatch|Monitor|Courier|Daily|Sentinel|Bugle|Record|Standard|Star|Mirror|Express|Examiner|Inquirer|Register|Argus|Echo|Advertiser|Globe|Ledger|Reporter|Bulletin|Clarion|Beacon|Mercury|Citizen|Enterprise|Pioneer|Weekly)$/u
export const KIND_AFTER_CAPITALS =
  /\b\p{Lu}{3,}\b.*\s(?:Agency|News|Service|Wire|Media|Network|Radio|Television|TV|Gazette|Herald|Tribune|Times|Journal|Dispatch|Monitor)$/u
export const MAX_OUTLET_WORDS = 6
// The small words inside a name ("Institute for Strategic Foresight", "Jornal do Vale").
export const NAME_LINKS = String.raw`of|for|and|the|&|de|du|des|do|da|la|le|di`
// An outlet's or a holder's name: capitalised words and the small words inside it ("Coastline FM", "The Kanto Shimbun").
export const OUTLET_NAME = String.raw`(?:The\s+)?[\p{Lu}\d][\p{L}\d&'’.-]*(?:\s+(?:[\p{Lu}\d][\p{L}\d&'’.-]*|${NAME_LINKS}))*`

// Labels of a page's section or kind, in capitals above a headline: no issuer.
const SECTION_LABEL =
  /^(?:(?:FOR IMMEDIATE\s+)?RELEASE|PRESS RELEASES?|BREAKING(?: NEWS)?|LIVE(?: BLOG| UPDATES)?|OPINION|ANALYSIS|EXPLAINER|FACT ?CHECK|WORLD NEWS|NEWS|TOP STORIES|LATEST NEWS|FEATURES?|INTERVIEW|COMMENT(?:ARY)?)$/
