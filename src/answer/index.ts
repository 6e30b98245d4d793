/**
 * From a question to a short answer: what the question asks for, the candidates
 * in the retrieved passages, the one the sentences support, and the citations that
 * prove it.
 */

export { extractAnswer, type Candidate, type ExtractionContext } from './answer.ts'
export { asksReporter } from './reporters.ts'
export { nameAsked } from './given-names.ts'
export { LEGAL_PARTS } from './labeller.ts'
export { holdsClockTime } from './clock.ts'
export { MAX_EXCERPT, answerKeys, cite, relatedTitles } from './citations.ts'
export { datesIn, reconcileDates } from './date-reconcile.ts'
export { peopleOf } from './people.ts'
export { checkPeople, mergePeopleData, peopleData, peopleIndexFromData, type PeopleData, type PeopleIndex } from './people-index.ts'
export { findQuantities } from './quantities.ts'
export { analyzeQuestion, type QuestionAnalysis } from './question.ts'
export { splitQuestion } from './question-split.ts'
export { asksSuccessor, tellsOfSuccession } from './succession.ts'
export { asksSpan } from './number-finder.ts'
export { type AnswerKind, type AskResult, type AskStatus, type Citation } from './types.ts'
