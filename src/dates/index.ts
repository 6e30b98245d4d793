/**
 * When: date expressions resolved against their article's date, dates inferred
 * for undated articles, date answers, and the timeline of events.
 */

export { bestDateIn, describeDates } from './answers.ts'
export { buildDateIndex, dateIndexFromData, type DateIndex, type DateIndexData } from './date-index.ts'
export { detectMentions, type Mention } from './resolve.ts'
export { formatDate, type Granularity } from './math.ts'
export { type TimelineEvent } from './types.ts'
export { corpusPeriod, describePeriod, eventWhen, inPeriod, scopeTimeline, type Period, type TimelineScope } from './period.ts'
