/**
 * `/corpus` end to end: fake Discord → real discord.js client → router →
 * engine holder → a temporary copy of seeds/. Expectations come from the
 * holder and the folder, never typed in.
 */
import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { unescapeMarkdown } from '../../src/bot/markdown.ts'
import { openEngineHolder, type EngineHolder } from '../../src/engine/holder.ts'
import { MAX_UPLOAD_BYTES } from '../../src/corpus/upload.ts'
import { folderState, NEW_ARTICLE, NEW_QUESTION, tempCorpus } from '../support/corpus-fixtures.ts'
import { attach, GUILD_ID, str, sub, type AttachmentInput, type SenderInput } from '../support/fake-payloads.ts'
import { startHarness, type Harness } from '../support/harness.ts'

const MOD = { permissions: String(1 << 5) } // Manage Server
const MOD_ROLE = '900000000000000077'
const NEW_TITLE = 'Armenian unit guards Kapshagay reservoir'

let h: Harness
let holder: EngineHolder
let dir: string
beforeAll(async () => {
  dir = tempCorpus()
  holder = await openEngineHolder({ dir })
  h = await startHarness({ corpus: (fake) => ({ holder, homeGuildId: GUILD_ID, moderatorRoleId: MOD_ROLE, apiUrl: fake.apiUrl }) })
}, 30_000)
afterAll(async () => {
  await h?.close()
})

/** The message the moderator ends up seeing, with `ephemeral` read from the first callback (a reply or a deferral). */
async function corpus(subcommand: string, options: Parameters<typeof sub>[1] = [], sender: SenderInput = MOD): Promise<Record<string, any>> {
  const d = h.fake.dispatch({ kind: 'command', name: 'corpus', options: [sub(subcommand, options)], ...sender })
  const msg = await h.messageOf(d)
  const cb = await h.fake.firstCallback(d)
  return { ...msg, ephemeral: ((cb.body.data?.flags ?? 0) & 64) === 64 }
}
const add = (att: AttachmentInput, extra: Parameters<typeof sub>[1] = [], sender: SenderInput = MOD) =>
  corpus('add', [attach('file', att), ...extra], { ...sender, attachments: [att] })
const ask = (question: string) => h.messageOf(h.fake.dispatch({ kind: 'command', name: 'ask', options: [str('question', question)] }))
const citedTitles = (msg: Record<string, any>) => (msg.embeds[0].fields ?? []).map((f: { name: string }) => unescapeMarkdown(f.name))

describe('add → cited → remove → not cited', () => {
  test('each step is visible in the answers and in the version', async () => {
    const v0 = holder.engine().version
    const before = await ask(NEW_QUESTION)
    expect(before.embeds[0].footer.text).toContain(`corpus ${v0}`)
    expect(citedTitles(before).some((t: string) => t.includes(NEW_TITLE))).toBe(false)

    const added = await add(h.fake.upload('kapshagay.txt', Buffer.from(NEW_ARTICLE)), [str('date', '2022-01-11')])
    const v1 = holder.engine().version
    expect(v1).not.toBe(v0)
    expect(added.ephemeral).toBe(true)
    expect(added.embeds[0].title).toBe('Article added')
    expect(added.embeds[0].description).toContain(`\`${v0}\` → \`${v1}\``)
    const readAs = unescapeMarkdown(added.embeds[0].fields[0].value)
    expect(readAs).toContain(NEW_TITLE)
    expect(readAs).toContain('Date: 2022-01-11')
    expect(readAs).toContain('Outlet: Reuters')
    expect(readdirSync(dir)).toContain('kapshagay.txt')

    const cited = await ask(NEW_QUESTION)
    expect(cited.embeds[0].footer.text).toContain(`corpus ${v1}`)
    expect(citedTitles(cited).some((t: string) => t.includes(NEW_TITLE))).toBe(true)

    const cb = await h.fake.firstCallback(
      h.fake.dispatch({ kind: 'autocomplete', name: 'corpus', options: [sub('remove', [str('article', 'kapsh', true)])], ...MOD }),
    )
    expect(cb.body.data.choices).toEqual([{ name: `${NEW_TITLE} — kapshagay.txt`, value: 'kapshagay.txt' }])
    // Words of the title in another order, one of them misspelt, find it too.
    const typo = await h.fake.firstCallback(
      h.fake.dispatch({ kind: 'autocomplete', name: 'corpus', options: [sub('remove', [str('article', 'resevoir armenian', true)])], ...MOD }),
    )
    expect(typo.body.data.choices).toEqual([{ name: `${NEW_TITLE} — kapshagay.txt`, value: 'kapshagay.txt' }])

    const removed = await corpus('remove', [str('article', 'kapshagay.txt')])
    expect(removed.embeds[0].title).toBe('Article removed')
    expect(holder.engine().version).toBe(v0)
    expect(readdirSync(dir)).not.toContain('kapshagay.txt')
    const after = await ask(NEW_QUESTION)
    expect(after.embeds[0].footer.text).toContain(`corpus ${v0}`)
    expect(citedTitles(after).some((t: string) => t.includes(NEW_TITLE))).toBe(false)
  })
})

