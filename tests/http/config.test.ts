/** The scale settings: SHARDS for npm start, DISCORD_PUBLIC_KEY and PORT for npm run serve:http. */
import { describe, expect, test } from 'vitest'
import { ConfigError, loadHttpConfig, loadShardingConfig, type Env } from '../../src/config/index.ts'

const KEY = 'ab'.repeat(32)

function issuesOf(load: () => unknown): string[] {
  try {
    load()
  } catch (err) {
    if (err instanceof ConfigError) return err.issues
    throw err
  }
  return []
}

describe('loadShardingConfig', () => {
  test.each<[string, Env, ReturnType<typeof loadShardingConfig>]>([
    ['unset: one client', {}, { shards: null, inShard: false, shardId: null }],
    ['blank: one client', { SHARDS: ' ' }, { shards: null, inShard: false, shardId: null }],
    ['auto', { SHARDS: 'auto' }, { shards: 'auto', inShard: false, shardId: null }],
    ['a number', { SHARDS: ' 3 ' }, { shards: 3, inShard: false, shardId: null }],
    [
      'inside a spawned shard, SHARDS is the shard id and not ours',
      { SHARDING_MANAGER: 'true', SHARDS: '0', SHARD_COUNT: '2' },
      { shards: null, inShard: true, shardId: 0 },
    ],
  ])('%s', (_name, env, expected) => {
    expect(loadShardingConfig(env)).toEqual(expected)
  })

  test.each<[string, Env, string]>([
    ['zero', { SHARDS: '0' }, 'SHARDS: must be "auto" or a whole number of shards from 1 (got "0")'],
    ['a word', { SHARDS: 'many' }, 'SHARDS: must be "auto" or a whole number of shards from 1 (got "many")'],
    ['auto with a REST proxy', { SHARDS: 'auto', DISCORD_API_URL: 'http://127.0.0.1:1/api' }, 'SHARDS: with DISCORD_API_URL set, give an explicit shard count'],
  ])('refuses %s, naming the value', (_name, env, message) => {
    expect(issuesOf(() => loadShardingConfig(env)).join('\n')).toContain(message)
  })
})

describe('loadHttpConfig', () => {
  test('defaults: port 3000, no token needed, the key lower-cased', () => {
    expect(loadHttpConfig({ DISCORD_PUBLIC_KEY: KEY.toUpperCase() })).toMatchObject({ publicKey: KEY, port: 3000, token: null, corpusDir: 'seeds' })
  })

  test.each<[string, Env, string[]]>([
    ['no key', {}, ['DISCORD_PUBLIC_KEY: is required (not set)']],
    [
      'a short key and a bad port',
      { DISCORD_PUBLIC_KEY: 'abc', PORT: '70000' },
      ['DISCORD_PUBLIC_KEY: must be the 64 hex characters of General Information -> Public Key (got "abc")', 'PORT: must be 1-65535 (got "70000")'],
    ],
    ['a port that is not a number', { DISCORD_PUBLIC_KEY: KEY, PORT: 'http' }, ['PORT: must be a port number (got "http")']],
  ])('refuses %s', (_name, env, issues) => {
    expect(issuesOf(() => loadHttpConfig(env))).toEqual(issues)
  })
})
