import { SlashCommandBuilder } from 'discord.js'
import type { Command } from '../src/bot/index.ts'
import { renderHelp } from '../src/bot/index.ts'
import { toReply } from '../src/bot/index.ts'

/** `/help`: what the bot knows and how to ask. */
export default {
  data: new SlashCommandBuilder().setName('help').setDescription('What this bot knows and how to ask it.'),

  async execute(interaction, ctx) {
    const engine = ctx.engine()
    await interaction.reply(toReply(renderHelp({ articles: engine.corpus.articles.length, version: engine.version }), { ephemeral: true }))
  },
} satisfies Command
