/**
 * Recognises the parts of a scraped news page that are not the article: comment
 * sections, share counters, photo captions, category lists and teasers of other
 * stories. Each function looks at one block of text (a paragraph) and says what
 * it is; {@link classifyBlocks} applies them to a whole article in order.
 */

/** What a block of a page is, as far as indexing goes. */
export type BlockKind = 'body' | 'boilerplate' | 'caption' | 'counter' | 'duplicate' | 'trailer'

// A comment section or link footer: the article is over, and what follows it on
// the page (teasers of other stories, blog-roll titles) is not part of it.
const TRAILER =
  /^(?:no comments|\d+ comments?|post a comment|leave a (?:reply|comment)|comments are closed|source link|article categories|related (?:posts|articles|stories)|you may also like|share this(?: article)?|tags?|filed under)\s*[:.]?$/i

// Single-line chrome that can appear anywhere in a page, an inline teaser among it ("> **Related article** …").
const CHROME =
  /^(?:advertisement|read more|continue reading|click here.*|subscribe.*newsletter.*|share(?: on)? (?:facebook|twitter).*|print this (?:page|article)|follow us.*|(?:main article|see also|further information)\s*:.*|(?:>\s*)?\*\*related\s+(?:article|story|video|content|link)s?\*\*.*)\s*[:.…]*$/i

