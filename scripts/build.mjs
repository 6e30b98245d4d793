// @ts-check
/**
 * `npm run build`: compiles src/ and commands/ with tsc (tsconfig.build.json)
 * into dist/, and records a fingerprint of the sources it compiled in
 * dist/.sources.json. {@link ensureBuilt} compares that fingerprint with the
 * sources as they are now, so the npm scripts that run dist/ (start,
 * serve:http, ask, quote, ...) rebuild first when anything changed and never
 * serve old code. Plain JavaScript: it must run before anything is compiled,
 * and without tsx.
 *
 *   node scripts/build.mjs             build now
 *   node scripts/build.mjs --if-stale  build only when the sources changed since the last build
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** The repository this script belongs to. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
/** Folders whose every file is an input of the build, plus the files that configure it. */
const SOURCE_FOLDERS = ['src', 'commands']
const CONFIG_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package.json']
const STAMP = '.sources.json'

/**
 * Every file the build reads, relative to `root`, sorted: the source folders'
 * files, the tsconfig files, and whatever the last build compiled from
 * elsewhere (a fixture `npm run eval` imports), as its source maps record.
 *
 * @param {string} root
 * @param {readonly string[]} [extra] inputs the last build recorded
 * @returns {string[]}
 * @example
 * inputsOf(ROOT).includes('src/cli/ask.ts') // => true
 */
