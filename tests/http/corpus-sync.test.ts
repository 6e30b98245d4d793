/**
 * Two HTTP endpoint processes' worth of holders over one shared corpus folder:
 * a change made through one is served by the other, with the version to prove it.
 */
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { CorpusAdmin } from '../../src/bot/command.ts'
import { unescapeMarkdown } from '../../src/bot/markdown.ts'
import { readState } from '../../src/corpus/store.ts'
import { openEngineHolder, snapshotsIn, type EngineHolder } from '../../src/engine/holder.ts'
import { watchCorpus, type CorpusWatch } from '../../src/shard/watch.ts'
import { FakeDiscord } from '../support/fake-discord.ts'
import { NEW_ARTICLE, NEW_QUESTION, tempCorpus } from '../support/corpus-fixtures.ts'
import { attach, GUILD_ID, str, sub } from '../support/fake-payloads.ts'
import { startHttp, type HttpHarness } from './support.ts'

const MOD = { permissions: String(1 << 5) }
const NEW_TITLE = 'Armenian unit guards Kapshagay reservoir'

let fake: FakeDiscord
const processes: { http: HttpHarness; holder: EngineHolder; watch: CorpusWatch }[] = []
beforeAll(async () => {
  fake = await FakeDiscord.start()
  const dir = tempCorpus()
  for (let i = 0; i < 2; i++) {
    const holder = await openEngineHolder({ dir, snapshots: snapshotsIn(dir) })
    const admin = (f: FakeDiscord): CorpusAdmin => ({ holder, homeGuildId: GUILD_ID, moderatorRoleId: null, apiUrl: f.apiUrl })
    const http = await startHttp({ fake, corpus: admin })
    processes.push({ http, holder, watch: watchCorpus({ dir, holder, intervalMs: 200 }) })
  }
}, 60_000)
afterAll(async () => {
  for (const p of processes) {
    p.watch.stop()
    await p.http.close()
  }
  await fake?.close()
})

async function ask(p: HttpHarness, question: string): Promise<{ footer: string; titles: string[] }> {
  const { d } = await p.send({ kind: 'command', name: 'ask', options: [str('question', question)] })
  const msg = await p.messageOf(d)
  return { footer: msg.embeds[0].footer.text, titles: (msg.embeds[0].fields ?? []).map((f: { name: string }) => unescapeMarkdown(f.name)) }
}

test('an article added through one process is cited by the other within seconds, under the new version', async () => {
  const [a, b] = processes as [(typeof processes)[0], (typeof processes)[0]]
  const v0 = b.holder.engine().version
  expect((await ask(b.http, NEW_QUESTION)).titles.some((t) => t.includes(NEW_TITLE))).toBe(false)

  const att = fake.upload('kapshagay.txt', Buffer.from(NEW_ARTICLE))
  const { d } = await a.http.send({
    kind: 'command',
    name: 'corpus',
    options: [sub('add', [attach('file', att), str('date', '2022-01-11')])],
    attachments: [att],
    ...MOD,
  })
  expect((await a.http.messageOf(d)).embeds[0].title).toBe('Article added')
  const v1 = a.holder.engine().version
  expect(v1).not.toBe(v0)

  // The other process has heard nothing but the shared folder.
  await expect.poll(() => b.holder.engine().version, { timeout: 15_000, interval: 100 }).toBe(v1)
  const answer = await ask(b.http, NEW_QUESTION)
  expect(answer.footer).toContain(`corpus ${v1}`)
  expect(answer.titles.some((t) => t.includes(NEW_TITLE))).toBe(true)
  expect(b.holder.info()).toMatchObject({ version: v1, change: 'add kapshagay.txt', changedBy: `discord:${d.payload.member.user.id}` })

  const removed = await b.http.send({ kind: 'command', name: 'corpus', options: [sub('remove', [str('article', 'kapshagay.txt')])], ...MOD })
  expect((await b.http.messageOf(removed.d)).embeds[0].title).toBe('Article removed')
  await expect.poll(() => a.holder.engine().version, { timeout: 15_000, interval: 100 }).toBe(v0)
  expect((await ask(a.http, NEW_QUESTION)).footer).toContain(`corpus ${v0}`)
}, 60_000)

test('a change made by a process that has not caught up yet builds on the folder, so every process ends on one version', async () => {
  const dir = tempCorpus()
  const [a, b] = await Promise.all([openEngineHolder({ dir }), openEngineHolder({ dir })])
  const added = await a.add({ fileName: 'kapshagay.txt', bytes: Buffer.from(NEW_ARTICLE) }, 'test:a')
  expect(added.ok).toBe(true)
  // b has not looked at the folder since it opened; its change must not drop a's article.
  const seed = b
    .engine()
    .sources()
    .find((s) => s.source !== 'kapshagay.txt')!.source
  const removed = await b.remove(seed, 'test:b')
  // b served the version before a's add; its change is built on the folder, so it brings a's article in.
  expect(removed).toMatchObject({ ok: true, diff: { added: ['kapshagay.txt'], removed: [seed] } })
  expect(
    b
      .engine()
      .sources()
      .map((s) => s.source),
  ).toContain('kapshagay.txt')
  const fresh = await openEngineHolder({ dir })
  expect(b.engine().version).toBe(fresh.engine().version)
  expect(readState(dir)?.version).toBe(fresh.engine().version)
  await a.reloadFromDisk()
  expect(a.engine().version).toBe(fresh.engine().version)
}, 60_000)
