import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { ConfigError, loadBotConfig, loadDeployConfig, loadHttpConfig, loadSnapshotDir, parseRateLimit } from '../../src/config/index.ts'

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.secret.value-that-must-never-be-printed'

describe('loadBotConfig', () => {
  test('defaults', () => {
    expect(loadBotConfig({ DISCORD_TOKEN: TOKEN })).toEqual({
      token: TOKEN,
      clientId: null,
      guildId: null,
      moderatorRoleId: null,
      apiUrl: null,
      corpusDir: 'seeds',
      snapshotDir: join('seeds', '.snapshots'),
      logLevel: 'info',
      rateLimit: { count: 5, windowMs: 30_000 },
      logQuestions: false,
    })
  })

  test('every variable read', () => {
    const config = loadBotConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: '123456789012345678',
      DISCORD_GUILD_ID: '876543210987654321',
      DISCORD_API_URL: 'http://127.0.0.1:9999/api',
      CORPUS_DIR: 'corpus',
      LOG_LEVEL: 'DEBUG',
      RATE_LIMIT: '3/1m',
      LOG_QUESTIONS: 'true',
      MODERATOR_ROLE_ID: '111111111111111111',
    })
    expect(config).toMatchObject({
      clientId: '123456789012345678',
      guildId: '876543210987654321',
      moderatorRoleId: '111111111111111111',
      apiUrl: 'http://127.0.0.1:9999/api',
      corpusDir: 'corpus',
      logLevel: 'debug',
      rateLimit: { count: 3, windowMs: 60_000 },
      logQuestions: true,
    })
  })

  test.each([
    ['no token', {}, ['DISCORD_TOKEN: is required']],
    ['blank token', { DISCORD_TOKEN: '  ' }, ['DISCORD_TOKEN: is required']],
    [
      'several bad values at once',
      { DISCORD_TOKEN: TOKEN, LOG_LEVEL: 'loud', RATE_LIMIT: 'lots', DISCORD_API_URL: 'ftp://x', DISCORD_GUILD_ID: 'home', MODERATOR_ROLE_ID: 'mods' },
      [
        'LOG_LEVEL: must be one of',
        'RATE_LIMIT: must look like 5/30s',
        'DISCORD_API_URL: must be an http(s) URL',
        'DISCORD_GUILD_ID: must be a numeric id (got "home")',
        'MODERATOR_ROLE_ID: must be a numeric id (got "mods")',
      ],
    ],
  ])('%s: one error listing every problem', (_name, env, expected) => {
    let error: unknown
    try {
      loadBotConfig(env)
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(ConfigError)
    for (const line of expected) expect((error as Error).message).toContain(line)
    expect((error as ConfigError).issues).toHaveLength(expected.length)
  })

  test('a malformed token is reported without its value', () => {
    const short = 'secret-but-short'
    expect(() => loadBotConfig({ DISCORD_TOKEN: short })).toThrow(/DISCORD_TOKEN: looks too short.*\(16 characters\)/)
    try {
      loadBotConfig({ DISCORD_TOKEN: short })
    } catch (err) {
      expect((err as Error).message).not.toContain(short)
    }
  })
})

describe('SNAPSHOT_DIR', () => {
  const KEY = 'ab'.repeat(32)
  test.each([
    ["unset: the corpus folder's own .snapshots", { CORPUS_DIR: 'corpus' }, join('corpus', '.snapshots')],
    ['blank: the same', { CORPUS_DIR: 'corpus', SNAPSHOT_DIR: '  ' }, join('corpus', '.snapshots')],
    ['a cache folder elsewhere, trimmed', { CORPUS_DIR: 'corpus', SNAPSHOT_DIR: ' /var/cache/csto ' }, '/var/cache/csto'],
  ])('%s', (_case, env, expected) => {
    expect(loadBotConfig({ DISCORD_TOKEN: TOKEN, ...env }).snapshotDir).toBe(expected)
    expect(loadHttpConfig({ DISCORD_PUBLIC_KEY: KEY, ...env }).snapshotDir).toBe(expected)
    expect(loadSnapshotDir(env.CORPUS_DIR, env)).toBe(expected)
  })
})

test('loadDeployConfig requires the application id as well', () => {
  expect(() => loadDeployConfig({ DISCORD_TOKEN: TOKEN })).toThrow(/DISCORD_CLIENT_ID: is required/)
  expect(loadDeployConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678' })).toMatchObject({ clientId: '123456789012345678', guildId: null })
})

test.each([
  ['5/30s', { count: 5, windowMs: 30_000 }],
  ['10/1m', { count: 10, windowMs: 60_000 }],
  ['3/500ms', { count: 3, windowMs: 500 }],
  ['2/10', { count: 2, windowMs: 10_000 }],
  ['0/30s', null],
  ['five', null],
])('parseRateLimit(%j)', (text, expected) => {
  expect(parseRateLimit(text)).toEqual(expected)
})

test('DISCORD_API_URL loses a trailing slash, since discord.js appends /v10 itself', () => {
  expect(loadBotConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: 'http://127.0.0.1:1/api/' }).apiUrl).toBe('http://127.0.0.1:1/api')
})
