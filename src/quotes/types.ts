import type { Span } from '../corpus/index.ts'

/** A direct quotation attributed to a speaker (see `extract.ts`). */
export interface Quote {
  /** Canonical name of the person or body quoted ("Antony Blinken", "Russian State Department"). */
  speaker: string
  /** The speaker's role as the articles give it ("US secretary of state"), or `null`. */
  role: string | null
  /** The words inside the quotation marks: `article.text.slice(start, end)`. */
  text: string
  source: string
  title: string
  date: string | null
  start: number
  end: number
  /** The sentence that attributes the quotation (may be the quotation's own sentence). */
  attribution: Span
}
