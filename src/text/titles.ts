/**
 * The words of a person's post, in one place for the entity finder, the
 * speaker finder and the people of an article: titles written before a name
 * ("Kazakh President Kassym-Jomart Tokayev"), the nouns that make a phrase a
 * role ("a leading Moscow foreign policy expert"), and the few of those that
 * stand lowercase right before a name ("Nato secretary-general Jens Stoltenberg").
 */

/** Titles and roles that stand before a name, capitalised as news copy writes them ("President", "MP", "CEO"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  `President Vice Prime Minister Secretary Foreign Defense Defence Interior State General Gen Director Head Chief
Chairman Chairwoman Chair Spokesman Spokeswoman Spokesperson Ambassador Envoy Senator Sen Rep Representative
Congressman Congresswoman Lawmaker MP Governor Mayor King Queen Prince Sheikh Pope Premier Chancellor Professor Prof
Dr Mr Mrs Ms Associate Assistant Adviser Advisor Former Ex Acting Deputy Colonel Col Lieutenant Captain Sergeant
Commander Admiral Marshal Judge Justice Attorney Leader Editor Editor-in-Chief Analyst Expert CEO Secretary-General
Secretary-general Republican Democrat Member Official Officer`.split(/\s+/),
)

/** {@link TITLE_WORDS} in lower case, for a word whatever its case ("president", "mp"). */
export const TITLE_WORDS_LOWER: ReadonlySet<string> = new Set([...TITLE_WORDS].map((w) => w.toLowerCase()))

// Role nouns as regular-expression alternatives; a plural "s" may follow each.
const ROLE_NOUN_LIST = `president secretary minister director head chief editor(?:-in-chief)? adviser advisor
spokes(?:man|woman|person) expert analyst professor fellow researcher official ambassador senator lawmaker legislator mp
governor leader chair(?:man|woman)? commander general officer diplomat envoy founder ceo economist scholar correspondent
journalist author deputy representative politician lawyer historian scientist mayor republican democrat member observer
strategist commentator`.split(/\s+/)

/** The role nouns as one regular-expression alternation ("president|secretary|…"), for patterns built around them. */
export const ROLE_NOUN_ALTERNATIVES = ROLE_NOUN_LIST.join('|')

/** Nouns that make a phrase a role, in any case and either number ("a leading Moscow foreign policy expert"). */
export const ROLE_NOUNS = new RegExp(`\\b(?:${ROLE_NOUN_ALTERNATIVES})s?\\b`, 'i')

/**
 * The role nouns that may stand right before a name with no comma, as written
 * there: lowercase, but "MP" ("Nato secretary-general Jens Stoltenberg",
 * "opposition MP Jane Doe"). A subset of {@link ROLE_NOUNS} on purpose: the
 * others ("fellow", "member", "official", "observer") describe rather than
 * title someone and need an "of ..." or a comma before the name.
 *
 * @example
 * ```ts
 * ROLES_BEFORE_NAME.includes('secretary-general') // => true
 * ```
 */
export const ROLES_BEFORE_NAME: readonly string[] = `secretary-general secretary president minister director editor-in-chief
editor spokesman spokeswoman spokesperson adviser advisor head chief leader expert professor analyst ambassador general
commander MP senator governor mayor`.split(/\s+/)
