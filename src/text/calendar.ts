/**
 * The English names of months and weekdays, in one place for the date rules,
 * the date formats and the entity finder (to which they are capitalised words
 * that name no one).
 */

/** English month names, January first. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const

/** The abbreviations news copy writes for month names, without their full stop ("Jan", "Sept"); May has none. */
export const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'] as const

/**
 * A month's number (1–12) from its name or abbreviation in any case ("Sept.", "march"), or 0 for none.
 *
 * @example
 * ```ts
 * monthNumber('Sept.') // => 9
 * monthNumber('mar')   // => 3
 * ```
 */
export function monthNumber(name: string): number {
  const start = name.replace('.', '').toLowerCase().slice(0, 3)
  return MONTHS.findIndex((m) => m.toLowerCase().startsWith(start)) + 1
}

/** English weekday names, Sunday first (the order of `Date#getUTCDay`). */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const

/**
 * Month and weekday names and the month abbreviations, which are capitalised but name no one.
 *
 * @example
 * ```ts
 * CALENDAR_WORDS.has('Sept') // => true
 * ```
 */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set<string>([...MONTHS, ...MONTH_ABBREVIATIONS, ...WEEKDAYS])
