import { isAscii } from 'node:buffer'
import { statSync, type Stats } from 'node:fs'
import { join } from 'node:path'
import { readArticleFile, type Article } from '../corpus/index.ts'
import type { Section, TypedArray } from './snapshot-format.ts'
import { fail } from './snapshot-check.ts'

/**
 * The articles' texts inside a snapshot file, with what each file was like
 * on disk (size, modification and change times, inode) when the text was
 * known to be its contents. A restart then reads one file, not every
 * article's: a file whose `stat` is still the recorded one is the text the
 * snapshot holds (any write moves its change time, which no tool can set
 * back); any other is read and compared, so a changed article is still found
 * and refuses the snapshot, however its times were set.
 */

const FIELDS = 4
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
// A file written this close to the moment it is recorded might change again within its clock's resolution
// without its times moving: it is recorded as unknown, so a restart compares its contents.
const RACY_MS = 3000

const statOf = (s: Stats) => [s.size, s.mtimeMs, s.ctimeMs, s.ino] as const

/**
 * The texts of `articles` (the UTF-8 bytes of all, and where each ends) and
 * the `stat` of each file in `dir`, recorded only when the file holds that
 * text now (read and compared), else as unknown.
 */
export function textSections(articles: readonly Article[], dir: string, now = Date.now()): Section[] {
  const encoded = articles.map((a) => Buffer.from(a.text, 'utf8'))
  const ends = new Float64Array(articles.length)
  const stats = new Float64Array(articles.length * FIELDS).fill(NaN)
  let total = 0
  encoded.forEach((bytes, i) => {
    ends[i] = total += bytes.byteLength
    try {
      // Stat first, read second: a write between the two shows in the bytes, one after both in the times.
      const stat = statSync(join(dir, articles[i]!.source))
      const read = readArticleFile(dir, articles[i]!.source)
      const settled = Math.max(stat.mtimeMs, stat.ctimeMs) < now - RACY_MS
      if (read.ok && settled && read.bytes.equals(bytes)) stats.set(statOf(stat), i * FIELDS)
    } catch {
      // No such file yet (an upload is written after its index is saved): its contents are compared on restart.
    }
  })
  const all = new Uint8Array(total)
  let at = 0
  for (const bytes of encoded) {
    all.set(bytes, at)
    at += bytes.byteLength
  }
  return [
    { name: 'texts.bytes', array: all },
    { name: 'texts.ends', array: ends },
    { name: 'texts.stats', array: stats },
  ]
}

/**
 * The texts of the `sources` a snapshot file holds, after checking that
 * each file in `dir` still holds its text: by its `stat` when that is the
 * recorded one, else by reading it.
 *
 * @throws Error naming the first file that changed or can no longer be read; `inconsistent: ...` for sections that do not fit.
 */
export function textsOf(arrays: ReadonlyMap<string, TypedArray>, sources: readonly string[], dir: string): string[] {
  const [bytes, ends, stats] = ['texts.bytes', 'texts.ends', 'texts.stats'].map((name) => arrays.get(name) ?? fail(`section ${name} is missing`))
  if (!(bytes instanceof Uint8Array) || !(ends instanceof Float64Array) || !(stats instanceof Float64Array))
    fail('the texts are not stored as bytes, ends and stats')
  if (ends.length !== sources.length || stats.length !== sources.length * FIELDS) fail(`texts for other than the ${sources.length} articles`)
  const texts = decodeTexts(bytes, ends)
  return sources.map((source, i) => {
    const [from, to] = [i > 0 ? ends[i - 1]! : 0, ends[i]!]
    const text = texts[i]!
    let now: readonly number[] | null = null
    try {
      now = statOf(statSync(join(dir, source)))
    } catch {
      // Gone or unreadable: the read below says why.
    }
    if (now && now.every((n, k) => n === stats[i * FIELDS + k])) return text
    const read = readArticleFile(dir, source)
    if (!read.ok) throw new Error(`${JSON.stringify(source)} is no longer readable: ${read.reason}`)
    if (!read.bytes.equals(bytes.subarray(from, to))) throw new Error(`${JSON.stringify(source)} has changed since the snapshot`)
    return text
  })
}

// Texts are decoded this many bytes at a time, whole articles each time: far below V8's longest string.
const CHUNK_BYTES = 16 * 2 ** 20

/**
 * Each article's text, decoded a chunk of articles at a time and cut out of
 * the chunk's string. A string of a few kilobytes is made in the young
 * generation and copied by the collector as it survives; a chunk's string is
 * large enough to be made where it stays, and the articles' texts are slices
 * of it (at 10,000 articles, 63 MB the collector no longer copies). Tests
 * make `chunkBytes` small.
 */
export function decodeTexts(bytes: Uint8Array, ends: Float64Array, chunkBytes = CHUNK_BYTES): string[] {
  const texts: string[] = []
  for (let first = 0; first < ends.length;) {
    const from = first > 0 ? ends[first - 1]! : 0
    let last = first
    while (last + 1 < ends.length && ends[last + 1]! - from <= chunkBytes) last++
    if (!(from <= ends[last]! && ends[last]! <= bytes.length)) fail(`the texts of articles ${first} to ${last} run outside their section`)
    const chunk = utf8.decode(bytes.subarray(from, ends[last]))
    let at = 0
    for (let i = first; i <= last; i++) {
      const [start, end] = [i > 0 ? ends[i - 1]! : 0, ends[i]!]
      if (!(start <= end && end <= bytes.length)) fail(`the text of article ${i} runs outside its section`)
      // The chunk decoded whole, so its bytes are UTF-8: an article's UTF-16 length counts its characters' first bytes.
      if (start < end && (bytes[start]! & 0xc0) === 0x80) fail(`the text of article ${i} starts inside a character`)
      const length = isAscii(bytes.subarray(start, end)) ? end - start : utf16Length(bytes, start, end)
      texts.push(chunk.slice(at, (at += length)))
    }
    first = last + 1
  }
  return texts
}

/** How many UTF-16 code units the valid UTF-8 in `bytes[from, to)` decodes to: one per character, two past U+FFFF. */
function utf16Length(bytes: Uint8Array, from: number, to: number): number {
  const units = (b: number) => ((b & 0xc0) === 0x80 ? 0 : b >= 0xf0 ? 2 : 1)
  let n = 0
  let k = from
  // Four bytes at a time where all four are ASCII (most of any text), one at a time elsewhere.
  if (bytes.byteOffset % 4 === 0) {
    const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2)
    for (; k < to && k % 4 !== 0; k++) n += units(bytes[k]!)
    for (; k + 4 <= to; k += 4) {
      if ((words[k >> 2]! & 0x80808080) === 0) n += 4
      else n += units(bytes[k]!) + units(bytes[k + 1]!) + units(bytes[k + 2]!) + units(bytes[k + 3]!)
    }
  }
  for (; k < to; k++) n += units(bytes[k]!)
  return n
}
