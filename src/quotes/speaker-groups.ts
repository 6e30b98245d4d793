/**
 * Speakers joined across articles: every person a quotation is attributed
 * to, grouped under one canonical name, role and list of aliases.
 */
import type { Person } from './mentions.ts'
import { canonicalName } from './mentions.ts'
import { sameSpeaker, surname, surnameKey } from './speakers.ts'
import type { Quote } from './types.ts'

/** The persons of all articles who are one speaker, and what the index says of them. */
export interface Group {
  name: string
  role: string | null
  kind: Person['kind']
  persons: Person[]
  aliases: string[]
  quotes: Quote[]
}

/** Lower case, no accents, straight apostrophes, single spaces. */
export function norm(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”«»„"]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Joins each person to the first group holding the same speaker, or a new
 * one. Groups are found through their surnames' one-deletion variants (two
 * surnames one edit apart always share one), so joining stays linear in the
 * corpus instead of comparing every person with every group.
 *
 * @example
 * ```ts
 * const join = groupJoiner(groups)
 * join(blinkenInArticle1) === join(blinkinInArticle2) // => true
 * ```
 */
export function groupJoiner(groups: Group[]): (p: Person) => Group {
  const bySurname = new Map<string, number[]>()
  const listedIn = new Map<string, Set<number>>()
  const bodies = new Map<string, Group>()
  const position = new Map<Group, number>()
  // A speaker quoted in many articles is many persons of one or two spellings: compare the spellings once.
  const spellings = new Map<Group, Set<string>>()
  const variants = (name: string) => {
    const key = surnameKey(name.trim().split(/\s+/).at(-1)!)
    const out = new Set([key])
    for (let i = 0; i < key.length; i++) out.add(key.slice(0, i) + key.slice(i + 1))
    return out
  }
  return (p) => {
    const name = canonicalName(p)
    let found: Group | undefined
    if (p.kind === 'body') found = bodies.get(norm(name))
    else {
      const candidates = new Set<number>()
      for (const v of variants(name)) for (const g of bySurname.get(v) ?? []) candidates.add(g)
      for (const g of [...candidates].sort((a, b) => a - b)) {
        const group = groups[g]!
        if (group.kind === p.kind && [...spellings.get(group)!].some((x) => sameSpeaker(x, name))) {
          found = group
          break
        }
      }
    }
    if (!found) {
      found = { name, role: null, kind: p.kind, persons: [], aliases: [], quotes: [] }
      position.set(found, groups.length)
      spellings.set(found, new Set())
      groups.push(found)
      if (p.kind === 'body') bodies.set(norm(name), found)
    }
    found.persons.push(p)
    spellings.get(found)!.add(name)
    if (p.kind !== 'body') {
      const at = position.get(found)!
      for (const v of variants(name)) {
        // A set beside each list: a surname shared by thousands of groups is not scanned for every person.
        const listed = listedIn.get(v) ?? new Set<number>()
        if (listed.has(at)) continue
        listed.add(at)
        listedIn.set(v, listed)
        const list = bySurname.get(v) ?? []
        list.push(at)
        bySurname.set(v, list)
      }
    }
    return found
  }
}

/**
 * Settles a group once every person has joined: canonical name (the most used
 * full spelling), first role given, and every alias.
 *
 * @example
 * ```ts
 * for (const g of groups) finishGroup(g)
 * groups[0].aliases // => ['Antony Blinken', 'Blinken', 'Secretary of State Antony Blinken', …]
 * ```
 */
export function finishGroup(g: Group): void {
  const tally = new Map<string, number>()
  for (const p of g.persons) for (const [v, n] of p.variants) tally.set(v, (tally.get(v) ?? 0) + n)
  const full = [...tally].filter(([v]) => v.includes(' ') || g.kind === 'body')
  const pool = full.length ? full : [...tally]
  pool.sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]))
  g.name = pool[0]?.[0] ?? g.name
  g.role = g.persons.find((p) => p.role)?.role ?? null
  const aliases = new Set<string>([g.name, surname(g.name)])
  for (const p of g.persons) for (const a of [...p.aliases, ...p.variants.keys()]) aliases.add(a)
  if (g.role) aliases.add(`${g.role} ${g.name}`)
  g.aliases = [...aliases].filter((a) => a.trim())
}
