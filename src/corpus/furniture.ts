import { isCaption, isCounter } from './boilerplate.ts'
import { pageDate } from './date-line.ts'
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
const NOTE = /^\[[^\]]+\]$/
/** What separates the parts of a breadcrumb or a section path. */
export const SEPARATOR = /\s+[|/>›»·•]\s+|\s*\|\s*/

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
  return (
    READ_TIME.test(bare) ||
    isByline(bare) ||
    DISCLAIMER.test(bare) ||
    COOKIES.test(bare) ||
    IMAGE.test(line.trim()) ||
    NOTE.test(line.trim()) ||
    isCaption(bare) ||
    /\bphoto:\s/i.test(bare) ||
    isCounter(bare) ||
    pageDate(line.trim()) !== undefined ||
    /^(?:views|shares?|comments?|likes?)\s*:?\s*[\d\s.,]+[kKmM]?$/i.test(bare) ||
    isBreadcrumb(bare)
  )
}

/** "World | Asia | Kazakhstan", "Main page / In the world / Kazakhstan": short parts between separators. */
function isBreadcrumb(line: string): boolean {
  const parts = line.split(SEPARATOR)
  return parts.length >= 2 && parts.every((p) => p.trim().split(/\s+/).length <= 7 && !/[.!?]["”’]?$/.test(p.trim()))
}

/** A line without markdown heading marks and emphasis. */
export function stripMarks(line: string): string {
  return line
    .trim()
    .replace(/^#{1,6}\s+/, '')
    .replace(/^([*_]{1,3})(.*)\1$/, '$2')
    .trim()
}
