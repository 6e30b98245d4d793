import type { Interaction } from 'discord.js'
import type { Incoming } from './command.ts'

/**
 * Sorts a gateway interaction for the router. discord.js's interaction classes
 * already have everything the commands use, so each is passed on as it is.
 *
 * @example
 * ```ts
 * client.on(Events.InteractionCreate, (interaction) => route(fromDiscordJs(interaction)))
 * ```
 */
export function fromDiscordJs(interaction: Interaction): Incoming {
  if (interaction.isChatInputCommand()) return { kind: 'command', interaction }
  if (interaction.isAutocomplete()) return { kind: 'autocomplete', interaction }
  if (interaction.isButton()) return { kind: 'button', interaction }
  return { kind: 'other', interaction }
}
