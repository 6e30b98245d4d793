import { SlashCommandBuilder } from 'discord.js'
import type { Command } from '../src/bot/index.ts'
import { renderSources, stripBidi } from '../src/bot/index.ts'
import { toReply } from '../src/bot/index.ts'

/** `/sources [search]`: the articles in the corpus, with title, outlet, date and file; with `search`, those that match it. */
export default {
  data: new SlashCommandBuilder()
    .setName('sources')
    .setDescription('The articles the bot answers from.')
    .addStringOption((o) => o.setName('search').setDescription('Words of the title, outlet or file name (typos are fine)').setMaxLength(100)),

  async execute(interaction, ctx) {
    const engine = ctx.engine()
    // What the user typed is echoed in the reply: without bidi controls.
    const search = stripBidi(interaction.options.getString('search') ?? '').trim()
    const list = search ? engine.findSources(search) : engine.sources()
    ctx.outcome.articles = list.length
    await interaction.reply(toReply(renderSources(list, engine.version, search ? { search, of: engine.sources().length } : undefined)))
  },
} satisfies Command