export function inputsOf(root, extra = []) {
  const found = new Set([...CONFIG_FILES, ...extra])
  const walk = (/** @type {string} */ dir) => {
    let names
    try {
      names = readdirSync(join(root, dir), { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of names) {
      if (entry.name.startsWith('.')) continue
      const path = `${dir}/${entry.name}`
      if (entry.isDirectory()) walk(path)
      else found.add(path)
    }
  }
  for (const folder of SOURCE_FOLDERS) walk(folder)
  return [...found].sort()
}

/**
 * A hash of the inputs' names and bytes (a missing file counts as such), so
 * any edit, addition or removal changes it and a mere `touch` does not.
 *
 * @param {string} root
 * @param {readonly string[]} inputs
 * @returns {string}
 * @example
 * fingerprint(ROOT, inputsOf(ROOT)) // => 'c0ffee…' (64 hex characters)
 */
export function fingerprint(root, inputs) {
  const hash = createHash('sha256')
  for (const path of inputs) {
    hash.update(path).update('\0')
    try {
      hash.update(readFileSync(join(root, path)))
    } catch {
      hash.update('(missing)')
    }
    hash.update('\0')
  }
  return hash.digest('hex')
}

/**
 * Whether `<root>/dist` was built from the sources as they are now; when not, why.
 *
 * @param {string} root
 * @returns {{ fresh: true } | { fresh: false, reason: string }}
 * @example
 * buildState(ROOT) // => { fresh: false, reason: 'dist/ has not been built yet' } on a fresh clone
 */
export function buildState(root) {
  /** @type {unknown} */
  let parsed
  try {
    parsed = JSON.parse(readFileSync(join(root, 'dist', STAMP), 'utf8'))
  } catch {
    return { fresh: false, reason: 'dist/ has not been built yet' }
  }
  // A stamp that is valid JSON but not an object (`null`, say) is as unreadable as broken JSON.
  if (typeof parsed !== 'object' || parsed === null) return { fresh: false, reason: 'dist/ has not been built yet' }
  const stamp = /** @type {{ fingerprint?: unknown, inputs?: unknown }} */ (parsed)
  const recorded = Array.isArray(stamp.inputs) ? stamp.inputs.filter((x) => typeof x === 'string') : []
  if (stamp.fingerprint === fingerprint(root, inputsOf(root, recorded))) return { fresh: true }
  return { fresh: false, reason: 'the sources changed since dist/ was built' }
}

/**
 * The compiled file of a source entry point.
 *
 * @param {string} entry a path like `src/cli/ask.ts`, relative to the repository
 * @param {string} [root]
 * @returns {string}
 * @throws Error `run: ...` for anything but a .ts file under src/ or commands/.
 * @example
 * compiledPath('src/cli/ask.ts') // => '<repository>/dist/src/cli/ask.js'
 */
export function compiledPath(entry, root = ROOT) {
  if (!/^(src|commands)\/[\w./-]+\.ts$/.test(entry) || entry.split('/').includes('..'))
    throw new Error(`run: "${entry}" is not a .ts entry point under src/ or commands/`)
  return join(root, 'dist', entry.replace(/\.ts$/, '.js'))
}

/**
 * Compiles into a fresh folder beside dist/ and swaps it in only when tsc
 * succeeds, so a failed build leaves the last good one, and a process reading
 * dist/ meanwhile never sees half a build.
 *
 * @param {string} root
 * @param {{ log?: (line: string) => void }} [opts]
 * @throws Error `build: ...` when TypeScript is not installed or tsc reports errors (its output is in the message).
 * @example
 * build(ROOT) // writes ROOT/dist/src/cli/ask.js and ROOT/dist/.sources.json
 */
export function build(root, opts = {}) {
  let tsc
  try {
    tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc')
  } catch {
    throw new Error(
      'build: TypeScript is not installed (a production install omits dev dependencies): run `npm ci` in a full checkout and `npm run build`, then ship dist/',
    )
  }
  const inputs = inputsOf(root)
  const next = join(root, `dist.${process.pid}.tmp`)
  rmSync(next, { recursive: true, force: true })
  opts.log?.('build: compiling src/ and commands/ into dist/ (tsc -p tsconfig.build.json)')
  const run = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', next], { cwd: root, encoding: 'utf8' })
  if (run.status !== 0) {
    rmSync(next, { recursive: true, force: true })
    throw new Error(`build: tsc failed (exit ${run.status ?? run.signal}):\n${(run.stdout + run.stderr).trim()}`)
  }
  const compiled = [...new Set([...inputs, ...compiledSources(root, next)])].sort()
  writeFileSync(join(next, STAMP), JSON.stringify({ fingerprint: fingerprint(root, compiled), inputs: compiled }, null, 2))
  const old = join(root, `dist.${process.pid}.old`)
  if (existsSync(join(root, 'dist'))) renameSync(join(root, 'dist'), old)
  renameSync(next, join(root, 'dist'))
  rmSync(old, { recursive: true, force: true })
}

/**
 * Builds unless dist/ is fresh (or always, with `force`). One process builds
 * at a time (a lock folder); the others wait for it, then find dist/ fresh.
 *
 * @param {string} root
 * @param {{ force?: boolean, log?: (line: string) => void, waitMs?: number }} [opts]
 * @returns {boolean} whether it built
 * @throws Error `build: ...` as {@link build} does, or when another build holds the lock too long.
 * @example
 * ensureBuilt(ROOT) // => false when nothing changed since the last build
 */
export function ensureBuilt(root, opts = {}) {
  if (!opts.force && buildState(root).fresh) return false
  const lock = join(root, 'dist.lock')
  const deadline = Date.now() + (opts.waitMs ?? 180_000)
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch {
      // A lock older than any build is one a killed build left behind.
      if (lockAge(lock) > 300_000) rmSync(lock, { recursive: true, force: true })
      else if (Date.now() > deadline) throw new Error(`build: another build has held ${lock} for too long; remove it if no build is running`)
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200)
    }
  }
  try {
    const state = buildState(root)
    if (!opts.force && state.fresh) return false
    if (!state.fresh) opts.log?.(`build: ${state.reason}`)
    build(root, opts)
    return true
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}

/** Milliseconds since `lock` was made; 0 when it is gone. */
function lockAge(/** @type {string} */ lock) {
  try {
    return Date.now() - statSync(lock).mtimeMs
  } catch {
    return 0
  }
}

/** The sources tsc compiled into `outDir`, from its source maps, relative to `root`. */
function compiledSources(/** @type {string} */ root, /** @type {string} */ outDir) {
  /** @type {string[]} */
  const found = []
  const walk = (/** @type {string} */ dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.js.map')) {
        /** @type {unknown} */
        const map = JSON.parse(readFileSync(path, 'utf8'))
        const sources = typeof map === 'object' && map !== null && 'sources' in map && Array.isArray(map.sources) ? map.sources : []
        for (const source of sources)
          if (typeof source === 'string')
            found.push(
              relative(root, resolve(dirname(path), source))
                .split(sep)
                .join('/'),
            )
      }
    }
  }
  walk(outDir)
  return found.filter((p) => !p.startsWith('..'))
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const log = (/** @type {string} */ line) => process.stderr.write(`${line}\n`)
  try {
    ensureBuilt(ROOT, { log, force: !process.argv.includes('--if-stale') })
  } catch (err) {
    log(/** @type {Error} */ (err).message)
    process.exitCode = 1
  }
}
