import { ShardingManager, type Shard } from 'discord.js'
import type { Logger } from 'pino'
import type { ShardCount } from '../config/index.ts'

/**
 * `SHARDS=auto` or a number: discord.js's own `ShardingManager` spawns one
 * process per shard, each running the ordinary bot entry point (which sees
 * `SHARDING_MANAGER` and runs a single client for its shard). The manager
 * relays `broadcastEval` between shards, which is how corpus changes spread.
 */

/** What {@link startShardingManager} needs. */
export interface ManagerOptions {
  /** The bot entry point each shard process runs (a `.ts` file runs through tsx). */
  file: string
  shards: ShardCount
  token: string
  log: Logger
  /** Wait between shard spawns; Discord allows one IDENTIFY per 5 s per bucket. */
  spawnDelayMs?: number
}

/** A running manager. */
export interface RunningManager {
  manager: ShardingManager
  /** Stops respawning and ends every shard process, waiting for each to exit. */
  stop(): Promise<void>
}

/**
 * The Node flags a shard process needs: the manager's own (tsx's loader when
 * run by `npm start`), plus tsx's loader for a TypeScript entry point if missing.
 *
 * @example
 * ```ts
 * shardExecArgv('src/bot/main.ts', []) // => ['--import', 'file:///…/node_modules/tsx/dist/loader.mjs']
 * ```
 */
export function shardExecArgv(file: string, own: readonly string[] = process.execArgv): string[] {
  const args = [...own]
  if (/\.[cm]?ts$/.test(file) && !args.some((a) => a.includes('tsx'))) args.push('--import', import.meta.resolve('tsx'))
  return args
}

/**
 * Spawns the shards and resolves when all are ready.
 *
 * @example
 * ```ts
 * const running = await startShardingManager({ file: fileURLToPath(import.meta.url), shards: 2, token, log })
 * process.once('SIGTERM', () => running.stop())
 * ```
 */
export async function startShardingManager(opts: ManagerOptions): Promise<RunningManager> {
  const { log } = opts
  const manager = new ShardingManager(opts.file, {
    totalShards: opts.shards,
    token: opts.token,
    execArgv: shardExecArgv(opts.file),
    respawn: true,
  })
  manager.on('shardCreate', (shard: Shard) => {
    shard.on('spawn', (child) => log.info({ shard: shard.id, of: manager.totalShards, pid: 'pid' in child ? child.pid : null }, 'shard process spawned'))
    shard.on('ready', () => log.info({ shard: shard.id }, 'shard ready'))
    shard.on('death', () => log.warn({ shard: shard.id, respawn: manager.respawn }, 'shard process exited'))
    shard.on('error', (err) => log.error({ err, shard: shard.id }, 'shard error'))
  })
  const stop = async () => {
    manager.respawn = false
    await Promise.all(
      [...manager.shards.values()].map(
        (shard) =>
          new Promise<void>((resolve) => {
            const child = shard.process
            if (!child || child.exitCode !== null) return resolve()
            child.once('exit', () => resolve())
            shard.kill()
          }),
      ),
    )
    log.info('all shards stopped')
  }
  try {
    await manager.spawn({ delay: opts.spawnDelayMs ?? 5_500 })
  } catch (err) {
    // A shard that cannot become ready (a bad token, say) would otherwise be respawned forever.
    await stop()
    throw new Error(`sharding: the shards did not all become ready: ${(err as Error).message}`)
  }
  // The pid lets a supervisor tell the manager from its shards (tsx runs it under a wrapper process).
  log.info({ shards: manager.shards.size, pid: process.pid }, 'all shards ready')
  return { manager, stop }
}