describe('who may', () => {
  test.each([
    ['a member without Manage Server', { permissions: '2248473465835073' }, /Only moderators/],
    ['a moderator of another server', { ...MOD, guildId: '900000000000000999' }, /only in the bot's home server/],
  ])('%s is refused, ephemerally, and nothing is downloaded or changed', async (_who, sender, why) => {
    const state = folderState(dir)
    const version = holder.engine().version
    const att = h.fake.upload('refused.txt', Buffer.from(NEW_ARTICLE))
    for (const msg of [await add(att, [], sender), await corpus('reload', [], sender), await corpus('status', [], sender)]) {
      expect(msg.ephemeral).toBe(true)
      expect(unescapeMarkdown(msg.content)).toMatch(why)
    }
    const cb = await h.fake.firstCallback(
      h.fake.dispatch({ kind: 'autocomplete', name: 'corpus', options: [sub('remove', [str('article', '', true)])], ...sender }),
    )
    expect(cb.body.data.choices).toEqual([])
    expect(h.fake.requests.some((r) => r.path.startsWith(`/attachments/${att.id}/`))).toBe(false)
    expect(folderState(dir)).toEqual(state)
    expect(holder.engine().version).toBe(version)
  })

  test('the moderator role is enough without Manage Server', async () => {
    const msg = await corpus('status', [], { permissions: '0', roles: [MOD_ROLE] })
    expect(msg.embeds[0].title).toBe('Corpus status')
  })
})

describe('malformed uploads change nothing and say why', () => {
  const seedText = () => holder.engine().corpus.articles[0]!.text
  test.each<[string, () => AttachmentInput, Parameters<typeof sub>[1], RegExp]>([
    ['empty', () => h.fake.upload('empty.txt', new Uint8Array(0)), [], /empty/],
    ['binary', () => h.fake.upload('pic.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])), [], /binary/],
    ['declared huge', () => h.fake.upload('huge.txt', Buffer.from(NEW_ARTICLE), { declaredSize: MAX_UPLOAD_BYTES + 1 }), [], /over the 1048576-byte limit/],
    [
      'huge behind a small declared size',
      () => h.fake.upload('liar.txt', Buffer.alloc(MAX_UPLOAD_BYTES + 10, 'a'), { declaredSize: 100 }),
      [],
      /over the 1048576-byte limit/,
    ],
    ['bad UTF-8', () => h.fake.upload('latin1.txt', Uint8Array.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' troops.')])), [], /not valid UTF-8/],
    ['bad front matter', () => h.fake.upload('fm.txt', Buffer.from(`---\ndate: tomorrow\n---\n${NEW_ARTICLE}`)), [], /date must be YYYY-MM-DD/],
    ['a bad date option', () => h.fake.upload('opt.txt', Buffer.from(NEW_ARTICLE)), [str('date', '2022-13-01')], /not a real calendar day/],
    ['a path trick in the name', () => h.fake.upload('../../escape.txt', Buffer.from(NEW_ARTICLE)), [], /path separator/],
    ['a hidden name', () => h.fake.upload('.hidden.txt', Buffer.from(NEW_ARTICLE)), [], /hidden file/],
    ['a PDF', () => h.fake.upload('paper.pdf', Buffer.from(NEW_ARTICLE)), [], /must end in \.txt or \.md/],
    ['a non-text content type', () => h.fake.upload('img.txt', Buffer.from(NEW_ARTICLE), { contentType: 'image/png' }), [], /image\/png, not a text file/],
    ['a duplicate of a seed', () => h.fake.upload('copy.txt', Buffer.from(seedText())), [], /already in the corpus as "000_/],
    ['an existing name', () => h.fake.upload('000_b4e76a0625c4b189.txt', Buffer.from(NEW_ARTICLE)), [], /already in the corpus/],
    [
      'a URL off Discord',
      () => h.fake.upload('far.txt', Buffer.from(NEW_ARTICLE), { url: 'https://attacker.example/far.txt' }),
      [],
      /not on a Discord attachment host/,
    ],
  ])('%s', async (_case, make, extra, why) => {
    const state = folderState(dir)
    const version = holder.engine().version
    const msg = await add(make(), extra)
    expect(msg.ephemeral).toBe(true)
    const text = unescapeMarkdown(msg.content)
    expect(text).toMatch(/^Nothing was changed/)
    expect(text).toMatch(why)
    expect(folderState(dir)).toEqual(state)
    expect(holder.engine().version).toBe(version)
  })
})

describe('status and reload', () => {
  test('status counts what is indexed; reload reports a file dropped in by the host', async () => {
    const engine = holder.engine()
    const status = await corpus('status')
    const passages = engine.corpus.articles.reduce((n, a) => n + a.sentences.length, 0)
    expect(unescapeMarkdown(status.embeds[0].description)).toContain(`**${engine.corpus.articles.length}** articles · **${passages}** passages`)
    expect(status.embeds[0].footer.text).toBe(`corpus ${engine.version}`)

    writeFileSync(join(dir, 'zz-host.txt'), NEW_ARTICLE.replace('70', '75'))
    writeFileSync(join(dir, 'zz-bad.txt'), Buffer.from([0, 1, 2]))
    const reloaded = await corpus('reload')
    expect(holder.engine().version).not.toBe(engine.version)
    const fields = Object.fromEntries(reloaded.embeds[0].fields.map((f: { name: string; value: string }) => [f.name, unescapeMarkdown(f.value)]))
    expect(fields['Added (1)']).toBe('`zz-host.txt`')
    expect(fields['Skipped files (1)']).toMatch(/zz-bad\.txt.*binary/)
    const after = await corpus('status')
    expect(unescapeMarkdown(after.embeds[0].description)).toMatch(/Last changed: .* by discord:900000000000000010 \(reload\)/)
  })

  test('reloads sent while questions are asked: every question is answered, each from a version that existed', async () => {
    const versions = new Set([holder.engine().version])
    const sent = []
    for (let i = 0; i < 3; i++) {
      writeFileSync(join(dir, `zz-more-${i}.txt`), NEW_ARTICLE.replace('70', String(200 + i)))
      sent.push(corpus('reload').then(() => versions.add(holder.engine().version)))
      for (let j = 0; j < 3; j++) sent.push(ask(NEW_QUESTION))
    }
    const results = await Promise.all(sent)
    const answers = results.filter((r): r is Record<string, any> => typeof r === 'object' && 'embeds' in r && r.embeds[0]?.title !== 'Corpus reloaded')
    expect(answers).toHaveLength(9)
    for (const a of answers) {
      const version = /corpus ([0-9a-f]{12})/.exec(a.embeds[0].footer.text)?.[1]
      expect(versions).toContain(version)
    }
  })
})
