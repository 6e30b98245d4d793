import { createHash } from 'node:crypto'
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs'

/**
 * The snapshot file's container: one header line, `csto-snapshot-v2 {json}`,
 * that names every section and its size and holds the SHA-256 of all that
 * follows it, then the sections back to back. A section is a typed array
 * written as its bytes (read back into an array of its own, never parsed),
 * or a list of JSON values written in chunks of a few megabytes (so no one
 * string comes near V8's limit of about 512 MiB, however large the corpus).
 * The file is written piece by piece and read section by section: neither
 * needs it whole in one buffer.
 */

export type TypedArray = Int32Array | Uint32Array | Uint16Array | Uint8Array | Float64Array

const KINDS = { i32: Int32Array, u32: Uint32Array, u16: Uint16Array, u8: Uint8Array, f64: Float64Array } as const
type ArrayKind = keyof typeof KINDS

/** What a file holds under a name: an array, or a list of JSON values. */
export type Section = { name: string; array: TypedArray } | { name: string; list: readonly unknown[] }

/** A section as the header describes it; `chunks` are the byte lengths of a list's JSON chunks. */
interface SectionHead {
  name: string
  kind: ArrayKind | 'json'
  bytes: number
  chunks?: number[]
}

/** A read file: its header's own fields, and its sections by name. */
export interface Sections {
  head: Record<string, unknown>
  arrays: Map<string, TypedArray>
  lists: Map<string, unknown[]>
}

const MAGIC = 'csto-snapshot-v2 '
// JSON text per chunk of a list: small against V8's string limit, large enough to parse fast.
const CHUNK_CHARS = 8 * 2 ** 20
// A header line longer than this is not one.
const MAX_HEADER = 16 * 2 ** 20

function kindOf(array: TypedArray): ArrayKind {
  const kind = (Object.keys(KINDS) as ArrayKind[]).find((k) => array instanceof KINDS[k])
  if (!kind) throw new Error('snapshot: a section is not a typed array of a known kind')
  return kind
}

/** A list's JSON chunks: whole items, each chunk a JSON array of at most about {@link CHUNK_CHARS} characters. */
function chunksOf(list: readonly unknown[]): Buffer[] {
  const chunks: Buffer[] = []
  let items: string[] = []
  let chars = 0
  const flush = () => {
    chunks.push(Buffer.from(`[${items.join(',')}]`, 'utf8'))
    items = []
    chars = 0
  }
  for (const item of list) {
    const json = JSON.stringify(item) ?? 'null'
    if (chars > 0 && chars + json.length > CHUNK_CHARS) flush()
    items.push(json)
    chars += json.length + 1
  }
  if (items.length || chunks.length === 0) flush()
  return chunks
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.byteLength;) done += writeSync(fd, bytes, done, Math.min(bytes.byteLength - done, 2 ** 30))
}

/**
 * Writes `sections` to `path` under a header holding `head`'s fields, the
 * sections' sizes and the checksum. Returns the bytes written.
 *
 * @throws Error the file system's error when `path` cannot be written.
 * @example
 * ```ts
 * writeSections('x.snap', { format: 7 }, [{ name: 'ids', array: Int32Array.of(1, 2) }, { name: 'names', list: ['a'] }])
 * ```
 */
export function writeSections(path: string, head: Record<string, unknown>, sections: readonly Section[]): number {
  const heads: SectionHead[] = []
  const pieces: Uint8Array[] = []
  const hash = createHash('sha256')
  for (const s of sections) {
    if ('array' in s) {
      const bytes = new Uint8Array(s.array.buffer, s.array.byteOffset, s.array.byteLength)
      heads.push({ name: s.name, kind: kindOf(s.array), bytes: bytes.byteLength })
      pieces.push(bytes)
    } else {
      const chunks = chunksOf(s.list)
      heads.push({ name: s.name, kind: 'json', bytes: chunks.reduce((n, c) => n + c.byteLength, 0), chunks: chunks.map((c) => c.byteLength) })
      pieces.push(...chunks)
    }
  }
  for (const p of pieces) hash.update(p)
  const header = Buffer.from(`${MAGIC}${JSON.stringify({ ...head, sha256: hash.digest('hex'), sections: heads })}\n`, 'utf8')
  const fd = openSync(path, 'w')
  try {
    writeAll(fd, header)
    for (const p of pieces) writeAll(fd, p)
  } finally {
    closeSync(fd)
  }
  return header.byteLength + pieces.reduce((n, p) => n + p.byteLength, 0)
}

/** Reads `length` bytes at `position` into `into`; false when the file ends first. */
function readFully(fd: number, into: Uint8Array, position: number): boolean {
  for (let done = 0; done < into.byteLength;) {
    const got = readSync(fd, into, done, Math.min(into.byteLength - done, 2 ** 30), position + done)
    if (got === 0) return false
    done += got
  }
  return true
}

