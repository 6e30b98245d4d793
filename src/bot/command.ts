import type { Client, MessageFlags, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js'
import type { Logger } from 'pino'
import type { EngineHolder } from '../engine/index.ts'
import type { Engine } from '../engine/index.ts'
import type { ButtonState } from './custom-id.ts'
import type { EditPayload, ReplyPayload } from './render.ts'

/*
 * What the command modules use of an interaction. A discord.js interaction from
 * the gateway has all of it as it is; the HTTP endpoint builds the same from a
 * raw payload with discord.js's public REST and webhook classes.
 */

/** Who and where, for every kind of interaction. */
export interface InteractionBase {
  id: string
  guildId: string | null
  user: { id: string }
  /** The client whose `shard` tells a command whether other shards are there to tell. */
  client: Client
  memberPermissions: { has(permission: bigint): boolean } | null
  member: { roles: string[] | { cache: { has(id: string): boolean } } } | null
}

/** Answering a command or a button: a reply, or a deferral and then edits. */
export interface Replying {
  deferred: boolean
  replied: boolean
  reply(payload: ReplyPayload): Promise<unknown>
  deferReply(options?: { flags?: MessageFlags.Ephemeral }): Promise<unknown>
  editReply(payload: EditPayload): Promise<unknown>
  followUp(payload: ReplyPayload): Promise<unknown>
  deleteReply(): Promise<void>
}

/** An uploaded file an option names. */
export interface AttachmentOption {
  name: string
  url: string
  size: number
  contentType: string | null
}

/** A slash command with its options. */
export interface ChatInput extends InteractionBase, Replying {
  commandName: string
  options: {
    getString(name: string, required: true): string
    getString(name: string, required?: boolean): string | null
    getBoolean(name: string, required?: boolean): boolean | null
    getSubcommand(required?: true): string
    getAttachment(name: string, required: true): AttachmentOption
  }
}

/** What a user is typing into an option with suggestions. */
export interface Autocomplete extends InteractionBase {
  commandName: string
  responded: boolean
  options: { getFocused(): string }
  respond(choices: { name: string; value: string }[]): Promise<void>
}

/** A click on one of this bot's buttons, with the message it is on. */
export interface ButtonPress extends InteractionBase, Replying {
  customId: string
  message: { embeds: readonly { description?: string | null }[] }
  update(payload: EditPayload): Promise<unknown>
  deferUpdate(): Promise<unknown>
}

/** One interaction as the router takes it, whichever transport brought it. */
export type Incoming =
  | { kind: 'command'; interaction: ChatInput }
  | { kind: 'autocomplete'; interaction: Autocomplete }
  | { kind: 'button'; interaction: ButtonPress }
  | { kind: 'other'; interaction: InteractionBase & { type: number } }

/** What `/corpus` needs to change the corpus and to decide who may. */
export interface CorpusAdmin {
  holder: EngineHolder
  /** The only server where corpus commands run (`DISCORD_GUILD_ID`); `null` turns them off. */
  homeGuildId: string | null
  /** Members with this role may change the corpus even without Manage Server. */
  moderatorRoleId: string | null
  /** `DISCORD_API_URL`: its host may serve attachments too (a test server). */
  apiUrl: string | null
}

/** What the router hands every command for one interaction. */
export interface CommandContext {
  /** The current engine; a getter because a corpus refresh swaps in a new one. */
  engine(): Engine
  /** Child logger bound to this interaction (command, user, guild). */
  log: Logger
  /** Whether question text may be logged at info level. */
  logQuestions: boolean
  /** Facts for the interaction's final log line, e.g. `{ answered: true }`. Never user text. */
  outcome: Record<string, string | number | boolean>
  /** Present when the bot may change its corpus (see `/corpus`). */
  corpus?: CorpusAdmin
}

/**
 * One slash command, in the style of discord.js's create-discord-bot template.
 *
 * @example
 * ```ts
 * export default {
 *   data: new SlashCommandBuilder().setName('ping').setDescription('Ping!'),
 *   async execute(interaction) { await interaction.reply('Pong!') },
 * } satisfies Command
 * ```
 */
export interface Command {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody }
  /** Registered only in the home server, never globally. */
  homeOnly?: boolean
  /** Counted by the per-user rate limiter. */
  rateLimited?: boolean
  /** The button kinds (see {@link ButtonState}) this command answers. */
  buttons?: readonly ButtonState['kind'][]
  execute(interaction: ChatInput, ctx: CommandContext): Promise<void>
  autocomplete?(interaction: Autocomplete, ctx: CommandContext): Promise<void>
  button?(interaction: ButtonPress, state: ButtonState, ctx: CommandContext): Promise<void>
}
