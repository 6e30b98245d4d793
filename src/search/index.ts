/**
 * Retrieval: passages in flat typed arrays, BM25 over them, and the query a
 * question becomes (its concepts, their expansions, how much of it a passage covers).
 */

export { PASSAGE_ARRAYS, buildPassageData, mergePassageData, type PassageData } from './passage-data.ts'
export { POSTINGS_ARRAYS, buildPostings, type Postings } from './postings.ts'
export { buildConcepts, queryTerms } from './query.ts'
export type { Concept } from './concept.ts'
export { questionNames } from './question-names.ts'
export { SAID_IN_OTHER_WORDS, articleLookup, conceptMatch, coverage, missesName, requiredConcepts, sentenceCoverage, type DatedTerms } from './coverage.ts'
export { analyzeText } from './analyze.ts'
export { namesSaid, referredCoverage, type Referred } from './referred.ts'
export { buildSearchIndex, searchIndexFromData, type SearchIndex } from './search.ts'
export { passageAnalyzer } from './passage-terms.ts'
export { createRecordSearch, type RecordField, type RecordSearch, type RecordSearchOptions } from './records.ts'
export { typeTerm, type AnswerType } from './answer-types.ts'
