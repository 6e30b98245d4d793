import type { Candidate, Extraction } from './context.ts'

/**
 * Choosing among the things of the kind asked for that the passages hold:
 * each scored where it stands, the same answer from several articles counted
 * together, and the winner given as a short answer only when the engine
 * would bet on it.
 */

/** A thing of the kind asked for, found in a passage; offsets within its sentence. */
export interface Found {
  text: string
  start: number
  end: number
  /** What makes two finds the same answer ("2500", a surname, an ISO date). */
  key: string
  /** A little extra for a reading that fits the question's form (a place after "in"), or less for one that does not. */
  bonus?: number
  /** For an amount, its number: two reports of one figure differ by less than a factor of three. */
  value?: number
  /** The find goes against the question's form (a place not written as where anything is): never a sure answer. */
  misfit?: boolean
  /** The find stands as the doer of the question's verb ("Tokayev's request", "led by General Orlov"). */
  agent?: boolean
  /** The doer written after the question's very verb in the passive ("represented by Ivo Lask"): the plainest way to say it. */
  byAgent?: boolean
}

/** A find with how well its passage and its place in the sentence answer the question. */
export interface Scored {
  candidate: Candidate
  found: Found
  score: number
}

// What each further article that gives the same answer adds, up to two of them.
const AGREEMENT = 0.1
const MAX_AGREEING = 2
/** The answer's own sentence must say at least this share of the question. */
export const SURE_OWN = 0.55
/** Or this share, for an answer that fits the kind asked for this well and wins by this much. */
const SURE_OWN_FITTING = 0.4
const FITS = 0.15
const CLEAR_MARGIN = 0.2
/** Nor from one that leaves out an idea of the question worth this share of it ("pay for the marines" of a sentence on fuel). */
export const MAX_GAP = 0.35
/** By this much the answer must beat the best other answer of the kind, or one in the same sentence. */
export const SURE_MARGIN = 0.12
const SAME_SENTENCE_MARGIN = 0.05
// How many of the likeliest answers' passages a reply of passages leads with.
const LIKELIEST = 3
// Further passages cited for an answer that several give.
const MAX_SOURCES = 3

interface Group {
  key: string
  best: Scored
  all: Scored[]
  total: number
}

/**
 * The best-supported answer among the scored finds, cited from its best
 * passage and from up to two more that give it; `null` for none.
 *
 * @example
 * ```ts
 * choose([{ candidate, found: { text: 'about 2,500 people', key: '2500', ... }, score: 1.1 }])?.answer
 * // => 'about 2,500 people'
 * ```
 *
 * `disputed` lets two figures that articles give for one amount stand together
 * ("230 people (other reports: 225 people)"); `several` says the question asks
 * for more than one thing, so one alone must stand out by far; `misfitsAside`
 * that a rival all of whose finds are misfits does not make the winner unsure.
 */
