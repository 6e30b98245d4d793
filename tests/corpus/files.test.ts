/** The loader stays in its folder: regular files only, links only inside it, sizes checked before reading, names printed escaped. */
import { spawnSync } from 'node:child_process'
import { closeSync, mkdirSync, mkdtempSync, openSync, ftruncateSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_ARTICLE_BYTES, printableName, readArticleFile } from '../../src/corpus/files.ts'
import { loadCorpus } from '../../src/corpus/load.ts'
import { corpusCli } from '../../src/cli/corpus.ts'

// Control characters other than the newline: what must never be printed raw.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0009\u000b-\u001f]/

const ARTICLE = 'Jan 10, 2022\n\nA headline\n\nTroops arrived on Thursday. They left later.\n'
const SECRET = 'DISCORD_TOKEN=not-a-real-token-but-secret\n\nThe password file line one. Line two follows.\n'

/** `<root>/corpus` with one good article, and `<root>/secret.txt` outside it. */
function folder(): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), 'corpus-files-'))
  const dir = join(root, 'corpus')
  mkdirSync(dir)
  writeFileSync(join(dir, 'good.txt'), ARTICLE)
  writeFileSync(join(root, 'secret.txt'), SECRET)
  return { root, dir }
}

describe('what the loader reads', () => {
  it.each([
    [
      'a link out of the folder',
      (root: string, dir: string) => symlinkSync(join(root, 'secret.txt'), join(dir, 'passwd.txt')),
      'passwd.txt',
      /leads out of the corpus folder/,
    ],
    [
      'a relative link out of the folder',
      (_root: string, dir: string) => symlinkSync('../secret.txt', join(dir, 'up.txt')),
      'up.txt',
      /leads out of the corpus folder/,
    ],
    [
      'a link to a system file',
      (_root: string, dir: string) => symlinkSync('/etc/hostname', join(dir, 'host.txt')),
      'host.txt',
      /leads out of the corpus folder/,
    ],
    [
      'a link to a hidden file inside',
      (_root: string, dir: string) => (writeFileSync(join(dir, '.env.txt'), SECRET), symlinkSync('.env.txt', join(dir, 'env.txt'))),
      'env.txt',
      /hidden/,
    ],
    ['a broken link', (_root: string, dir: string) => symlinkSync('nowhere.txt', join(dir, 'broken.txt')), 'broken.txt', /does not exist/],
    ['a folder with an article name', (_root: string, dir: string) => mkdirSync(join(dir, 'folder.txt')), 'folder.txt', /not a regular file \(a folder\)/],
    [
      'a named pipe (reading it would block)',
      (_root: string, dir: string) => spawnSync('mkfifo', [join(dir, 'pipe.txt')]),
      'pipe.txt',
      /not a regular file \(a named pipe\)/,
    ],
    [
      'a link to a named pipe inside',
      (_root: string, dir: string) => (spawnSync('mkfifo', [join(dir, 'fifo')]), symlinkSync('fifo', join(dir, 'to-fifo.txt'))),
      'to-fifo.txt',
      /not a regular file \(a named pipe\)/,
    ],
    [
      'a name with an escape sequence',
      (_root: string, dir: string) => writeFileSync(join(dir, 'red\u001b[31m.txt'), ARTICLE.replace('headline', 'other headline')),
      'red\u001b[31m.txt',
      /control characters/,
    ],
    [
      'a name with a newline',
      (_root: string, dir: string) => writeFileSync(join(dir, 'two\nlines.txt'), ARTICLE.replace('headline', 'third headline')),
      'two\nlines.txt',
      /control characters/,
    ],
  ])('skips %s with the reason, reading nothing of it', (_case, make, name, why) => {
    const { root, dir } = folder()
    make(root, dir)
    const corpus = loadCorpus(dir)
    expect(corpus.articles.map((a) => a.source)).toEqual(['good.txt'])
    expect(corpus.skipped).toEqual([{ source: name, reason: expect.stringMatching(why) }])
    expect(JSON.stringify(corpus)).not.toContain('DISCORD_TOKEN')
  })

  it('follows a link whose target is a plain file inside the folder', () => {
    const { dir } = folder()
    mkdirSync(join(dir, 'archive'))
    writeFileSync(join(dir, 'archive', 'old.txt'), ARTICLE.replace('A headline', 'An archived headline'))
    symlinkSync('archive/old.txt', join(dir, 'linked.txt'))
    const corpus = loadCorpus(dir)
    expect(corpus.skipped).toEqual([])
    expect(corpus.articles.map((a) => [a.source, a.title])).toEqual([
      ['good.txt', 'A headline'],
      ['linked.txt', 'An archived headline'],
    ])
  })

  it('checks the size before reading: a 700 MB file is skipped without being read into memory', () => {
    const { dir } = folder()
    // Sparse: 700 MB long, no disk used; reading it would allocate 700 MB.
    const fd = openSync(join(dir, 'huge.txt'), 'w')
    ftruncateSync(fd, 700 * 2 ** 20)
    closeSync(fd)
    const before = process.memoryUsage().arrayBuffers
    const corpus = loadCorpus(dir)
    const grew = process.memoryUsage().arrayBuffers - before
    expect(corpus.skipped).toEqual([{ source: 'huge.txt', reason: `the file is ${700 * 2 ** 20} bytes, over the ${MAX_ARTICLE_BYTES}-byte limit` }])
    expect(grew).toBeLessThan(50 * 2 ** 20)
  })

  it.each([
    ['exactly at the limit', MAX_ARTICLE_BYTES, true],
    ['one byte over', MAX_ARTICLE_BYTES + 1, false],
  ])('a file %s is %s', (_case, size, readable) => {
    const { dir } = folder()
    writeFileSync(join(dir, 'edge.txt'), Buffer.alloc(size, 'a'))
    const read = readArticleFile(dir, 'edge.txt')
    expect(read.ok).toBe(readable)
    if (read.ok) expect(read.bytes.length).toBe(size)
  })
})

describe('printed names', () => {
  it.each([
    ['a\u001b[31m.txt', 'a\\u001b[31m.txt'],
    ['two\nlines.txt', 'two\\nlines.txt'],
    ['cr\r.txt', 'cr\\r.txt'],
    ['rtl\u202etxt.exe.txt', 'rtl\\u202etxt.exe.txt'],
    ['Ünïcode plain.txt', 'Ünïcode plain.txt'],
  ])('%j prints as %j', (name, shown) => {
    expect(printableName(name)).toBe(shown)
  })

  it('corpus check and list print every name escaped, one line each', async () => {
    const { dir } = folder()
    writeFileSync(join(dir, 'evil\u001b]0;pwned\u0007\nfake line.txt'), ARTICLE)
    const check = await corpusCli(['check'], { dir })
    expect(check.code).toBe(1)
    const lines = [...check.out, ...check.err].join('\n')
    expect(lines).not.toMatch(CONTROLS)
    expect(check.err).toContainEqual(expect.stringContaining('evil\\u001b]0;pwned\\u0007\\nfake line.txt would be skipped'))
    for (const line of [...check.out, ...check.err]) expect(line).not.toContain('\n')
    const list = await corpusCli(['list'], { dir })
    expect(list.out.join('\n')).not.toMatch(CONTROLS)
  })
})
