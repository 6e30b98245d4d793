import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { isArticleFileName } from '../corpus/index.ts'
import { dateIndexFromData, type DateIndexData } from '../dates/index.ts'
import { corpusVersion, engineFromState, engineState, type Engine } from './engine.ts'
import type { Lexicon } from '../text/index.ts'
import { decodePassageData, encodePassageData } from '../search/index.ts'
import { quoteIndexFromData, type QuoteIndexData } from '../quotes/index.ts'
import { searchIndexFromData } from '../search/index.ts'
import type { Article, Corpus, SkippedFile } from '../corpus/index.ts'
import { prune, skippedDigest } from './snapshot-files.ts'

/**
 * Snapshots of a built engine, saved next to the corpus in
 * `<corpus>/.snapshots/<version>.json` (a hidden folder, never read as
 * articles), so a restart over an unchanged corpus restores the engine in a
 * fraction of the build time. A snapshot holds everything the build computed
 * (lexicon, passage index, dates, quotations, the articles' structure) but not
 * the articles' text, which is read from the files and must hash to the
 * snapshot's version: a snapshot can never serve a corpus it was not made from.
 */

/** Bump when the snapshot layout changes: older files are then ignored, not misread. */
export const SNAPSHOT_FORMAT = 5
/** Folder inside the corpus folder that holds the snapshots. */
export const SNAPSHOT_DIR = '.snapshots'

/** What {@link loadSnapshot} gives: the restored engine, or why there is none. */
export type SnapshotLoad = { ok: true; engine: Engine; path: string } | { ok: false; reason: string }

interface ArticleShape {
  source: string
  title: string
  date: string | null
  outlet: string | null
  url: string | null
  warnings: string[]
  /** Paragraphs as flat [start, end] pairs. */
  paragraphs: number[]
  /** Sentences as flat [start, end, paragraph] triples. */
  sentences: number[]
}

interface SnapshotFile {
  format: number
  version: string
  articles: ArticleShape[]
  skipped: SkippedFile[]
  /** Hash of the skipped files' bytes: a file fixed since (an empty file filled in) makes the snapshot stale. */
  skippedDigest: string
  lexicon: { phrases: [string, string][]; aliases: [string, string][]; synonyms: [string, [string, number][]][]; maxPhrase: number }
  index: Record<string, unknown>
  dates: DateIndexData
  quotes: QuoteIndexData
}

/**
 * Where the snapshot of `version` of the corpus in `dir` lives.
 *
 * @throws Error `snapshot: ...` when `version` is not an index version (it names a file).
 * @example
 * ```ts
 * snapshotPath('seeds', '0536df60ab77') // => 'seeds/.snapshots/0536df60ab77.json'
 * ```
 */
export function snapshotPath(dir: string, version: string): string {
  if (!/^[0-9a-f]{6,64}$/.test(version)) throw new Error(`snapshot: "${version}" is not an index version`)
  return join(dir, SNAPSHOT_DIR, `${version}.json`)
}

/**
 * Saves what `engine` was built from into `<dir>/.snapshots/<version>.json`
 * (written to a temporary name, then renamed, so a reader never sees half a
 * file) and keeps only the few newest snapshots. Returns the path written.
 *
 * @throws Error `snapshot: ...` for an engine not made by `buildEngine`/`engineFromState`, or a folder that cannot be written.
 * @example
 * ```ts
 * const engine = buildEngine(loadCorpus('seeds'))
 * saveSnapshot(engine, 'seeds') // => 'seeds/.snapshots/3f2a9c1b0d4e.json'
 * ```
 */
export function saveSnapshot(engine: Engine, dir: string): string {
  const state = engineState(engine)
  if (!state) throw new Error(`snapshot: engine ${engine.version} was not built by buildEngine, so it has no state to save`)
  const { lexicon } = state
  const file: SnapshotFile = {
    format: SNAPSHOT_FORMAT,
    version: state.version,
    articles: state.corpus.articles.map(shapeOf),
    skipped: state.corpus.skipped,
    skippedDigest: skippedDigest(dir, state.corpus.skipped),
    lexicon: {
      phrases: [...lexicon.phrases],
      aliases: [...lexicon.aliases],
      synonyms: [...lexicon.synonyms].map(([t, related]) => [t, [...related]]),
      maxPhrase: lexicon.maxPhrase,
    },
    index: encodePassageData(state.index.data),
    dates: state.dates.toData(),
    quotes: state.quotes.toData(),
  }
  const path = snapshotPath(dir, state.version)
  mkdirSync(join(dir, SNAPSHOT_DIR), { recursive: true })
  const temporary = `${path}.${process.pid}.tmp`
  writeFileSync(temporary, JSON.stringify(file))
  renameSync(temporary, path)
  prune(join(dir, SNAPSHOT_DIR), path)
  return path
}

/**
 * Restores the engine saved for `version` of the corpus in `dir`. Pass the
 * corpus when it is already loaded (its articles are then used as they are);
 * without it, the articles' texts are read from the files the snapshot lists.
 * Never throws: a missing, corrupt, foreign-format or stale snapshot gives
 * `{ ok: false, reason }`, and the caller builds instead.
 *
 * @example
 * ```ts
 * const loaded = loadSnapshot('seeds', version)
 * const engine = loaded.ok ? loaded.engine : buildEngine(loadCorpus('seeds'))
 * ```
 */
