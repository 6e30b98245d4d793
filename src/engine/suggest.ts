/**
 * What `/quote` speaker autocomplete, `/corpus remove` article autocomplete
 * and `/sources search:` look up: short records searched with minisearch
 * (search/records.ts), each index built on its first use, so an engine that
 * never completes anything (the terminal's `ask`) never pays for it.
 */
import { createRecordSearch, type RecordSearch } from '../search/index.ts'

/** What the speaker lookup reads of a speaker. */
interface Speaker {
  name: string
  quotes: number
}

/** What the article lookup reads of an article. */
interface Source {
  source: string
  title: string
  outlet: string | null
}

/** Discord shows at most this many autocomplete choices. */
export const MAX_SUGGESTIONS = 25

/** Lookups over an engine's speakers and articles. */
export interface Suggestions<A extends Source> {
  /** Speaker names matching what was typed, best first, at most {@link MAX_SUGGESTIONS}. */
  speakers(typed: string, limit?: number): string[]
  /** Articles matching every typed word, best first; all of them in order when nothing is typed. */
  sources(typed: string, limit?: number): A[]
}

/**
 * The lookups over `speakers` (most quoted first) and `sources` (corpus
 * order); each list is read when its index is first needed.
 *
 * @example
 * ```ts
 * const s = createSuggestions(() => engine.speakers(), () => engine.sources())
 * s.speakers('blinkn') // => ['Antony Blinken']
 * ```
 */
export function createSuggestions<A extends Source>(speakers: () => Speaker[], sources: () => A[]): Suggestions<A> {
  let bySpeaker: RecordSearch<Speaker> | undefined
  let bySource: RecordSearch<A> | undefined
  return {
    speakers(typed, limit = MAX_SUGGESTIONS) {
      bySpeaker ??= speakerSearch(speakers())
      return bySpeaker.find(typed, Math.min(limit, MAX_SUGGESTIONS)).map((s) => s.name)
    },
    sources(typed, limit = Infinity) {
      bySource ??= sourceSearch(sources())
      return bySource.find(typed, limit)
    },
  }
}

function speakerSearch(list: Speaker[]): RecordSearch<Speaker> {
  // Any typed word may match, so one misremembered word still leaves choices; the more a speaker is
  // quoted, the likelier they are the one meant (as the quote index lists them).
  return createRecordSearch(list, { name: { text: (s) => s.name } }, { weight: (i) => 1 + 0.3 * Math.log1p(list[i]!.quotes) })
}

function sourceSearch<A extends Source>(list: A[]): RecordSearch<A> {
  // Every typed word must match, as in a filter: `/sources search:` lists what matches, not what is near.
  return createRecordSearch(
    list,
    { title: { text: (a) => a.title, boost: 2 }, outlet: { text: (a) => a.outlet ?? '' }, source: { text: (a) => a.source } },
    { all: true },
  )
}
