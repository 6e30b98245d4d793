// @ts-check
/**
 * Runs an entry point's compiled JavaScript with plain node, building dist/
 * first when the sources changed since it was built (see build.mjs), in this
 * same process: a second node or npm process would cost a cold terminal
 * command a fifth of its second.
 *
 *   node scripts/run.mjs src/cli/ask.ts [arguments...]   runs dist/src/cli/ask.js
 */
import { pathToFileURL } from 'node:url'
import { compiledPath, ensureBuilt, ROOT } from './build.mjs'

const [entry, ...args] = process.argv.slice(2)
let file
try {
  file = compiledPath(entry ?? '')
  ensureBuilt(ROOT, { log: (line) => process.stderr.write(`${line}\n`) })
} catch (err) {
  process.stderr.write(`${/** @type {Error} */ (err).message}\n`)
  process.exit(1)
}
// Entry points run their main only when they are the process's script, as under `node dist/...`.
process.argv = [process.argv[0] ?? process.execPath, file, ...args]
await import(pathToFileURL(file).href)
