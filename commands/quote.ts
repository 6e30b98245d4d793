import { SlashCommandBuilder } from 'discord.js'
import type { Command } from '../src/bot/index.ts'
import { stripBidi, truncateWords } from '../src/bot/index.ts'
import { renderQuotes } from '../src/bot/index.ts'
import { toReply } from '../src/bot/index.ts'

/** Discord allows this many autocomplete choices. */
const MAX_CHOICES = 25
const MAX_SCAN = 100

/** `/quote [speaker] [text]`: who said what, with role, article and date. */
export default {
  data: new SlashCommandBuilder()
    .setName('quote')
    .setDescription('Find quotations in the articles by speaker and/or words.')
    .addStringOption((o) => o.setName('speaker').setDescription('Who said it').setAutocomplete(true).setMaxLength(100))
    .addStringOption((o) => o.setName('text').setDescription('Words in the quotation').setMaxLength(200)),
  rateLimited: true,

  async execute(interaction, ctx) {
    // What the user typed is echoed in the reply ("No quotations from …"): without bidi controls.
    const speaker = stripBidi(interaction.options.getString('speaker') ?? '').trim() || undefined
    const text = stripBidi(interaction.options.getString('text') ?? '').trim() || undefined
    const query = { ...(speaker ? { speaker } : {}), ...(text ? { text } : {}) }
    const quotes = ctx.engine().quotes(query, MAX_SCAN)
    ctx.outcome.answered = quotes.length > 0
    ctx.outcome.quotes = quotes.length
    await interaction.reply(toReply(renderQuotes(quotes, query)))
  },

  async autocomplete(interaction, ctx) {
    const typed = interaction.options.getFocused()
    const names = ctx.engine().suggestSpeakers(typed, MAX_CHOICES).slice(0, MAX_CHOICES)
    ctx.outcome.choices = names.length
    // A value over 100 characters would be refused by Discord; such a name cannot be offered whole.
    await interaction.respond(names.filter((n) => n.length <= 100).map((n) => ({ name: truncateWords(n, 100), value: n })))
  },
} satisfies Command
