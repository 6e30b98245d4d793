/**
 * The engine that ties the core together: build it from a corpus, hold the current
 * one while refreshes swap it, save and restore snapshots, build off the serving
 * thread.
 */

export { workerBuilder } from './build-worker.ts'
export { inThreadBuilder, type Builder } from './builder.ts'
export { buildEngine, buildEngineState, corpusVersion, engineFromState, engineState, type ArticleSummary, type ContextResult, type Engine } from './engine.ts'
export { buildEngineInParallel, startParallelBuild, type ParallelBuild, type ParallelOptions } from './parallel-build.ts'
export { openEngineHolder, snapshotsIn, type EngineHolder, type HolderInfo, type RefreshOutcome } from './holder.ts'
export { loadNewestSnapshot, saveSnapshot } from './snapshot.ts'
