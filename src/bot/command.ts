import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js'
import type { Logger } from 'pino'
import type { EngineHolder } from '../engine/index.ts'
import type { Engine } from '../engine/index.ts'
import type { ButtonState } from './custom-id.ts'

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
  execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void>
  autocomplete?(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void>
  button?(interaction: ButtonInteraction, state: ButtonState, ctx: CommandContext): Promise<void>
}
