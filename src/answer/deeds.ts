import { conceptMatch, type Concept } from '../search/index.ts'
import { LIGHT_VERBS, isVerbLemma, isVerbOnly, lemmaOf } from '../text/index.ts'
import { termsOfSentence, type Candidate, type ExtractionContext } from './context.ts'
import { ROLE_WORD } from './question.ts'
import { SAYING, saidAfter } from './speech.ts'
import { tellsOfSuccession } from './succession.ts'

/**
 * Whether the sentence a short answer comes from says the question's deed at all: "Where did the paratroopers take
 * off from?" is not answered by "contingents from Belarus", nor "who will pay the toll?" by the minister who
 * announced it.
 */

/**
 * True when the sentence a short answer comes from does not say the deed the question asks of a place or a person
 * (`succession`: the question asks who came into a post or went, which a sentence tells in words of its own;
 * `others`: the passages the answer was looked for in).
 *
 * @example
 * ```ts
 * deedUntold(ctx, "Velmar's minister, Ilse Brandt, announced a new toll.", 'Ilse Brandt', false, pool) // => true, for "who will pay the toll"
 * ```
 */
export function deedUntold(ctx: ExtractionContext, text: string, answer: string, succession: boolean, others: readonly Candidate[]): boolean {
  if (ctx.question.kind === 'place') {
    // "… asked about trucks stuck at which crossing": the deed is the one the place is asked of, before its preposition.
    const before = STRANDED_AFTER.exec(ctx.question.normalized)?.[1]
    // A verb's past or -ing form, or an irregular one ("stuck"), not a noun ("trucks at").
    const stranded = before !== undefined && (/(?:ed|ing)$/.test(before) || lemmaOf(before) !== before) ? before : undefined
    const deed = ctx.concepts.find((c) => stranded !== undefined && c.asked === stranded) ?? deedAsked(ctx, false)
    return deed !== undefined && !says(ctx, deed, text)
  }
  // "Which country's troops were guarding the airport": a country in a sentence that tells of no guarding did something
  // else, where another passage tells of it ("withdrew its forces from Kazakhstan").
  if (ctx.question.kind === 'countries') {
    const deed = deedAsked(ctx, true)
    // Only a passage as much about the question tells of the deed asked: "the power plants are guarded by police" is
    // another guarding than the airport's.
    const own = others.find((c) => c.sentence.text === text)?.coverage ?? 0
    return deed !== undefined && !says(ctx, deed, text) && others.some((c) => c.coverage >= own && says(ctx, deed, c.sentence.text))
  }
  return ctx.question.kind === 'person' && !succession && personDeedUnsaid(ctx, text, answer, others)
}

// The question's word for a deed: a multiword verb ("pull out"), a word only ever a verb ("landed"), and where a
// participle may be the deed, its -ing or -ed form ("troops were guarding"; a place question's "returning troops" is
// who, not what).
const deedAsked = (ctx: ExtractionContext, participles: boolean) =>
  ctx.concepts.find(
    (c) => c.asked !== undefined && (c.asked.includes('_') || isVerbOnly(c.asked) || (participles && /(?:ing|ed)$/.test(c.asked) && isVerbLemma(c.asked))),
  )

/**
 * A person question's verb ("who will pay", "who built") in no form in the sentence, where another passage tells the
 * deed in the question's words: the person named did something else. "Karl Ebb overpowered Uwe Sand" may be how the
 * only account of who won puts it. A verb of holding a post ("who runs the fund") may be said by a post instead ("X,
 * head of the fund"), by words of holding one ("in charge of") or of coming into one ("took over"), and by nothing
 * else, however the other passages put it; any verb of saying tells who announced something; a light verb ("made
 * the offer") or a mistyped one ("haeds") says too little to look for, and a question of who came into a post or
 * went is read by the succession rules instead (`succession`).
 */
function personDeedUnsaid(ctx: ExtractionContext, text: string, answer: string, others: readonly Candidate[]): boolean {
  const verb = ctx.question.subjectOf
  const concept = ctx.concepts.find((c) => c.asked === verb || c.asked?.startsWith(`${verb}_`))
  if (verb === null || concept === undefined || !isVerbLemma(verb) || LIGHT_VERBS.has(verb)) return false
  if (says(ctx, concept, text)) return false
  // "Hanna Berg opened a new hospital" tells of no one who runs it, whatever the other passages say.
  const holding = HOLDING_POST.test(verb)
  if (holding && !ROLE_WORD.test(text) && !ROLE_WORD.test(answer) && !HOLDS_POST.test(text) && !tellsOfSuccession(text)) return true
  if (!others.some((c) => says(ctx, concept, c.sentence.text))) return false
  if (SAYING_VERB.test(verb) && SAID.test(text)) return false
  // "…, Prime Minister Karin Holt said": the one who tells of it holds no post the sentence speaks of.
  const surname = /^[^,]*?([\p{Lu}][\p{L}'’-]+)(?=,|$)/u.exec(answer)?.[1]
  const at = surname === undefined ? -1 : text.lastIndexOf(surname)
  const speaks = at >= 0 && saidAfter(text.slice(at + surname!.length))
  return !(holding && !speaks && (ROLE_WORD.test(text) || ROLE_WORD.test(answer)))
}

const says = (ctx: ExtractionContext, concept: Concept, text: string) => conceptMatch(concept, termsOfSentence(ctx, text)) > 0

const SAID = new RegExp(String.raw`\b(?:${SAYING})\b`)
/** A question's verb of saying or reporting ("who announced", "who reported"). */
export const SAYING_VERB = /^(?:announc\w*|declar\w*|stated?|states|stating|sa(?:y|ys|id|ying)|told|tell\w*|report\w*|confirm\w*|reveal\w*|claim\w*)$/
/** Words a sentence tells a post held in ("led", "has managed", "oversees", "director"), as alternatives. */
export const HOLDING_FORMS = String.raw`leads|led|leading|heads|headed|heading|runs|ran|running|command(?:s|ed|ing|er)?|chairs|chaired|chairing|directs|directed|director|manages|managed|managing|manager|oversees|oversaw|overseeing`
// A post held told in words of their own: "in charge of", "at the helm of", "has managed the hospital since 2019";
// a verb, not "ran for mayor", "managed to open", "led him to visit" or "directly".
const HOLDS_POST = new RegExp(String.raw`\b(?:in charge|at the helm|(?:${HOLDING_FORMS})\b(?!\s+(?:for|to)\b)(?!(?:\s+\S+){1,2}\s+to\b))`, 'i')
/** A question's verb of holding a post ("who runs", "who led", "who was commanding"). */
export const HOLDING_POST =
  /^(?:lead|led|leads|leading|head|heads|headed|heading|run|runs|ran|running|command\w*|chair\w*|direct\w*|manag\w*|oversee\w*|oversaw)$/
// The word before the preposition a place question ends on ("… trucks stuck at").
const STRANDED_AFTER = /\b([a-z]+)\s+(?:at|in|from|to|into|through|near|on)$/
