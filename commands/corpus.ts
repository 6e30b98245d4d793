import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js'
import { downloadAttachment } from '../src/bot/index.ts'
import type { Autocomplete, ChatInput, Command, CommandContext, CorpusAdmin } from '../src/bot/index.ts'
import { stripBidi, truncateWords } from '../src/bot/index.ts'
import { renderChange, renderRefused, renderStatus } from '../src/bot/index.ts'
import { renderNotice, toEdit, toReply } from '../src/bot/index.ts'
import type { RefreshOutcome } from '../src/engine/index.ts'
import type { FrontMatter } from '../src/corpus/index.ts'
import { corpusPeers, type PeerVersion } from '../src/shard/index.ts'
import { withPeers } from '../src/shard/index.ts'

const MAX_CHOICES = 25

/**
 * Why this member may not change the corpus here, or `null` when they may:
 * only in the home server, and only with Manage Server or the moderator role.
 * Discord hides the command from others, but that is the server's setting to
 * change, so the bot checks again itself.
 */
function refusal(interaction: ChatInput | Autocomplete, admin: CorpusAdmin | undefined): string | null {
  if (!admin) return 'Corpus changes are not enabled on this bot.'
  if (!admin.homeGuildId || interaction.guildId !== admin.homeGuildId) return "Corpus commands work only in the bot's home server."
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return null
  const roles = interaction.member?.roles
  const id = admin.moderatorRoleId
  const hasRole = id !== null && roles !== undefined && (Array.isArray(roles) ? roles.includes(id) : roles.cache.has(id))
  return hasRole ? null : 'Only moderators (Manage Server, or the moderator role) may use corpus commands.'
}

async function finish(interaction: ChatInput, ctx: CommandContext, title: string, outcome: RefreshOutcome): Promise<void> {
  ctx.outcome.ok = outcome.ok
  ctx.outcome.before = outcome.before
  if (outcome.ok) ctx.outcome.after = outcome.after
  // Every change is logged with who, what and both versions; a refusal with why.
  ctx.log.info(
    {
      by: interaction.user.id,
      subcommand: interaction.options.getSubcommand(),
      ok: outcome.ok,
      before: outcome.before,
      after: outcome.ok ? outcome.after : outcome.before,
    },
    outcome.ok ? 'corpus change applied' : 'corpus change not applied',
  )
  if (!outcome.ok) return void (await interaction.editReply(toEdit(renderRefused(outcome.reason, outcome.before))))
  // Under a ShardingManager the other shards reload now, and the reply shows that they did.
  const peers = corpusPeers(interaction.client)
  const versions = peers ? await peers.announce(outcome.after) : null
  if (versions) noteAgreement(ctx, versions, outcome.after)
  await interaction.editReply(toEdit(withPeers(renderChange(title, outcome), versions)))
}

function noteAgreement(ctx: CommandContext, versions: readonly PeerVersion[], expected: string): void {
  const behind = versions.filter((v) => v.version !== expected).flatMap((v) => v.shards)
  ctx.outcome.shards = versions.length
  ctx.outcome.shardsAgree = behind.length === 0
  if (behind.length) ctx.log.warn({ expected, behind }, 'some shards do not serve the new index yet')
}

