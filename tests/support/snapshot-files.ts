import { readFileSync, writeFileSync } from 'node:fs'
import { readSections, writeSections, type Section, type Sections } from '../../src/engine/snapshot-format.ts'

/** Rewrites the snapshot file at `path` after `change` edits its sections, with a checksum that matches again. */
export function rewriteSnapshot(path: string, change: (s: Sections) => void): void {
  const read = readSections(path)
  if (!read.ok) throw new Error(read.reason)
  change(read.sections)
  const { head, arrays, lists } = read.sections
  const sections: Section[] = [...[...arrays].map(([name, array]) => ({ name, array })), ...[...lists].map(([name, list]) => ({ name, list }))]
  writeSections(path, head, sections)
}

/** Changes one byte of the snapshot file at `path` past its header line: its checksum no longer matches. */
export function flipByte(path: string): void {
  const bytes = readFileSync(path)
  const at = bytes.indexOf(0x0a) + 1 + Math.floor((bytes.length - bytes.indexOf(0x0a)) / 2)
  bytes[at] = bytes[at]! ^ 0x01
  writeFileSync(path, bytes)
}