// The foot of a page: wire and translators' credits, rights notices, link lists, tags, share bars, newsletter and cookie
// prompts. Each such block is dropped on its own, since real pages put "Read more" links mid-article too.
const FOOTER =
  /^(?:[-–—*_\s]*)(?:\(?(?:reporting|writing|editing|additional reporting|translated|translation) by\b|copyright\b|©|all rights reserved|this material may not be|related(?: articles| stories| posts| coverage)?\s*:|\**read more\b|more on this\b|more\s+(?:galleries|photos|pictures|videos|stories|news|articles|reading|coverage|podcasts|episodes|links)\s*:|tags?\s*:|topics?\s*:|share(?: this(?: article| story)?| in| on)?\s*[:|]|\|\s|comments?\s*(?:\(\d|:\s*\d)|sign up\b|newsletter\s*:|subscribe\b|enter (?:your )?email\b|\[end of transcript\]|listen to .{1,60}(?:podcasts?|spotify)|cookies? help\b|by using (?:our|this) (?:services|site)\b|when using materials\b|have a question\b|follow (?:her|him|them|us) on\b|[\p{L} .'-]{3,40} (?:writes|reports) (?:about|on)\b|[\p{L} .'-]{2,60} contributed to this report)/iu

const CAPTION = /^(?:in the (?:photo|picture|video)|photo(?:graph)?|pictured|image|caption|video)\s*:/i
const CREDIT = /\((?:photo|image|picture)(?: by)?\s*:?[^)]*\)\s*$/i
// Counts of views, shares and replies, with their icons or without: "1.2K views", "👁 96.4K  ↪ 1.2K".
const COUNTER = /^(?:(?:[\p{So}\uFE0F]{1,3}\s*)?[\d.,]+[kKmM]?\s*){1,4}(?:shares?|views?|comments?|likes?)?$/iu

// A label a page puts over a list of links to other pages, alone on its first line: "Read Next", "Most viewed",
// "MORE FROM QAZWIRE", "Related Internet Links", "RELATED", "References [edit]".
const LINKS_LABEL =
  /^[-–—*_#\s]*(?:read next|most (?:viewed|read|popular|shared)|more from [\p{L}\p{N} .'&-]{2,40}|other news|related(?:\s+(?:articles|stories|posts|coverage|materials|internet links|topics|content|reading|news|links|interviews|galleries|videos|documents?|pages))?|references|see also|further reading|external links|reading list|topics)[\s*_]*(?:\[\s*edit\s*\])?[\s*_:]*(?:\n|$)/iu

/** True for a block of page footer: credits, rights, related links, tags, share and newsletter bars. */
export function isFooter(block: string): boolean {
  const text = block.trim().replace(/^-{3,}\s*/, '')
  return FOOTER.test(text) || LINKS_LABEL.test(text) || isReferenceList(text) || text.split('\n').some((line) => RIGHTS.test(line.trim()))
}

// A rights line ends a page's footer, whatever menu or links come above it in the block ("≡ MENU …" / "Home | World" / "© 2022 …");
// "(c)" only as a short line with no colon: "(c) For the West: …" is a list's third item.
const RIGHTS = /^(?:©|\(c\)\s+[^:\n]{1,80}$|copyright\s+(?:©\s*)?\d{4}|all rights reserved)/i

// An encyclopedia's note on a source: "28. ^ "Peacekeepers to leave today", *Qazaq TV*, 13 January 2022."
const REFERENCE = /^(?:\d+\.\s*)?\^\s/

/** A list of references, every line a note on a source: other pages' titles and dates, none of the article's. */
function isReferenceList(block: string): boolean {
  const lines = block.split('\n').filter((l) => l.trim() !== '')
  return lines.length > 0 && lines.every((l) => REFERENCE.test(l.trim()))
}

/** True for a line that says the article has ended ("No comments:", "Leave a Reply", "Source link"). */
export function isTrailer(block: string): boolean {
  // "COMMENTS (47)" over its sort bar opens the comment section all the same.
  return TRAILER.test(block.trim()) || COMMENTS_OPEN.test(block.trim().split('\n')[0]!.trim())
}

// The heading of a comment section, whatever follows it in its block: "COMMENTS (47)", "Join the conversation".
const COMMENTS_OPEN = /^(?:comments?\s*\(\d+\)|reader comments|show comments|join the (?:conversation|discussion)|\d+ responses?)\s*:?$/i

/** True for a photo caption or credit line ("In the photo: ...", "... (Photo: TASS)"). */
export function isCaption(block: string): boolean {
  const text = block.trim()
  return CAPTION.test(text) || (CREDIT.test(text) && !/[.!?]["”’]?\s*\(/.test(text))
}

/** True for share or view counters ("0 0", "12 shares", "1.2k"). */
export function isCounter(block: string): boolean {
  return COUNTER.test(block.trim())
}

/** A counter shown as such, by its icons or words ("👁 96.4K  ↪ 1.2K", "1.2K views"): a wrapped "225." is none. */
export function isMarkedCounter(line: string): boolean {
  return isCounter(line) && /[\p{So}]|\b(?:shares?|views?|comments?|likes?)\b/iu.test(line)
}

// A text box drawn with characters: "+-----+" borders and "|  …  |" lines.
const BOX_BORDER = /^\s*\+[-=+]{3,}\+\s*$/
const BOX_LINE = /^\s*\|.*\|\s*$/

/**
 * True for a box drawn in plain text around a summary ("+---+ / |  CLAIM: … |
 * / |  VERDICT: … |"): its lines run into one sentence, pipes and all, and the
 * story says what it sums up. A Markdown table has no "+---+" border.
 */
export function isTextBox(block: string): boolean {
  const lines = block.split('\n').filter((l) => l.trim() !== '')
  return lines.some((l) => BOX_BORDER.test(l)) && lines.every((l) => BOX_BORDER.test(l) || BOX_LINE.test(l))
}

/** True for page chrome that carries no article text ("Read more", "Advertisement"). */
export function isChrome(block: string): boolean {
  return CHROME.test(block.trim())
}

/**
 * Folds a block to compare it with others: case, punctuation and articles go, so
 * "the arrival of the Russian CSTO peacekeepers" and "the arrival of Russian CSTO
 * peacekeepers (Photo: TASS)" compare as the same caption.
 */
export function foldForComparison(block: string): string {
  return block
    .replace(CREDIT, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\b(?:the|a|an)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Labels each block of an article body. Blocks after a trailer are labelled
 * `trailer` too; a block that repeats an earlier one (after folding) is a
 * `duplicate`.
 *
 * @example
 * ```ts
 * classifyBlocks(['Troops arrived.', 'No comments:', 'Other story...'])
 * // => ['body', 'trailer', 'trailer']
 * ```
 */
export function classifyBlocks(blocks: readonly string[]): BlockKind[] {
  const kinds: BlockKind[] = []
  const seen = new Set<string>()
  let ended = false
  for (const block of blocks) {
    if (ended || isTrailer(block)) {
      ended = true
      kinds.push('trailer')
      continue
    }
    const folded = foldForComparison(block)
    if (isCaption(block)) kinds.push('caption')
    else if (isCounter(block)) kinds.push('counter')
    else if (isChrome(block) || isFooter(block)) kinds.push('boilerplate')
    else if (folded.length > 0 && seen.has(folded)) kinds.push('duplicate')
    else kinds.push('body')
    seen.add(folded)
  }
  return kinds
}
