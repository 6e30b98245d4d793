import type { Client } from 'discord.js'
import type { EngineHolder } from '../engine/index.ts'

/**
 * Corpus agreement between the shards of one `ShardingManager`. Each shard
 * process registers its holder on its client; a shard that changed the corpus
 * asks every shard, through the manager's `broadcastEval`, to serve what is now
 * in the shared folder, and `/corpus status` asks each for its version.
 */

/** What one shard reports: its ids, and the index it serves (or why it did not answer). */
export interface PeerVersion {
  /** The shard ids this process runs (one per process with the manager's default). */
  shards: number[]
  version: string | null
  changedAt?: string | null
  /** Set when the shard did not answer in time or its reload failed. */
  error?: string
}

/** The shard processes of this bot, seen from one of them. */
export interface CorpusPeers {
  /** Every shard reloads from the shared folder unless it already serves `version`. */
  announce(version: string): Promise<PeerVersion[]>
  /** Every shard's serving version. */
  versions(): Promise<PeerVersion[]>
}

// A global symbol, because broadcastEval runs a function's source text inside the shard's client.
const KEY = 'csto.corpus-peer'

interface Registered {
  sync(version: string | null): Promise<PeerVersion>
}

/**
 * Registers `holder` on a shard's client so other shards can reach it.
 *
 * @example
 * ```ts
 * const bot = await startBot(options)
 * registerCorpusPeer(bot.client, holder)
 * ```
 */
export function registerCorpusPeer(client: Client, holder: EngineHolder): void {
  const ids = () => client.shard?.ids ?? [0]
  const status = (error?: string): PeerVersion => ({
    shards: ids(),
    version: holder.engine().version,
    changedAt: holder.info().changedAt,
    ...(error ? { error } : {}),
  })
  const peer: Registered = {
    async sync(version) {
      if (version === null || version === holder.engine().version) return status()
      const outcome = await holder.reloadFromDisk()
      return status(outcome.ok ? undefined : outcome.reason)
    },
  }
  ;(client as unknown as Record<symbol, Registered>)[Symbol.for(KEY)] = peer
}

/**
 * The other shards, or `null` when this client is not run by a `ShardingManager`.
 * Each shard is asked separately, so one slow or restarting shard shows as
 * "no answer" instead of hiding the others.
 *
 * @example
 * ```ts
 * const peers = corpusPeers(interaction.client, { timeoutMs: 5_000 })
 * const versions = peers ? await peers.versions() : []
 * ```
 */
export function corpusPeers(client: Client, opts: { timeoutMs?: number } = {}): CorpusPeers | null {
  const util = client.shard
  if (!util) return null
  const timeoutMs = opts.timeoutMs ?? 30_000
  const ask = (shard: number, version: string | null): Promise<PeerVersion> => {
    const answer = util
      .broadcastEval(
        // Runs in the other shard's process: only the arguments and globals are in scope there.
        (c, ctx) => {
          const peer = (c as unknown as Record<symbol, Registered | undefined>)[Symbol.for('csto.corpus-peer')]
          return peer ? peer.sync(ctx.version) : null
        },
        { shard, context: { version } },
      )
      .then((r): PeerVersion => r ?? { shards: [shard], version: null, error: 'still starting' })
      .catch((err: unknown): PeerVersion => ({ shards: [shard], version: null, error: (err as Error).message }))
    let timer: NodeJS.Timeout | undefined
    const late = new Promise<PeerVersion>((resolve) => {
      timer = setTimeout(() => resolve({ shards: [shard], version: null, error: `no answer within ${Math.round(timeoutMs / 1000)} s` }), timeoutMs)
    })
    return Promise.race([answer, late]).finally(() => clearTimeout(timer))
  }
  const all = (version: string | null) => Promise.all(Array.from({ length: util.count }, (_, shard) => ask(shard, version)))
  return { announce: (version) => all(version), versions: () => all(null) }
}
