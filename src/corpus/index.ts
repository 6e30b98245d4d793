/**
 * The corpus: reading article files (header, front matter, boilerplate, sentences),
 * the folder's state and diffs, and the checks an upload must pass. Reads the corpus
 * folder; nothing else here does I/O.
 */

export { datelineCredit, datelineLength } from './article.ts'
export { describeDiff, diffCorpora, diffManifests, manifestOf, type CorpusDiff, type Manifest } from './diff.ts'
export { numericOrder, writesDayFirst } from './date-line.ts'
export { type FrontMatter } from './frontmatter.ts'
export { listArticleNames, MAX_ARTICLE_BYTES, printableName, readArticleFile } from './files.ts'
export { isHeading, sectionHeads } from './headings.ts'
export { lazyArticle, sentenceCount, sentenceLength } from './lazy.ts'
export { decodeArticle, isArticleFileName, loadArticleFile, loadCorpus } from './load.ts'
export { moveToRemoved, readState, stateSignature, statePathOf, writeArticle, writeState, type CorpusState } from './store.ts'
export { type Article, type Corpus, type Sentence, type SkippedFile, type Span } from './types.ts'
export { MAX_UPLOAD_BYTES, validateUpload, type UploadInput, type UploadSummary } from './upload.ts'