/** `/corpus status | reload | add | remove`: moderators keep the corpus current from Discord. */
export default {
  data: new SlashCommandBuilder()
    .setName('corpus')
    .setDescription('Moderators: see and change the articles the bot answers from.')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((s) => s.setName('status').setDescription('What is indexed, its version, the last change and skipped files.'))
    .addSubcommand((s) => s.setName('reload').setDescription('Re-read the corpus folder and show what changed.'))
    .addSubcommand((s) =>
      s
        .setName('add')
        .setDescription('Add a .txt or .md article (up to 1 MB, UTF-8).')
        .addAttachmentOption((o) => o.setName('file').setDescription('The article, .txt or .md').setRequired(true))
        .addStringOption((o) => o.setName('title').setDescription('Title, if the file does not give it').setMaxLength(300))
        .addStringOption((o) => o.setName('date').setDescription('Publication date, YYYY-MM-DD').setMinLength(10).setMaxLength(10))
        .addStringOption((o) => o.setName('source').setDescription('Outlet or author').setMaxLength(200))
        .addStringOption((o) => o.setName('url').setDescription('Where the article was published').setMaxLength(500)),
    )
    .addSubcommand((s) =>
      s
        .setName('remove')
        .setDescription('Take an article out (kept in removed/, never deleted).')
        .addStringOption((o) => o.setName('article').setDescription('The article to take out').setRequired(true).setAutocomplete(true).setMaxLength(100)),
    ),
  homeOnly: true,

  async execute(interaction, ctx) {
    const refused = refusal(interaction, ctx.corpus)
    if (refused !== null || !ctx.corpus) {
      ctx.outcome.refused = true
      ctx.log.warn({ by: interaction.user.id, guild: interaction.guildId }, 'corpus command refused')
      await interaction.reply(toReply(renderNotice(refused ?? ''), { ephemeral: true }))
      return
    }
    const { holder } = ctx.corpus
    const by = `discord:${interaction.user.id}`
    const sub = interaction.options.getSubcommand(true)
    ctx.outcome.subcommand = sub
    if (sub === 'status') {
      const peers = corpusPeers(interaction.client, { timeoutMs: 5_000 })
      if (!peers) return void (await interaction.reply(toReply(renderStatus(holder.engine(), holder.info()), { ephemeral: true })))
      // Asking every shard goes through the manager and may outlast the 3-second window.
      await interaction.deferReply({ flags: MessageFlags.Ephemeral })
      const versions = await peers.versions()
      noteAgreement(ctx, versions, holder.engine().version)
      await interaction.editReply(toEdit(withPeers(renderStatus(holder.engine(), holder.info()), versions)))
      return
    }
    // A rebuild and a download can outlast Discord's 3-second window: acknowledge first.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral })
    if (sub === 'reload') return finish(interaction, ctx, 'Corpus reloaded', await holder.reload(by))
    if (sub === 'remove') return finish(interaction, ctx, 'Article removed', await holder.remove(stripBidi(interaction.options.getString('article', true)), by))
    if (sub !== 'add') throw new Error(`corpus: unknown subcommand "${sub}"`)

    const file = interaction.options.getAttachment('file', true)
    // The name and options are echoed in the reply, and the name may become the file's: without bidi controls.
    const name = stripBidi(file.name)
    const type = file.contentType?.split(';')[0]?.trim().toLowerCase()
    if (type && !type.startsWith('text/') && type !== 'application/octet-stream') {
      await finish(interaction, ctx, '', { ok: false, before: holder.engine().version, reason: `upload: "${name}" is ${type}, not a text file` })
      return
    }
    const download = await downloadAttachment({ url: file.url, name, size: file.size }, { apiUrl: ctx.corpus.apiUrl })
    if (!download.ok) return finish(interaction, ctx, '', { ok: false, before: holder.engine().version, reason: download.reason })
    const fields: FrontMatter = {}
    for (const key of ['title', 'date', 'source', 'url'] as const) {
      const value = stripBidi(interaction.options.getString(key) ?? '').trim()
      if (value) fields[key] = value
    }
    ctx.outcome.bytes = download.bytes.length
    await finish(interaction, ctx, 'Article added', await holder.add({ fileName: name, bytes: download.bytes, fields }, by))
  },

  async autocomplete(interaction, ctx) {
    // Others see no file names: the list is the moderators' business.
    if (refusal(interaction, ctx.corpus) !== null) return interaction.respond([])
    // Title, outlet or file name, words in any order, cut short or misspelt; a file name over 100
    // characters cannot be a choice's value, so it is left out.
    const choices = ctx
      .engine()
      .findSources(interaction.options.getFocused())
      .filter((s) => s.source.length <= 100)
      .slice(0, MAX_CHOICES)
      .map((s) => ({ name: truncateWords(`${s.title} — ${s.source}`, 100), value: s.source }))
    ctx.outcome.choices = choices.length
    await interaction.respond(choices)
  },
} satisfies Command
