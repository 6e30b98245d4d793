import { SlashCommandBuilder } from 'discord.js'
import type { Command } from '../src/bot/index.ts'
import { renderTimeline, type TimelineView } from '../src/bot/index.ts'
import { toEdit, toReply } from '../src/bot/index.ts'
import type { Engine } from '../src/engine/index.ts'
import { corpusPeriod, scopeTimeline, type TimelineEvent, type TimelineScope } from '../src/dates/index.ts'

const SCOPES: readonly TimelineScope[] = ['period', 'background', 'all']

/** The events of `scope` and how to show them: the period is worked out from the engine's own dates on every call, so a corpus change moves it. */
function timelineOf(engine: Engine, scope: TimelineScope): { events: TimelineEvent[]; view: TimelineView } {
  const all = engine.timeline()
  const sources = engine.sources()
  const period = corpusPeriod(
    all,
    sources.map((s) => s.date),
  )
  return { events: scopeTimeline(all, period, scope), view: { scope, period, titles: new Map(sources.map((s) => [s.source, s.title])) } }
}

/** `/timeline [scope]`: the dated events of the deployment (or the background history), paged with buttons. */
export default {
  data: new SlashCommandBuilder()
    .setName('timeline')
    .setDescription('The dated events of the deployment, in order.')
    .addStringOption((o) =>
      o
        .setName('scope')
        .setDescription('Which events (default: the deployment itself)')
        .addChoices(
          { name: 'The deployment (the articles’ own days)', value: 'period' },
          { name: 'Background history the articles recall', value: 'background' },
          { name: 'Everything', value: 'all' },
        ),
    ),
  buttons: ['timeline-page'],

  async execute(interaction, ctx) {
    const asked = interaction.options.getString('scope')
    const scope = SCOPES.find((s) => s === asked) ?? 'period'
    const { events, view } = timelineOf(ctx.engine(), scope)
    ctx.outcome.events = events.length
    ctx.outcome.scope = scope
    await interaction.reply(toReply(renderTimeline(events, 0, view)))
  },

  async button(interaction, state, ctx) {
    if (state.kind !== 'timeline-page') throw new Error(`timeline: cannot handle button kind "${state.kind}"`)
    const { events, view } = timelineOf(ctx.engine(), state.scope)
    ctx.outcome.page = state.page
    ctx.outcome.scope = state.scope
    await interaction.update(toEdit(renderTimeline(events, state.page, view)))
  },
} satisfies Command
