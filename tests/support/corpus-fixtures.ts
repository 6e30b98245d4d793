/** Temporary corpora for the corpus-admin tests: a copy of seeds/ (never seeds/ itself) and a made-up article. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'

/** A made-up article with words no seed uses ("Kapshagay", "Zharkent"), so an answer citing it can only come from it. */
export const NEW_ARTICLE = [
  'Armenian unit guards Kapshagay reservoir',
  '',
  'ALMATY (Reuters) - Armenian soldiers of the CSTO force took over the guard of the Kapshagay reservoir dam on Tuesday, the Armenian defence ministry said.',
  '',
  'The ministry said about 70 Armenian soldiers guarded the Kapshagay reservoir dam and the Zharkent bread factory until the force left Kazakhstan.',
  '',
  '"Our soldiers will stay only as long as they are needed," said Suren Papikyan, the Armenian defence minister.',
  '',
].join('\n')

/** A question only {@link NEW_ARTICLE} can answer. */
export const NEW_QUESTION = 'How many Armenian soldiers guarded the Kapshagay reservoir?'

/** A fresh folder `<tmp>/corpus` holding a copy of seeds/; its parent is private to the test, so `removed/` lands there too. */
export function tempCorpus(): string {
  const root = mkdtempSync(join(tmpdir(), 'corpus-admin-'))
  const dir = join(root, 'corpus')
  // Only the articles: seeds/ may hold a snapshot folder that would change what a test starts from.
  cpSync('seeds', dir, { recursive: true, filter: (src) => !basename(src).startsWith('.') })
  return dir
}

/** Every file directly in `dir` with its bytes, hidden ones included, to compare a folder before and after (the snapshot folder is not the corpus). */
export function folderState(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of readdirSync(dir).sort()) if (statSync(join(dir, name)).isFile()) out[name] = readFileSync(join(dir, name)).toString('base64')
  return out
}
