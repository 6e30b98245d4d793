import { SlashCommandBuilder } from 'discord.js'
import type { Command } from '../src/bot/index.ts'
import { renderTimeline } from '../src/bot/index.ts'
import { toEdit, toReply } from '../src/bot/index.ts'

/** `/timeline`: the corpus's dated events, paged with buttons. */
export default {
  data: new SlashCommandBuilder().setName('timeline').setDescription('The dated events of the deployment, in order.'),
  buttons: ['timeline-page'],

  async execute(interaction, ctx) {
    const events = ctx.engine().timeline()
    ctx.outcome.events = events.length
    await interaction.reply(toReply(renderTimeline(events, 0)))
  },

  async button(interaction, state, ctx) {
    if (state.kind !== 'timeline-page') throw new Error(`timeline: cannot handle button kind "${state.kind}"`)
    ctx.outcome.page = state.page
    await interaction.update(toEdit(renderTimeline(ctx.engine().timeline(), state.page)))
  },
} satisfies Command
