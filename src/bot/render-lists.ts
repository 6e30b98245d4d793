import { EXAMPLE_QUESTIONS } from './examples.ts'
import { ButtonStyle, ComponentType } from 'discord.js'
import type { APIEmbed } from 'discord.js'
import { printableName } from '../corpus/index.ts'
import type { ArticleSummary } from '../engine/index.ts'
import type { Quote } from '../quotes/index.ts'
import { describePeriod, eventWhen, type Period, type TimelineEvent, type TimelineScope } from '../dates/index.ts'
import { encodeCustomId } from './custom-id.ts'
import { fitMessage, LIMITS, type RenderedMessage } from './limits.ts'
import { escapeMarkdown, squashSpace, truncateWords } from './markdown.ts'
import { button, COLORS } from './render.ts'

/** Events per page of /timeline. */
export const EVENTS_PER_PAGE = 8
/** Quotations shown by one /quote. */
export const QUOTES_SHOWN = 10

/**
 * Renders /quote results: one field per quotation with speaker, role, article and date.
 *
 * @example
 * ```ts
 * renderQuotes(engine.quotes({ speaker: 'Antony Blinken' }), { speaker: 'Antony Blinken' })
 * ```
 */
export function renderQuotes(quotes: readonly Quote[], query: { speaker?: string; text?: string }, total = quotes.length): RenderedMessage {
  const asked = [query.speaker && `speaker “${query.speaker}”`, query.text && `words “${query.text}”`].filter(Boolean).join(' and ')
  if (quotes.length === 0) {
    const text = asked ? `No quotation in the articles matches ${asked}.` : 'The articles contain no attributed quotations.'
    return { content: `${escapeMarkdown(text)} Try \`/quote\` with fewer words, or pick a speaker from the suggestions.`, embeds: [], components: [] }
  }
  const shown = quotes.slice(0, QUOTES_SHOWN)
  const embed: APIEmbed = {
    color: COLORS.info,
    title: truncateWords(`Quotations${asked ? ` — ${escapeMarkdown(asked)}` : ''}`, LIMITS.title),
    fields: shown.map((q) => ({
      name: truncateWords(escapeMarkdown(q.role ? `${q.speaker}, ${q.role}` : q.speaker), LIMITS.fieldName),
      value: truncateWords(`> “${escapeMarkdown(squashSpace(q.text))}”\n— *${escapeMarkdown(q.title)}*${q.date ? `, ${q.date}` : ''}`, LIMITS.fieldValue),
    })),
    footer: { text: total > shown.length ? `Showing ${shown.length} of ${total} quotations` : `${total} quotation${total === 1 ? '' : 's'}` },
  }
  return fitMessage({ embeds: [embed], components: [] })
}

/** Number of /timeline pages (at least 1). */
export function timelinePages(events: readonly TimelineEvent[]): number {
  return Math.max(1, Math.ceil(events.length / EVENTS_PER_PAGE))
}

/** What a /timeline page shows besides its events. */
export interface TimelineView {
  scope: TimelineScope
  /** The corpus's own period, or `null` when nothing is dated to the day. */
  period: Period | null
  /** Article titles by file name: an entry names its article, not its file. */
  titles: ReadonlyMap<string, string>
}

const SCOPE_TITLES: Record<TimelineScope, string> = { period: 'Timeline', background: 'Background history', all: 'Timeline, background included' }

/**
 * Renders one page of a timeline with Previous/Next buttons whose ids carry the target page and the scope.
 *
 * @example
 * ```ts
 * renderTimeline(events, 0, { scope: 'period', period, titles }).embeds[0].title // => 'Timeline: January 5–10, 2022'
 * ```
 */
