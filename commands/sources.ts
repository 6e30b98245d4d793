import { SlashCommandBuilder } from 'discord.js'
import type { Command } from '../src/bot/index.ts'
import { renderSources } from '../src/bot/index.ts'
import { toReply } from '../src/bot/index.ts'

/** `/sources`: the articles in the corpus, with title, outlet, date and file. */
export default {
  data: new SlashCommandBuilder().setName('sources').setDescription('The articles the bot answers from.'),

  async execute(interaction, ctx) {
    const engine = ctx.engine()
    const list = engine.sources()
    ctx.outcome.articles = list.length
    await interaction.reply(toReply(renderSources(list, engine.version)))
  },
} satisfies Command
