import { MessageFlags, SlashCommandBuilder } from 'discord.js'
import type { Command } from '../src/bot/index.ts'
import { resolveSource, shortHash } from '../src/bot/index.ts'
import { checkQuestion, EXAMPLE_QUESTIONS, MAX_QUESTION_LENGTH } from '../src/bot/index.ts'
import { readQuestion, renderAsk, renderContext, renderNotice, replyKind, toEdit, toReply } from '../src/bot/index.ts'

/** `/ask question:<text> [private:<bool>]`: a short answer proved by cited excerpts. */
export default {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask about the January 2022 CSTO deployment to Kazakhstan; answers cite the articles.')
    .addStringOption((o) =>
      o.setName('question').setDescription(`Your question, e.g. ${EXAMPLE_QUESTIONS[0]}`).setRequired(true).setMaxLength(MAX_QUESTION_LENGTH),
    )
    .addBooleanOption((o) => o.setName('private').setDescription('Only you see the answer (default: False)')),
  rateLimited: true,
  buttons: ['ask-page', 'ask-context'],

  async execute(interaction, ctx) {
    const check = checkQuestion(interaction.options.getString('question'))
    if (!check.ok) {
      ctx.outcome.refused = check.reason
      await interaction.reply(toReply(renderNotice(check.message), { ephemeral: true }))
      return
    }
    const ephemeral = interaction.options.getBoolean('private') ?? false
    // Searching may outlast Discord's 3-second window on a large corpus: acknowledge first.
    await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {})
    if (ctx.logQuestions) ctx.log.info({ question: check.question }, 'question')
    else ctx.log.debug({ question: check.question }, 'question')
    const result = ctx.engine().ask(check.question)
    ctx.outcome.answered = result.answer !== null
    ctx.outcome.reply = replyKind(result)
    ctx.outcome.citations = result.citations.length
    ctx.outcome.private = ephemeral
    await interaction.editReply(toEdit(renderAsk(result, 0)))
  },

  async button(interaction, state, ctx) {
    const engine = ctx.engine()
    if (state.kind === 'ask-page') {
      const question = readQuestion(interaction.message.embeds)
      if (question === null || shortHash(question) !== state.hash) {
        ctx.outcome.staleButton = true
        await interaction.reply(toReply(renderNotice('I could not read this answer back. Please ask the question again.'), { ephemeral: true }))
        return
      }
      // Re-asking can outlast the 3-second window on a large corpus: acknowledge the click first.
      await interaction.deferUpdate()
      const result = engine.ask(question)
      ctx.outcome.page = state.page
      await interaction.editReply(toEdit(renderAsk(result, state.page)))
      return
    }
    if (state.kind !== 'ask-context') throw new Error(`ask: cannot handle button kind "${state.kind}"`)
    const source = resolveSource(
      state.source,
      engine.sources().map((s) => s.source),
    )
    const context = source === null ? null : engine.context(source, state.start)
    if (context === null) {
      ctx.outcome.staleButton = true
      await interaction.reply(toReply(renderNotice('That article is no longer in the corpus. Please ask again.'), { ephemeral: true }))
      return
    }
    await interaction.reply(toReply(renderContext(context, state.n, state), { ephemeral: true }))
  },
} satisfies Command