export function renderTimeline(
  events: readonly TimelineEvent[],
  page = 0,
  view: TimelineView = { scope: 'all', period: null, titles: new Map() },
): RenderedMessage {
  const other = view.scope === 'period' ? ' Try `/timeline scope:background` for the history the articles recall.' : ''
  if (events.length === 0)
    return {
      content: `The articles contain no dated events${view.scope === 'background' ? ' outside their own period' : ''}.${other}`,
      embeds: [],
      components: [],
    }
  const pages = timelinePages(events)
  const p = Math.min(Math.max(0, page), pages - 1)
  const lines = events.slice(p * EVENTS_PER_PAGE, (p + 1) * EVENTS_PER_PAGE).map((e) => {
    const sentence = truncateWords(escapeMarkdown(squashSpace(e.sentence)), 380)
    const title = truncateWords(escapeMarkdown(view.titles.get(e.source) ?? e.source), 200)
    return `**${eventWhen(e)}** · *${escapeMarkdown(squashSpace(e.phrase))}*\n${sentence} — *${title}*`
  })
  const period = view.period && view.scope !== 'all' ? `: ${view.scope === 'background' ? 'outside ' : ''}${describePeriod(view.period)}` : ''
  const embed: APIEmbed = {
    color: COLORS.info,
    title: truncateWords(SCOPE_TITLES[view.scope] + period, LIMITS.title),
    // Whole events only: a half-shown event would lose its date or its source.
    description: joinWithin(lines, '\n\n', LIMITS.description),
    footer: {
      text: `Page ${p + 1}/${pages} · ${events.length} dated events${view.scope === 'period' ? ' · scope:background for the history the articles recall' : ''}`,
    },
  }
  const at = (dir: 'prev' | 'next', to: number) => encodeCustomId({ kind: 'timeline-page', dir, page: to, scope: view.scope })
  const prev = button(at('prev', Math.max(0, p - 1)), '◀ Earlier', ButtonStyle.Secondary, p === 0)
  const next = button(at('next', Math.min(pages - 1, p + 1)), 'Later ▶', ButtonStyle.Primary, p >= pages - 1)
  return fitMessage({ embeds: [embed], components: pages > 1 ? [{ type: ComponentType.ActionRow, components: [prev, next] }] : [] })
}

/**
 * Renders /sources: each article's title, outlet, date and file, as many as fit;
 * with `filter`, the articles that matched its search among `of`.
 *
 * @example
 * ```ts
 * renderSources(engine.sources(), engine.version).embeds[0].description // => '**Putin is taking…** — …'
 * renderSources(engine.findSources('nato'), engine.version, { search: 'nato', of: 5 }).embeds[0].title // => 'Articles matching “nato” (2 of 5)'
 * ```
 */
export function renderSources(list: readonly ArticleSummary[], version: string, filter?: { search: string; of: number }): RenderedMessage {
  if (list.length === 0 && filter) {
    const text = `No article's title, outlet or file name matches “${filter.search}”.`
    return { content: `${escapeMarkdown(text)} Try fewer words, or \`/sources\` alone for all ${filter.of}.`, embeds: [], components: [] }
  }
  if (list.length === 0) return { content: 'The corpus folder has no articles yet.', embeds: [], components: [] }
  const lines = list.map((a) => {
    const date = a.date ? `${a.date}${a.dateInferred ? ' (inferred)' : ''}` : 'undated'
    return `**${escapeMarkdown(a.title)}** — ${escapeMarkdown(a.outlet ?? 'unknown outlet')}, ${date} · ${escapeMarkdown(printableName(a.source))}`
  })
  const title = filter ? `Articles matching “${filter.search}” (${list.length} of ${filter.of})` : `Articles in the corpus (${list.length})`
  const embed: APIEmbed = {
    color: COLORS.info,
    title: truncateWords(escapeMarkdown(title), LIMITS.title),
    description: joinWithin(lines, '\n', LIMITS.description),
    footer: { text: `corpus ${version}` },
  }
  return fitMessage({ embeds: [embed], components: [] })
}

/** /help: what the bot knows and how to ask. */
export function renderHelp(stats: { articles: number; version: string }): RenderedMessage {
  const embed: APIEmbed = {
    color: COLORS.info,
    title: 'About this bot',
    description: [
      `I answer questions about the January 2022 CSTO troop deployment to Kazakhstan from ${stats.articles} news articles, and prove every answer with verbatim excerpts you can check.`,
      '',
      '**/ask** `question` — a short answer with cited excerpts. Add `private:True` to see it alone. Use **More sources** and **Show context** under the answer.',
      '**/quote** `speaker` `text` — who said what, with role, article and date.',
      '**/timeline** — the dated events of the deployment, page by page; `scope:background` for the history the articles recall.',
      '**/sources** `search` — the articles I know, or those whose title, outlet or file name match.',
      '',
      `*Examples:* ${EXAMPLE_QUESTIONS.map((q) => `“${q}”`).join(', ')}`,
      "When the articles don't cover a question, I say so rather than guess.",
    ].join('\n'),
    footer: { text: `corpus ${stats.version} · no internet, no language model` },
  }
  return fitMessage({ embeds: [embed], components: [] })
}

/** Joins whole items until `max` would be exceeded, then says how many were left out. */
function joinWithin(items: readonly string[], sep: string, max: number): string {
  let out = ''
  for (let i = 0; i < items.length; i++) {
    const more = `${sep}…and ${items.length - i} more`
    const next = (out ? out + sep : '') + items[i]
    if (next.length + (i < items.length - 1 ? more.length : 0) > max) return out ? out + more : truncateWords(items[i]!, max)
    out = next
  }
  return out
}
