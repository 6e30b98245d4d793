/**
 * Numbers written as words, for reading amounts in articles and in questions.
 */

/** The units written as words, by their value. */
export const UNITS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 }
/** The tens written as words, by their value. */
export const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 }
/** The numbers news copy writes as single words ("four", "eleven", "thousand"), by their value. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  ...UNITS,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  ...TENS,
  hundred: 100,
  thousand: 1000,
}
