import type { PeopleIndex } from '../answer/index.ts'
import type { Corpus } from '../corpus/index.ts'
import type { DateIndex } from '../dates/index.ts'
import type { QuoteIndex } from '../quotes/index.ts'
import type { SearchIndex } from '../search/index.ts'
import type { Lexicon } from '../text/index.ts'

/**
 * What an engine is made of, computed once per corpus version by
 * `buildEngineState`: the costly part, which `snapshot.ts` saves and
 * restores so a restart need not redo it.
 */
export interface EngineState {
  version: string
  corpus: Corpus
  lexicon: Lexicon
  index: SearchIndex
  dates: DateIndex
  quotes: QuoteIndex
  /** The people each article names, with their roles and mentions (found at build time, not by the first question). */
  people: PeopleIndex
}
