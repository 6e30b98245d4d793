/**
 * A change one way or the other ("went up", "was cut"): a figure told of a
 * change the other way than the question's answers another question.
 */

// Words of a change up or down: "after the price went up" is not answered by what it was cut to.
const UP =
  /\b(?:(?:went|go|goes|gone|going) up|rais(?:e|ed|es|ing)|ris(?:e|es|en|ing)|rose|increas\w*|hik(?:e|ed|es|ing)|jump\w*|soar\w*|doubl(?:e|ed|es|ing)|tripl(?:e|ed|es|ing)|climb\w*|surg(?:e|ed|es|ing)|spik(?:e|ed|es|ing)|skyrocket\w*)\b/i
const DOWN =
  /\b(?:(?:went|go|goes|gone|going) down|cut|cuts|cutting|lower(?:ed|s|ing)?|reduc\w*|fell|fall(?:s|en|ing)?|dropp?\w*|slash\w*|decreas\w*|halv\w*|plung\w*|roll(?:ed|s)? back)\b/i

/**
 * True when the question asks about a change one way ("after the price went
 * up") and the words just before a figure tell only of a change the other way
 * ("agreed to cut the price to 90"): the figure answers another question.
 * Another change elsewhere in the sentence ("internet access was cut") is not the figure's.
 */
export function oppositeChange(question: string, text: string, at: number): boolean {
  const [up, down] = [UP.test(question), DOWN.test(question)]
  if (up === down) return false
  const before = text.slice(Math.max(0, at - CHANGE_REACH), at)
  return up ? DOWN.test(before) && !UP.test(before) : UP.test(before) && !DOWN.test(before)
}

const CHANGE_REACH = 50
