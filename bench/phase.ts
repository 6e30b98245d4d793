import { statSync } from 'node:fs'
import MiniSearch from 'minisearch'
import { listArticleNames, loadCorpus } from '../src/corpus/index.ts'
import { engineFromState, engineState, startParallelBuild } from '../src/engine/index.ts'
import { loadNewestSnapshot, saveSnapshot } from '../src/engine/index.ts'
import { articleCases, autocompleteInputs, benchQuestions, speakerCases } from './questions.ts'
import { measureSuggester, minisearchArticles, minisearchSpeakers, quoteIndexSpeakers, substringArticles } from './suggest.ts'
import { makeWorld } from './synthetic.ts'
import { summarize, type Summary } from './stats.ts'
import type { BaselineFigures, BuildFigures, ServeFigures } from './figures.ts'

/**
 * One measured phase of the benchmark, run in its own process so heap and
 * RSS figures belong to that phase alone:
 *
 *   node --expose-gc --import tsx bench/phase.ts build|serve|baseline <corpus dir> <articles> <seed> <repeats> [version]
 *
 * Prints one JSON line of figures on stdout.
 */

const [phase, dir, articlesArg, seedArg, repeatsArg, version] = process.argv.slice(2)
if (!phase || !dir) throw new Error('bench: usage: phase.ts build|serve|baseline <dir> <articles> <seed> <repeats> [version]')
const seed = Number(seedArg)
const repeats = Number(repeatsArg)
const world = makeWorld(seed, Number(articlesArg))
const now = () => performance.now()
const gc = () => (globalThis as { gc?: () => void }).gc?.()
const memory = () => {
  gc()
  const m = process.memoryUsage()
  return { heapMB: m.heapUsed / 2 ** 20, rssMB: m.rss / 2 ** 20 }
}

/** Times `run` on each input; the first set warms the code up and is not counted; each repeat uses its own question set. */
function timeSets(sets: string[][], run: (input: string) => unknown): Summary[] {
  for (const q of sets[0]!) run(q)
  return sets.slice(1).map((set) =>
    summarize(
      set.map((q) => {
        const t = now()
        run(q)
        return now() - t
      }),
    ),
  )
}

const questionSets = Array.from({ length: repeats + 1 }, (_, i) => benchQuestions(world, seed + i))
let out: Record<string, unknown>

if (phase === 'build') {
  // As the builder builds a folder: the files read and parsed across worker threads (one per core; their
  // start-up counts as parsing), which then analyse what they read.
  let t = now()
  const build = await startParallelBuild(dir, listArticleNames(dir))
  const { corpus } = build
  const parseMs = now() - t
  t = now()
  const engine = engineFromState(await build.state())
  const buildMs = now() - t
  await build.close()
  const state = engineState(engine)!
  t = now()
  const path = saveSnapshot(engine, dir)
  const saveMs = now() - t
  out = {
    version: engine.version,
    parseMs,
    buildMs,
    saveMs,
    snapshotMB: statSync(path).size / 2 ** 20,
    passages: state.index.size,
    articles: corpus.articles.length,
    ...memory(),
  } satisfies BuildFigures
} else if (phase === 'serve') {
  const t = now()
  // A restart: the newest snapshot that matches the files, found without parsing the corpus.
  const loaded = loadNewestSnapshot(dir)
  const loadMs = now() - t
  if (!loaded.ok) throw new Error(`bench: ${loaded.reason}`)
  if (loaded.engine.version !== version) throw new Error(`bench: restored version ${loaded.engine.version}, built ${version}`)
  const mem = memory()
  const engine = loaded.engine
  const ask = timeSets(questionSets, (q) => engine.ask(q))
  const speakers = engine.speakers().map((s) => s.name)
  const lookups = questionSets.map((_, i) =>
    Array.from({ length: 200 }, (__, k) =>
      k % 2 ? (speakers[(k * 7 + i) % Math.max(1, speakers.length)] ?? 'nobody') : world.topics[(k + i) % world.topics.length]!,
    ),
  )
  const quote = timeSets(lookups, (s) => (speakers.includes(s) ? engine.quotes({ speaker: s }, 10) : engine.quotes({ text: s }, 10)))
  // The minisearch indexes are built on first use: that first call is timed on its own.
  let t0 = now()
  engine.suggestSpeakers('a', 25)
  const speakerIndexMs = now() - t0
  t0 = now()
  engine.findSources('a', 25)
  const articleIndexMs = now() - t0
  const autocomplete = timeSets(
    Array.from({ length: repeats + 1 }, (_, i) => autocompleteInputs(world, seed + i)),
    (s) => engine.suggestSpeakers(s, 25),
  )
  // Each way of completing over the same typed cases, one set per repeat.
  const sets = Array.from({ length: repeats }, (_, i) => i + 1)
  const sources = engine.sources()
  const suggest = {
    speakerIndexMs,
    articleIndexMs,
    speakers: {
      quoteIndex: sets.map((i) => measureSuggester(speakerCases(world, seed + i), quoteIndexSpeakers(engine))),
      minisearch: sets.map((i) => measureSuggester(speakerCases(world, seed + i), minisearchSpeakers(engine))),
    },
    articles: {
      substring: sets.map((i) => measureSuggester(articleCases(sources, seed + i), substringArticles(engine))),
      minisearch: sets.map((i) => measureSuggester(articleCases(sources, seed + i), minisearchArticles(engine))),
    },
  }
  out = { loadMs, ...mem, ask, quote, autocomplete, suggest } satisfies ServeFigures
} else if (phase === 'baseline') {
  const corpus = loadCorpus(dir)
  const docs = corpus.articles.flatMap((a) => a.paragraphs.map((p) => ({ id: `${a.source}#${p.index}`, text: a.text.slice(p.start, p.end) })))
  const before = memory()
  let t = now()
  const mini = new MiniSearch({ fields: ['text'] })
  mini.addAll(docs)
  const buildMs = now() - t
  const mem = memory()
  t = now()
  const json = JSON.stringify(mini)
  const saveMs = now() - t
  t = now()
  MiniSearch.loadJSON(json, { fields: ['text'] })
  const loadMs = now() - t
  const ask = timeSets(questionSets, (q) => mini.search(q))
  out = {
    paragraphs: docs.length,
    buildMs,
    saveMs,
    loadMs,
    snapshotMB: json.length / 2 ** 20,
    indexHeapMB: mem.heapMB - before.heapMB,
    ask,
  } satisfies BaselineFigures
} else throw new Error(`bench: unknown phase "${phase}"`)

process.stdout.write(`${JSON.stringify(out)}\n`)
