import { Worker } from 'node:worker_threads'

/**
 * A worker thread running the module at `url` (a file's `import.meta.url`),
 * with `workerData`. Compiled JavaScript runs as it is; under tsx (tests, the
 * bench) a worker does not inherit the TypeScript loader, so it registers it
 * first. An eval'd worker resolves bare names from the working folder, so tsx
 * is named by the path this module finds it at.
 *
 * @example
 * ```ts
 * const worker = startModuleWorker(import.meta.url, { buildWorker: true })
 * ```
 */
export function startModuleWorker(url: string, workerData: unknown): Worker {
  if (!url.endsWith('.ts')) return new Worker(new URL(url), { workerData })
  const code = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}) })`
  return new Worker(code, { eval: true, workerData })
}