export function loadSnapshot(dir: string, version: string, corpus?: Corpus): SnapshotLoad {
  let path: string
  let file: SnapshotFile
  try {
    path = snapshotPath(dir, version)
    file = JSON.parse(readFileSync(path, 'utf8')) as SnapshotFile
  } catch (err) {
    const e = err as NodeJS.ErrnoException
    return { ok: false, reason: e.code === 'ENOENT' ? `no snapshot for version ${version}` : `snapshot for ${version} is unreadable: ${e.message}` }
  }
  try {
    if (file.format !== SNAPSHOT_FORMAT) return { ok: false, reason: `snapshot ${path} has format ${String(file.format)}, not ${SNAPSHOT_FORMAT}` }
    if (file.version !== version) return { ok: false, reason: `snapshot ${path} is of version ${String(file.version)}, not ${version}` }
    const articles = corpus ? matchCorpus(file, corpus) : readArticles(dir, file)
    const found = corpusVersion(articles)
    if (found !== version) return { ok: false, reason: `the corpus in ${dir} is now version ${found}, not the snapshot's ${version}` }
    const lexicon: Lexicon = {
      phrases: new Map(file.lexicon.phrases),
      aliases: new Map(file.lexicon.aliases),
      synonyms: new Map(file.lexicon.synonyms.map(([t, related]) => [t, new Map(related)])),
      maxPhrase: file.lexicon.maxPhrase,
    }
    const engine = engineFromState({
      version,
      corpus: { articles, skipped: corpus?.skipped ?? file.skipped },
      lexicon,
      index: searchIndexFromData(articles, lexicon, decodePassageData(file.index)),
      dates: dateIndexFromData(articles, file.dates),
      quotes: quoteIndexFromData(file.quotes),
    })
    return { ok: true, engine, path }
  } catch (err) {
    return { ok: false, reason: `snapshot ${path} is corrupt: ${(err as Error).message}` }
  }
}

/**
 * Restores the newest snapshot in `<dir>/.snapshots` that still matches the
 * files, without parsing the corpus: the texts are read and hashed, nothing
 * else. The quickest start-up (at 10,000 articles, parsing alone takes longer
 * than restoring); `{ ok: false, reason }` when none matches.
 *
 * @example
 * ```ts
 * const loaded = loadNewestSnapshot('seeds')
 * const engine = loaded.ok ? loaded.engine : await buildEngineOffThread('seeds')
 * ```
 */
export function loadNewestSnapshot(dir: string): SnapshotLoad {
  const folder = join(dir, SNAPSHOT_DIR)
  let names: string[]
  try {
    names = readdirSync(folder).filter((name) => /^[0-9a-f]{6,64}\.json$/.test(name))
  } catch {
    return { ok: false, reason: `no snapshot folder in ${dir}` }
  }
  const newest = names
    .map((name) => ({ name, mtime: statSync(join(folder, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime || (a.name < b.name ? -1 : 1))
  const reasons: string[] = []
  for (const { name } of newest) {
    const loaded = loadSnapshot(dir, name.replace(/\.json$/, ''))
    if (loaded.ok) return loaded
    reasons.push(loaded.reason)
  }
  return { ok: false, reason: reasons.length ? reasons.join('; ') : `no snapshot in ${folder}` }
}

function shapeOf(a: Article): ArticleShape {
  return {
    source: a.source,
    title: a.title,
    date: a.date,
    outlet: a.outlet,
    url: a.url,
    warnings: a.warnings,
    paragraphs: a.paragraphs.flatMap((p) => [p.start, p.end]),
    sentences: a.sentences.flatMap((s) => [s.start, s.end, s.paragraph]),
  }
}

/** The loaded corpus's articles, which must be the snapshot's, in its order. */
function matchCorpus(file: SnapshotFile, corpus: Corpus): Article[] {
  const { articles } = corpus
  if (articles.length !== file.articles.length) throw new Error(`the corpus has ${articles.length} articles, the snapshot ${file.articles.length}`)
  articles.forEach((a, i) => {
    if (a.source !== file.articles[i]!.source) throw new Error(`article ${i} is "${a.source}" in the corpus but "${file.articles[i]!.source}" in the snapshot`)
  })
  return articles
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** The snapshot's articles with their texts read from `dir`; the folder must hold no article file the snapshot does not know. */
function readArticles(dir: string, file: SnapshotFile): Article[] {
  const known = new Set([...file.articles.map((a) => a.source), ...file.skipped.map((s) => s.source)])
  const added = readdirSync(dir).filter((name) => isArticleFileName(name) && !known.has(name) && statSync(join(dir, name)).isFile())
  if (added.length) throw new Error(`"${added[0]}" was added to the corpus after the snapshot`)
  if (skippedDigest(dir, file.skipped) !== file.skippedDigest) throw new Error('a file skipped when the snapshot was made has changed since')
  return file.articles.map((shape) => {
    const text = utf8.decode(readFileSync(join(dir, shape.source)))
    const paragraphs = []
    for (let i = 0; i < shape.paragraphs.length; i += 2) paragraphs.push({ start: shape.paragraphs[i]!, end: shape.paragraphs[i + 1]!, index: i / 2 })
    const sentences = []
    for (let i = 0; i < shape.sentences.length; i += 3) {
      const [start, end, paragraph] = [shape.sentences[i]!, shape.sentences[i + 1]!, shape.sentences[i + 2]!]
      sentences.push({ start, end, paragraph, index: i / 3, text: text.slice(start, end) })
    }
    return { source: shape.source, text, title: shape.title, date: shape.date, outlet: shape.outlet, url: shape.url, paragraphs, sentences, warnings: shape.warnings }
  })
}
