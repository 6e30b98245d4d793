import type { SearchIndex } from '../search/index.ts'

// How many sentences of a section a heading found brings along.
const SECTION_SENTENCES = 6

/**
 * The search hits, followed by the sentences of the section of each heading
 * among them: a heading the question's words find ("## Who sent ships?")
 * brings its section along, since the sentence that answers ("Norway and
 * Denmark are contributing.") may share no word with the question. Sentences
 * brought along score 0.
 *
 * @example
 * ```ts
 * withSections(index, [{ passage: 12, score: 3.1 }]) // 12 a heading => [{ passage: 12, ... }, { passage: 13, score: 0 }, ...]
 * ```
 */
export function withSections(index: SearchIndex, hits: readonly { passage: number; score: number }[]): { passage: number; score: number }[] {
  const seen = new Set(hits.map((h) => h.passage))
  const more: { passage: number; score: number }[] = []
  for (const h of hits) {
    if (index.passage(h.passage)?.section !== h.passage) continue
    for (let id = h.passage + 1; id <= h.passage + SECTION_SENTENCES && index.passage(id)?.section === h.passage; id++) {
      if (!seen.has(id)) more.push({ passage: id, score: 0 })
      seen.add(id)
    }
  }
  return [...hits, ...more]
}
