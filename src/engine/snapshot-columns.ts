import type { Section } from './snapshot-format.ts'
import { fail } from './snapshot-check.ts'

/**
 * Long lists of records (the dates' expressions, the timeline, the
 * quotations: 60,000 and more each at 10,000 articles) stored column by
 * column instead of as JSON: a field whose every value is a 32-bit integer
 * as an `Int32Array`; any other as ids into a list of its distinct JSON
 * values (a handful of dates, rules and roles repeat across thousands of
 * records), id -1 for a record that lacks it. Restoring then parses a few
 * short lists instead of megabytes of JSON, and makes one string per distinct
 * value instead of one per record.
 */

type Record_ = Record<string, unknown>

/** What a file read holds: its arrays and lists by name. */
export interface Read {
  arrays: ReadonlyMap<string, unknown>
  lists: ReadonlyMap<string, readonly unknown[]>
}

const isInt32 = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= -(2 ** 31) && v < 2 ** 31

/**
 * The sections that store `records` under `name`: `<name>.keys` (every
 * field, in the order first met), then per field either `<name>.<field>`
 * (integers) or `<name>.<field>` (ids) with `<name>.<field>.values`.
 *
 * @example
 * ```ts
 * columnsOf('quotes', [{ start: 1, speaker: 'A' }, { start: 5, speaker: 'A' }])
 * // => keys ['start', 'speaker'], quotes.start Int32Array [1, 5], quotes.speaker Int32Array [0, 0], quotes.speaker.values ['A']
 * ```
 */
export function columnsOf(name: string, records: readonly object[]): Section[] {
  const keys = new Set<string>()
  for (const r of records) for (const key of Object.keys(r)) keys.add(key)
  const sections: Section[] = [
    { name: `${name}.keys`, list: [...keys] },
    { name: `${name}.count`, array: Int32Array.of(records.length) },
  ]
  for (const key of keys) {
    const column = records.map((r) => (r as Record_)[key])
    if (column.every(isInt32)) {
      sections.push({ name: `${name}.${key}`, array: Int32Array.from(column) })
      continue
    }
    // Values are told apart by their JSON: equal JSON is the same value once read back.
    const ids = new Int32Array(column.length)
    const byJson = new Map<string, number>()
    const values: unknown[] = []
    column.forEach((value, i) => {
      const json = value === undefined ? undefined : JSON.stringify(value)
      if (json === undefined) return void (ids[i] = -1)
      let id = byJson.get(json)
      if (id === undefined) byJson.set(json, (id = values.push(JSON.parse(json) as unknown) - 1))
      ids[i] = id
    })
    sections.push({ name: `${name}.${key}`, array: ids }, { name: `${name}.${key}.values`, list: values })
  }
  return sections
}

/**
 * The records {@link columnsOf} stored under `name`, each a new object with
 * its fields in the stored order. Records share the objects of equal values
 * (a rule, an attribution): nothing changes them once built.
 *
 * @throws Error `inconsistent: ...` when a column is missing, of another length, or names a value that is not there.
 */
export function recordsOf(name: string, { arrays, lists }: Read): Record_[] {
  const keys = lists.get(`${name}.keys`) ?? fail(`section ${name}.keys is missing`)
  const count = arrays.get(`${name}.count`)
  if (!(count instanceof Int32Array) || count.length !== 1 || count[0]! < 0) fail(`section ${name}.count is not one count`)
  const n = count[0]!
  const columns = keys.map((key) => {
    if (typeof key !== 'string') fail(`${name}.keys is not a list of names`)
    const ints = arrays.get(`${name}.${key}`)
    if (!(ints instanceof Int32Array) || ints.length !== n) fail(`column ${name}.${key} is missing or not ${n} long`)
    const values = lists.get(`${name}.${key}.values`)
    if (values) for (const id of ints) if (id < -1 || id >= values.length) fail(`column ${name}.${key} names value ${id} of ${values.length}`)
    return { key, ints, values }
  })
  const records: Record_[] = new Array<Record_>(n)
  for (let i = 0; i < n; i++) {
    const r: Record_ = {}
    for (const { key, ints, values } of columns) {
      if (!values) r[key] = ints[i]
      else if (ints[i]! >= 0) r[key] = values[ints[i]!]
    }
    records[i] = r
  }
  return records
}

/**
 * The sections that store lists of strings (each quotation's stems) under
 * `name`: all their strings as ids into the distinct strings, and where each
 * list ends.
 *
 * @example
 * ```ts
 * wordListsOf('stems', [['we', 'will'], ['we']]) // => stems.ids [0, 1, 0], stems.ends [2, 3], stems.values ['we', 'will']
 * ```
 */
export function wordListsOf(name: string, lists: readonly (readonly string[])[]): Section[] {
  const byWord = new Map<string, number>()
  const ids: number[] = []
  const ends = new Int32Array(lists.length)
  lists.forEach((list, i) => {
    for (const word of list) {
      let id = byWord.get(word)
      if (id === undefined) byWord.set(word, (id = byWord.size))
      ids.push(id)
    }
    ends[i] = ids.length
  })
  return [
    { name: `${name}.ids`, array: Int32Array.from(ids) },
    { name: `${name}.ends`, array: ends },
    { name: `${name}.values`, list: [...byWord.keys()] },
  ]
}

/**
 * The lists of strings {@link wordListsOf} stored under `name`.
 *
 * @throws Error `inconsistent: ...` when a section is missing or an id or end points outside its section.
 */
export function wordListsFrom(name: string, { arrays, lists }: Read): string[][] {
  const [ids, ends] = [arrays.get(`${name}.ids`), arrays.get(`${name}.ends`)]
  const values = lists.get(`${name}.values`)
  if (!(ids instanceof Int32Array) || !(ends instanceof Int32Array) || !values) fail(`section ${name}.ids, .ends or .values is missing`)
  if (!values.every((v) => typeof v === 'string')) fail(`${name}.values is not a list of strings`)
  const words = values as string[]
  const out: string[][] = new Array<string[]>(ends.length)
  for (let i = 0, from = 0; i < ends.length; from = ends[i++]!) {
    if (!(ends[i]! >= from && ends[i]! <= ids.length)) fail(`the list ${i} of ${name} runs outside its section`)
    const list = new Array<string>(ends[i]! - from)
    for (let k = from; k < ends[i]!; k++) list[k - from] = words[ids[k]!] ?? fail(`${name} names word ${ids[k]} of ${words.length}`)
    out[i] = list
  }
  return out
}
