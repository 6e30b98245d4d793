/**
 * A print edition's text as a PDF tool lays it out, two columns side by side
 * on each line ("…on the first day of the year      overrun and left burning,
 * and crowds…"): read as printed, the left column down, then the right.
 * Lines that cross the gutter (a headline over both columns, a rule) stay
 * where they are.
 */

// A gutter is at least this many spaces wide.
const MIN_GUTTER = 2
// A column is at least this many characters wide, on either side of the gutter.
const MIN_COLUMN = 20
// Lines in a run that must resume in the right column at the gutter for it to be two columns.
const MIN_RIGHT_LINES = 6
// And the share of the run's lines with text on both sides of it.
const MIN_SHARE = 0.4
// How far a paragraph's first line is indented.
const INDENT = 2
// Where a line's text resumes after a gap as wide as a gutter.
const RESUMES = new RegExp(`(?<=\\S {${MIN_GUTTER},})\\S`, 'g')
// Set text fills most of its column's width.
const FILLED = 0.7
// And its lines run on into the next, as prose does, for at least this share of them.
const MIN_RUN_ON = 0.4

/**
 * `text` with each run of two-column lines rewritten as its left column's
 * lines, a blank line, and its right column's; `text` itself where it has no
 * such run.
 *
 * @example
 * ```ts
 * unColumned(twoColumnPage) // the left column's paragraphs, then the right's
 * ```
 */
export function unColumned(text: string): string {
  const lines = text.split('\n')
  const gutter = gutterOf(lines)
  if (gutter === null) return text
  const out: string[] = []
  for (let i = 0; i < lines.length;) {
    if (!fitsGutter(lines[i]!, gutter)) {
      out.push(lines[i]!)
      i++
      continue
    }
    let end = i
    while (end < lines.length && fitsGutter(lines[end]!, gutter)) end++
    const run = lines.slice(i, end)
    if (twoColumns(run, gutter)) {
      out.push(...run.map((l) => l.slice(0, gutter).trimEnd()), '', ...run.map((l) => l.slice(gutter).trimEnd()))
    } else out.push(...run)
    i = end
  }
  return out.join('\n')
}

/**
 * Whether a run of lines is two columns of prose at `gutter`: enough lines have
 * text on both sides, and each side fills its column as set text does (a table's
 * short labels and figures, "Turnout      61%", are no column of prose).
 */
function twoColumns(run: readonly string[], gutter: number): boolean {
  const both = run.filter((l) => l.length > gutter && l.slice(0, gutter).trim() !== '')
  if (both.length < MIN_RIGHT_LINES || both.length < MIN_SHARE * run.length) return false
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
  const left = median(both.map((l) => l.slice(0, gutter).trim().length))
  const right = median(both.map((l) => l.slice(gutter).trim().length))
  if (left < FILLED * (gutter - MIN_GUTTER) || right < MIN_COLUMN) return false
  // Set prose runs on from a line to the next ("… a number on a" / "price board."); a table's rows each stand alone.
  const lefts = run.map((l) => l.slice(0, gutter).trim())
  const pairs = lefts.slice(1).flatMap((l, k) => (l !== '' && lefts[k] !== '' ? [{ before: lefts[k]!, line: l }] : []))
  const runOn = pairs.filter(({ before, line }) => /^\p{Ll}/u.test(line) || /[-,]$/.test(before)).length
  return pairs.length > 0 && runOn >= MIN_RUN_ON * pairs.length
}

/** The column where most lines resume after a wide gap, if enough do. */
function gutterOf(lines: readonly string[]): number | null {
  const starts = new Map<number, number>()
  for (const line of lines) {
    for (const m of line.matchAll(RESUMES)) {
      if (m.index < MIN_COLUMN) continue
      starts.set(m.index, (starts.get(m.index) ?? 0) + 1)
      break
    }
  }
  // A paragraph's first line in the right column is indented: it counts for the gutter two places before it.
  const score = (at: number) => (starts.get(at) ?? 0) + (starts.get(at + INDENT) ?? 0)
  const best = [...starts.keys()].sort((a, b) => score(b) - score(a) || a - b)[0]
  return best !== undefined && score(best) >= MIN_RIGHT_LINES ? best : null
}

/** True when `line` leaves the gutter before `at` blank: it is short, or has the gap there. */
function fitsGutter(line: string, at: number): boolean {
  return line.length <= at - MIN_GUTTER || line.slice(at - MIN_GUTTER, at).trim() === ''
}