export function choose(scored: readonly Scored[], options: { disputed?: boolean; several?: boolean; misfitsAside?: boolean } = {}): Extraction | null {
  const groups = new Map<string, Group>()
  for (const s of scored) {
    const g = groups.get(s.found.key)
    if (!g) groups.set(s.found.key, { key: s.found.key, best: s, all: [s], total: 0 })
    else {
      g.all.push(s)
      if (s.score > g.best.score) g.best = s
    }
  }
  // Of two answers that score alike, one the passages count against goes second.
  const fits = (g: Group) => (g.all.every((s) => s.found.misfit) ? 0 : 1)
  for (const g of groups.values()) {
    // Where misfits are set aside, a find that is one lends its answer no weight beside finds that fit: "over the
    // past two days" of phone calls does not carry "in two days" of when a pullout starts as how long it takes.
    const fitting = options.misfitsAside === true ? g.all.filter((s) => !s.found.misfit) : []
    // Finds every one of which the sentences count against agree on nothing: they add no agreement.
    const articles = new Set(fits(g) ? g.all.map((s) => s.candidate.article.source) : [])
    g.total = Math.max(...(fitting.length > 0 ? fitting : g.all).map((s) => s.score)) + AGREEMENT * Math.min(MAX_AGREEING, Math.max(0, articles.size - 1))
  }
  // Where misfits are set aside, one is no winner either while an answer that fits is there.
  const aside = options.misfitsAside === true
  const ranked = [...groups.values()].sort(
    (a, b) => (aside ? fits(b) - fits(a) : 0) || b.total - a.total || fits(b) - fits(a) || a.best.candidate.id - b.best.candidate.id,
  )
  const winner = ranked[0]
  if (!winner) return null
  // A day every passage of which is a misfit (the day of a report, of another clause's deed) is no rival to a day that
  // fits; a misfit figure still is ("a count added to the total" keeps a total unsure).
  const runner = options.misfitsAside ? ranked.slice(1).find((g) => !g.all.every((s) => s.found.misfit)) : ranked[1]
  const from = winner.best.candidate
  const margin = runner ? winner.total - runner.total : Infinity
  // A sentence that writes the winner as the agent of the question's verb ("represented by Ivo Lask") and a rival
  // beside it not so tells them apart by what it says, not by how near each stands to the question's words.
  const byDeed =
    winner.best.found.byAgent === true && runner !== undefined && runner.best.found.byAgent !== true && runner.best.candidate.id === winner.best.candidate.id
  // Two things in one sentence are told apart by where they stand, a finer measure than how well two passages answer.
  const needed = runner && runner.best.candidate.id === from.id ? SAME_SENTENCE_MARGIN : SURE_MARGIN
  // A sentence that says less of the question in its own words will do when what it holds is plainly of
  // the kind asked for (a count of the very thing) and nothing else comes near.
  // And never from a sentence that leaves out a name the question gives, nor a find the question's form counts against.
  // Only an amount of the very thing asked for, or the doer of the question's deed ("Tokayev's request"), may come
  // from a sentence that leaves out an idea of the question: "Secretary General Zas told reporters …" fits "who
  // was the general running it?" by a word of a title, not by running it.
  // A sentence that speaks of the one asked about as "him" says as much as one that names him.
  const says = ({ candidate, found: f }: Scored) => {
    const c = candidate.referred ?? candidate
    return (
      !c.missesName &&
      !f.misfit &&
      ((c.own >= SURE_OWN && c.gap < MAX_GAP) ||
        (c.own >= SURE_OWN_FITTING &&
          (c.gap < MAX_GAP || f.value !== undefined || f.agent === true) &&
          (f.bonus ?? 0) >= FITS &&
          (margin >= CLEAR_MARGIN || (byDeed && f.byAgent === true))))
    )
  }
  // The answer is as sure as the passage that says it most plainly, if not the one where it scores best ("led by
  // Serdyukov" in one article, "commanded by Serdyukov" in another that leaves out the alliance's name); unless the
  // passage it scores best in counts against it ("forces would be sent to Kazakhstan" for who sent them).
  const lead = (winner.best.found.misfit ? [] : winner.all.filter(says)).sort((a, b) => b.score - a.score)[0] ?? winner.best
  const close = margin < needed && !byDeed
  // Two articles that each say it plainly but give different figures: the reports differ, and the answer says so.
  // A third figure as close is no second report but a muddle: no figure is bet on.
  const third = ranked.slice(1).find((g) => g !== runner && !(options.misfitsAside && g.all.every((x) => x.found.misfit)))
  const closeRival =
    options.disputed === true &&
    close &&
    (third === undefined || winner.total - third.total >= needed) &&
    says(lead) &&
    says(runner!.best) &&
    runner!.best.candidate.article !== lead.candidate.article &&
    sameMeasure(lead.found, runner!.best.found)
      ? runner!.best
      : undefined
  // However far behind it scores, a later article's count of the very thing ("19 members of the security forces" a
  // week on, where the first report said 18) is a report that revises the winner's, not a weaker answer.
  const revision =
    options.disputed === true && !closeRival && says(lead)
      ? ranked
          .slice(1)
          .map((g) => g.best)
          .filter((s) => says(s) && revises(s, lead))
          .sort((a, b) => b.candidate.article.date!.localeCompare(a.candidate.article.date!) || b.score - a.score)[0]
      : undefined
  const rival = closeRival ?? revision
  const disputed = rival !== undefined
  // "Which countries ...?" answered with one: only when no other stands anywhere near it.
  const sure = says(lead) && (!close || disputed) && (!options.several || margin >= CLEAR_MARGIN)
  const others = winner.all
    .filter((s) => s.candidate.id !== lead.candidate.id)
    .sort((a, b) => b.score - a.score)
    .filter((s, i, list) => list.findIndex((t) => t.candidate.id === s.candidate.id) === i)
    .slice(0, MAX_SOURCES - 1)
  // Of two reports that differ, the later one leads: news revises its figures ("4,400 detained" on Saturday, "9,900" by Tuesday).
  // Not where the question names a day: that day's figure is asked for, not the latest (`missesDay` is then set).
  const latestFirst = rival && lead.candidate.missesDay === undefined && (rival.candidate.article.date ?? '') > (lead.candidate.article.date ?? '')
  const [first, other] = latestFirst ? [rival, lead] : [lead, rival]
  const cited = disputed ? [first, other!, ...others] : [lead, ...others]
  return {
    answer: disputed ? `${first.found.text} (other reports: ${other!.found.text})` : asWrittenByOne([lead, ...others]),
    sources: cited.map((s) => ({
      candidate: s.candidate,
      focus: { start: s.candidate.sentence.start + s.found.start, end: s.candidate.sentence.start + s.found.end },
    })),
    sure,
    likeliest: ranked.slice(0, LIKELIEST).map((g) => g.best.candidate),
  }
}

