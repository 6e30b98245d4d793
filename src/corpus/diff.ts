import { createHash } from 'node:crypto'
import { printableName } from './files.ts'
import type { Corpus, SkippedFile } from './types.ts'

/** File name → hash of its exact text: enough to tell what changed between two loads. */
export type Manifest = Record<string, string>

/** What a reload changed, file by file. */
export interface CorpusDiff {
  added: string[]
  removed: string[]
  changed: string[]
  /** Files of the new load that could not be read as articles, with why. */
  skipped: SkippedFile[]
}

/**
 * The manifest of a loaded corpus: every article's name and text hash.
 *
 * @example
 * ```ts
 * Object.keys(manifestOf(loadCorpus('seeds'))) // => ['000_b4e76a0625c4b189.txt', …]
 * ```
 */
export function manifestOf(corpus: Pick<Corpus, 'articles'>): Manifest {
  const out: Manifest = {}
  for (const a of corpus.articles) out[a.source] = createHash('sha256').update(a.text).digest('hex').slice(0, 16)
  return out
}

/**
 * Compares two manifests: names only in `after` are added, only in `before`
 * removed, in both with another hash changed. Lists are in name order.
 *
 * @example
 * ```ts
 * diffManifests({ 'a.txt': '1', 'b.txt': '2' }, { 'b.txt': '3', 'c.txt': '4' }, [])
 * // => { added: ['c.txt'], removed: ['a.txt'], changed: ['b.txt'], skipped: [] }
 * ```
 */
export function diffManifests(before: Manifest, after: Manifest, skipped: readonly SkippedFile[]): CorpusDiff {
  const names = (m: Manifest) => Object.keys(m).sort()
  return {
    added: names(after).filter((n) => !(n in before)),
    removed: names(before).filter((n) => !(n in after)),
    changed: names(after).filter((n) => n in before && before[n] !== after[n]),
    skipped: [...skipped],
  }
}

/**
 * {@link diffManifests} of two loaded corpora; `skipped` comes from `after`.
 *
 * @example
 * ```ts
 * diffCorpora(engine.corpus, loadCorpus(dir)).added // => ['005_new.txt']
 * ```
 */
export function diffCorpora(before: Pick<Corpus, 'articles'>, after: Corpus): CorpusDiff {
  return diffManifests(manifestOf(before), manifestOf(after), after.skipped)
}

/** True when a diff changes no article (skipped files alone change nothing that is served). */
export function isEmptyDiff(diff: CorpusDiff): boolean {
  return diff.added.length + diff.removed.length + diff.changed.length === 0
}

/**
 * One line per kind of change, for the CLI and logs.
 *
 * @example
 * ```ts
 * describeDiff({ added: ['a.txt'], removed: [], changed: [], skipped: [] }) // => ['added: a.txt']
 * ```
 */
export function describeDiff(diff: CorpusDiff): string[] {
  const lines: string[] = []
  const names = (list: readonly string[]) => list.map(printableName).join(', ')
  if (diff.added.length) lines.push(`added: ${names(diff.added)}`)
  if (diff.removed.length) lines.push(`removed: ${names(diff.removed)}`)
  if (diff.changed.length) lines.push(`changed: ${names(diff.changed)}`)
  for (const s of diff.skipped) lines.push(`skipped: ${printableName(s.source)}: ${s.reason}`)
  if (lines.length === 0) lines.push('no changes')
  return lines
}
