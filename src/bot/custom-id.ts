/**
 * Button state lives in the custom id, never in memory, so a button keeps
 * working after the bot restarts. Ids are versioned (`1:`) and at most 100
 * characters, Discord's limit.
 */
import type { TimelineScope } from '../dates/index.ts'

/** Discord's limit on a component's custom id. */
export const MAX_CUSTOM_ID = 100
const VERSION = '1'
// The corpus's own period has no letter, so ids made before scopes existed still decode.
const SCOPES = { period: '', background: 'b', all: 'a' } as const satisfies Record<TimelineScope, string>

/** Everything a button of this bot can mean. */
export type ButtonState =
  /** Page `page` of an /ask answer's excerpts; the question is read back from the message and checked against `hash`. */
  | { kind: 'ask-page'; page: number; hash: string }
  /** The paragraph around offset `start` of `source`; `source` is `~<hash>` when the name was too long to fit. */
  | { kind: 'ask-context'; n: number; start: number; end: number; source: string }
  /** Page `page` of /timeline in `scope`; `dir` only keeps the two buttons' ids distinct. */
  | { kind: 'timeline-page'; page: number; dir: 'prev' | 'next'; scope: TimelineScope }

/**
 * FNV-1a, 32 bits, as 8 hex digits: a short, stable fingerprint (not a secret).
 *
 * @example
 * ```ts
 * shortHash('Who sent troops?') // => '3f1c9a2e' (always the same 8 hex digits)
 * ```
 */
export function shortHash(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}

/**
 * Encodes a button's state into a custom id of at most 100 characters.
 *
 * @example
 * ```ts
 * encodeCustomId({ kind: 'ask-page', page: 2, hash: shortHash('q') }) // => '1:ap:2:…'
 * encodeCustomId({ kind: 'ask-context', n: 1, start: 812, end: 900, source: '001_a.txt' }) // => '1:ac:1:812-900:001_a.txt'
 * ```
 */
export function encodeCustomId(state: ButtonState): string {
  let id: string
  switch (state.kind) {
    case 'ask-page':
      id = `${VERSION}:ap:${state.page}:${state.hash}`
      break
    case 'ask-context': {
      const head = `${VERSION}:ac:${state.n}:${state.start}-${state.end}:`
      const fits = head.length + state.source.length <= MAX_CUSTOM_ID && !state.source.startsWith('~')
      id = head + (fits ? state.source : `~${shortHash(state.source)}`)
      break
    }
    case 'timeline-page':
      id = `${VERSION}:tl:${state.dir === 'prev' ? 'p' : 'n'}:${state.page}${SCOPES[state.scope] ? `:${SCOPES[state.scope]}` : ''}`
      break
  }
  return id
}

const nat = (s: string | undefined) => (s !== undefined && /^\d{1,9}$/.test(s) ? Number(s) : null)

/**
 * Decodes a custom id made by {@link encodeCustomId}; `null` for anything else
 * (another version, another bot's button, a tampered id).
 *
 * @example
 * ```ts
 * decodeCustomId('1:tl:n:3') // => { kind: 'timeline-page', page: 3, dir: 'next', scope: 'period' }
 * decodeCustomId('1:tl:n:3:b') // => { kind: 'timeline-page', page: 3, dir: 'next', scope: 'background' }
 * decodeCustomId('0:tl:n:3') // => null
 * ```
 */
export function decodeCustomId(id: string): ButtonState | null {
  if (id.length > MAX_CUSTOM_ID) return null
  const [version, kind, a, b, ...rest] = id.split(':')
  if (version !== VERSION) return null
  if (kind === 'ap') {
    const page = nat(a)
    return page !== null && b !== undefined && /^[0-9a-f]{8}$/.test(b) && rest.length === 0 ? { kind: 'ask-page', page, hash: b } : null
  }
  if (kind === 'ac') {
    const n = nat(a)
    const [start, end] = (b ?? '').split('-').map(nat)
    const source = rest.join(':')
    return n !== null && start != null && end != null && end >= start && source !== '' ? { kind: 'ask-context', n, start, end, source } : null
  }
  if (kind === 'tl') {
    const page = nat(b)
    const scope =
      rest.length === 0 ? 'period' : rest.length === 1 ? (Object.keys(SCOPES) as TimelineScope[]).find((k) => SCOPES[k] === rest[0] && rest[0]) : undefined
    return (a === 'p' || a === 'n') && page !== null && scope ? { kind: 'timeline-page', page, dir: a === 'p' ? 'prev' : 'next', scope } : null
  }
  return null
}

/** Finds the source a decoded `ask-context` state names among `sources` (resolving `~hash` forms). */
export function resolveSource(encoded: string, sources: readonly string[]): string | null {
  if (!encoded.startsWith('~')) return sources.includes(encoded) ? encoded : null
  return sources.find((s) => `~${shortHash(s)}` === encoded) ?? null
}