/**
 * The lead's text, or where it gives a day only by its name ("Thursday, January
 * 13, 2022", from "on Thursday") the same day with its date as another cited
 * passage writes it ("… (“13 January”)"): the reader sees the day in the
 * article's own words, and finds them in the excerpts.
 */
function asWrittenByOne([lead, ...others]: readonly Scored[]): string {
  const text = lead!.found.text
  if (WRITTEN_DATE.test(text)) return text
  // "… (“the same day”)", "… (“two days later”)": a day told by another day is shown as a passage that dates it writes it.
  const day = text.replace(/ \(“[^”]*”\)$/, '')
  return others.map((s) => s.found.text).find((t) => t.startsWith(`${day} (“`) && WRITTEN_DATE.test(t)) ?? text
}
// A written form with a number in it: a date, not "the same day".
const WRITTEN_DATE = /\(“[^”]*\d[^”]*”\)$/

/**
 * A dated article's count of what the question counts, later than another dated one's different count of it and
 * near it (18 and then 19 dead, 164 and then 225): a revision, not a part ("900 peacekeepers, part of the force"
 * of 2,500), a count added ("a further 600 troops") or another day's, which stand further off.
 */
function revises(later: Scored, earlier: Scored): boolean {
  const [a, b] = [later.candidate.article.date, earlier.candidate.article.date]
  const [x, y] = [later.found.value ?? 0, earlier.found.value ?? 0]
  // A count of another day than the question names revises nothing ("the toll on the 3rd" is not Monday's).
  return (
    !!a &&
    !!b &&
    a > b &&
    later.candidate.missesDay !== true &&
    later.found.key !== earlier.found.key &&
    (later.found.bonus ?? 0) >= FITS &&
    (earlier.found.bonus ?? 0) >= FITS &&
    sameMeasure(later.found, earlier.found) &&
    Math.max(x, y) / Math.min(x, y) <= REVISION_RATIO
  )
}
// How far apart two reports of one count may be: revisions move a figure, they rarely treble it.
const REVISION_RATIO = 1.5

/** Two figures that could be reports of one quantity: both fit what is counted, within a factor of three. */
function sameMeasure(a: Found, b: Found): boolean {
  if (a.value === undefined || b.value === undefined || a.value <= 0 || b.value <= 0) return false
  return (a.bonus ?? 0) >= 0 && (b.bonus ?? 0) >= 0 && Math.max(a.value, b.value) / Math.min(a.value, b.value) < 3
}
