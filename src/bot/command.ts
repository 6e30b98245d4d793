import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js'
import type { Logger } from 'pino'
import type { Engine } from '../engine.ts'
import type { ButtonState } from './custom-id.ts'

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
  /** Counted by the per-user rate limiter. */
  rateLimited?: boolean
  /** The button kinds (see {@link ButtonState}) this command answers. */
  buttons?: readonly ButtonState['kind'][]
  execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void>
  autocomplete?(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void>
  button?(interaction: ButtonInteraction, state: ButtonState, ctx: CommandContext): Promise<void>
}
