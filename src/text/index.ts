/**
 * Text analysis shared by every other folder: tokens, stems and folding, the
 * corpus lexicon, spelling correction, and the word lists of places, titles and
 * organisations.
 */

export { STOP_WORDS, foldText, porterStem, stemWord, tokenize, type Token } from './analyzer.ts'
export { CALENDAR_WORDS, MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS, monthNumber } from './calendar.ts'
export { CAPITALS, COUNTRIES, DEMONYMS, NOT_A_NAME, ORG_WORDS, REGIONS, countryOf } from './gazetteer.ts'
export { buildLexicon, canonicalTerm, lexiconInput, type Lexicon, type LexiconInput } from './lexicon.ts'
export { createSpeller, editDistance, oneEditAway, spellTerm, type Speller } from './spelling.ts'
export { ROLE_NOUNS, ROLE_NOUN_ALTERNATIVES, ROLES_BEFORE_NAME, TITLE_WORDS, TITLE_WORDS_LOWER } from './titles.ts'
export { isChatWord, normalizeChat } from './chat.ts'
export { slangMeaning, type SlangContext } from './slang.ts'
export { expandWord, narrowerKinds } from './expand.ts'
export { baseForms, isAdverb, isAdverbOnly, isLemma, isNoun, isNounNeverAdverb, isPluralNoun, isVerbLemma, isVerbOnly } from './parts-of-speech.ts'
export { isKindOf, namesPeople } from './kinds.ts'
export { LIGHT_VERBS, lemmaOf } from './lemma.ts'
export { unshouted } from './shouting.ts'
export { NUMBER_WORDS, TENS, UNITS } from './numbers.ts'