/** The header line's fields and where the sections start, or why there is no header. */
function readHeader(
  fd: number,
  size: number,
): { ok: true; head: Record<string, unknown>; sections: SectionHead[]; sha256: string; start: number } | { ok: false; reason: string } {
  let line = Buffer.alloc(0)
  for (let at = 0, eol = -1; eol < 0;) {
    if (at >= Math.min(size, MAX_HEADER)) return { ok: false, reason: 'it has no snapshot header line (an older or foreign file)' }
    const more = Buffer.alloc(Math.min(64 * 1024, size - at))
    if (!readFully(fd, more, at)) return { ok: false, reason: 'it is cut short inside its header' }
    line = Buffer.concat([line, more])
    eol = line.indexOf(0x0a)
    at += more.byteLength
    if (eol >= 0) line = line.subarray(0, eol + 1)
  }
  const text = line.toString('utf8', 0, line.byteLength - 1)
  if (!text.startsWith(MAGIC)) return { ok: false, reason: 'it has no snapshot header line (an older or foreign file)' }
  let parsed: unknown
  try {
    parsed = JSON.parse(text.slice(MAGIC.length))
  } catch (err) {
    return { ok: false, reason: `its header is corrupt: ${(err as Error).message}` }
  }
  const { sha256, sections, ...head } = (parsed ?? {}) as Record<string, unknown>
  if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256) || !Array.isArray(sections) || !sections.every(validHead))
    return { ok: false, reason: 'its header lacks the checksum or describes its sections wrongly' }
  return { ok: true, head, sections: sections as SectionHead[], sha256, start: line.byteLength }
}

function validHead(s: unknown): boolean {
  const h = s as SectionHead
  if (typeof h?.name !== 'string' || !Number.isSafeInteger(h.bytes) || h.bytes < 0) return false
  if (h.kind === 'json')
    return Array.isArray(h.chunks) && h.chunks.every((c) => Number.isSafeInteger(c) && c > 0) && h.chunks.reduce((n, c) => n + c, 0) === h.bytes
  return Object.hasOwn(KINDS, h.kind) && h.bytes % KINDS[h.kind].BYTES_PER_ELEMENT === 0
}

/**
 * Reads what {@link writeSections} wrote: every section checked against the
 * header's checksum before any list is parsed, each array in a buffer of its
 * own. A file that is missing a header, cut short, longer than its sections,
 * or whose bytes do not match the checksum gives the reason.
 *
 * @throws Error the file system's error when `path` cannot be opened (`ENOENT` when there is none).
 * @example
 * ```ts
 * const read = readSections('x.snap')
 * read.ok && read.sections.arrays.get('ids') // => Int32Array [1, 2]
 * ```
 */
export function readSections(path: string): { ok: true; sections: Sections } | { ok: false; reason: string } {
  const fd = openSync(path, 'r')
  try {
    return readOpen(fd)
  } finally {
    closeSync(fd)
  }
}

function readOpen(fd: number): { ok: true; sections: Sections } | { ok: false; reason: string } {
  const size = fstatSync(fd).size
  const header = readHeader(fd, size)
  if (!header.ok) return header
  const expected = header.start + header.sections.reduce((n, s) => n + s.bytes, 0)
  if (size < expected) return { ok: false, reason: `it is cut short (${size} bytes, its header describes ${expected})` }
  if (size > expected) return { ok: false, reason: `it has ${size - expected} bytes past the sections its header describes` }
  const hash = createHash('sha256')
  const arrays = new Map<string, TypedArray>()
  const raw = new Map<string, { bytes: Buffer; chunks: number[] }>()
  let at = header.start
  for (const s of header.sections) {
    if (arrays.has(s.name) || raw.has(s.name)) return { ok: false, reason: `its header names section ${JSON.stringify(s.name)} twice` }
    // An array's bytes get a buffer of their own (its typed array starts at 0), not zeroed first: every byte is read into it.
    const bytes = s.kind === 'json' ? Buffer.allocUnsafe(s.bytes) : Buffer.allocUnsafeSlow(s.bytes)
    if (!readFully(fd, bytes, at)) return { ok: false, reason: 'it is cut short' }
    hash.update(bytes)
    if (s.kind === 'json') raw.set(s.name, { bytes, chunks: s.chunks! })
    else arrays.set(s.name, new KINDS[s.kind](bytes.buffer))
    at += s.bytes
  }
  const sum = hash.digest('hex')
  if (sum !== header.sha256)
    return { ok: false, reason: `its checksum does not match its contents (sha256 ${sum.slice(0, 12)}…, recorded ${header.sha256.slice(0, 12)}…)` }
  const lists = new Map<string, unknown[]>()
  for (const [name, { bytes, chunks }] of raw) {
    const items: unknown[] = []
    let from = 0
    for (const length of chunks) {
      const chunk: unknown = JSON.parse(bytes.toString('utf8', from, from + length))
      if (!Array.isArray(chunk)) return { ok: false, reason: `it is corrupt: section ${JSON.stringify(name)} is not a list` }
      for (const item of chunk) items.push(item)
      from += length
    }
    lists.set(name, items)
  }
  return { ok: true, sections: { head: header.head, arrays, lists } }
}
