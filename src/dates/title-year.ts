/**
 * "Kazakhstan in 2022: a timeline", first published in January 2022: the one year a title names, where the page is
 * dated in it, is the year of the days it gives without one ("**2 Nov** — …"), not the year nearest its date.
 *
 * @example
 * ```ts
 * titleYear('Kazakhstan in 2022: a timeline', '2022-01-21') // => 2022
 * titleYear('One year on from 2022', '2023-01-05')          // => null
 * ```
 */
export function titleYear(title: string, anchor: string | null): number | null {
  // String(): an article built elsewhere than the loader may come without its title; its days still resolve.
  const years = new Set([...String(title).matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0])))
  const [year] = years
  return years.size === 1 && anchor !== null && Number(anchor.slice(0, 4)) === year ? year : null
}
