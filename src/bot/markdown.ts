/**
 * Markdown escaping and word-boundary truncation for text shown in Discord.
 * Escaping is a backslash before each special character, so it is exactly
 * reversible with {@link unescapeMarkdown}.
 */

// `@` and `<` are escaped too, so "@everyone" or "<@&123>" in an article shows as text.
const SPECIAL = /[\\*_~`|[\]<>@#]/g
const LINE_START = /^(\s*)([-+]|\d+(?=\.\s))/gm

/**
 * Escapes `text` so Discord shows it literally: no bold, links, headings, lists or mentions.
 *
 * @example
 * ```ts
 * escapeMarkdown('**hi** @everyone') // => '\\*\\*hi\\*\\* \\@everyone'
 * ```
 */
export function escapeMarkdown(text: string): string {
  return text.replace(SPECIAL, '\\$&').replace(LINE_START, (_m, space: string, mark: string) => (/^\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`))
}

/**
 * Reverses {@link escapeMarkdown}.
 *
 * @example
 * ```ts
 * unescapeMarkdown(escapeMarkdown('a_b @here')) // => 'a_b @here'
 * ```
 */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\s\S])/g, '$1')
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff

/**
 * Shortens `text` to at most `max` characters, cutting at the last space
 * (never inside a word, a `[3]` marker or an escape) and adding `…`.
 *
 * @example
 * ```ts
 * truncateWords('The force totals about 2,500 people', 20) // => 'The force totals…'
 * ```
 */
export function truncateWords(text: string, max: number, ellipsis = '…'): string {
  if (text.length <= max) return text
  if (max <= ellipsis.length) return ellipsis.slice(0, Math.max(0, max))
  const room = max - ellipsis.length
  let cut = text.slice(0, room + 1).search(/\s\S*$/)
  // One enormous word: no boundary to respect, cut it rather than drop everything.
  if (cut < room / 2) cut = room
  let head = text.slice(0, cut).trimEnd()
  if (head.length > 0 && isHighSurrogate(head.charCodeAt(head.length - 1))) head = head.slice(0, -1)
  const backslashes = /\\*$/.exec(head)![0].length
  if (backslashes % 2 === 1) head = head.slice(0, -1)
  return head + ellipsis
}

// Explicit bidi marks, embeddings, overrides and isolates: invisible, and able to reorder the text around them.
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/**
 * Removes bidirectional control characters from text a user typed, before it is
 * echoed: a right-to-left override would otherwise reverse the reply around it.
 *
 * @example
 * ```ts
 * stripBidi('troops \u202eoc.elgoog') // => 'troops oc.elgoog'
 * ```
 */
export function stripBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '')
}

/** Turns every run of whitespace into one space and trims. */
export function squashSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
