import { squashSpace, stripBidi } from './markdown.ts'

/** The longest question /ask accepts, in characters after trimming. */
export const MAX_QUESTION_LENGTH = 300

/** A question ready for the engine, or the reason it was refused (shown to the user). */
export type QuestionCheck = { ok: true; question: string } | { ok: false; reason: 'empty' | 'too-long'; message: string }

/**
 * Trims and squashes whitespace and drops bidi controls, then refuses empty questions and those over
 * {@link MAX_QUESTION_LENGTH} characters with a message for the user.
 *
 * @example
 * ```ts
 * checkQuestion('  How many   troops? ') // => { ok: true, question: 'How many troops?' }
 * checkQuestion('   ').ok // => false
 * ```
 */
export function checkQuestion(raw: string | null | undefined): QuestionCheck {
  const question = squashSpace(stripBidi(raw ?? ''))
  if (question === '') return { ok: false, reason: 'empty', message: 'Your question is empty. Try something like: How many troops did the CSTO send?' }
  if (question.length > MAX_QUESTION_LENGTH)
    return {
      ok: false,
      reason: 'too-long',
      message: `Your question is ${question.length} characters; please keep it under ${MAX_QUESTION_LENGTH}. One question at a time works best.`,
    }
  return { ok: true, question }
}
