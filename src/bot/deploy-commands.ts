import { pathToFileURL } from 'node:url'
import { REST, Routes, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js'
import { commands } from '../../commands/index.ts'
import { ConfigError, loadDeployConfig, type DeployConfig } from '../config/index.ts'
import { EXIT, runTool, type CliSpec } from '../cli/index.ts'

const DEPLOY = {
  name: 'deploy-commands',
  summary: "registers the bot's slash commands with Discord (run it again after changing a command)",
  usage: [''],
  options: {},
  notes: [
    'Reads DISCORD_TOKEN and DISCORD_CLIENT_ID, and optionally DISCORD_GUILD_ID, from the environment or .env.',
    'With DISCORD_GUILD_ID the commands register in that server at once; without it, globally (up to an hour) and without /corpus.',
  ],
  examples: ['npm run deploy-commands', 'DISCORD_GUILD_ID= npm run deploy-commands'],
} satisfies CliSpec

/**
 * The JSON body registered with Discord: every command module's builder. A
 * global registration leaves out home-only commands (`/corpus`), which must
 * never reach other servers.
 *
 * @example
 * ```ts
 * commandPayload('global').some((c) => c.name === 'corpus') // => false
 * ```
 */
export function commandPayload(scope: 'guild' | 'global' = 'guild'): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.filter((c) => scope === 'guild' || !c.homeOnly).map((c) => c.data.toJSON())
}

/**
 * Registers every command with Discord (bulk overwrite): to the home server
 * when `guildId` is set, where changes show instantly, else globally without
 * the home-only commands.
 *
 * @example
 * ```ts
 * const { scope, count } = await deployCommands({ token, clientId, guildId: null, apiUrl: null })
 * ```
 */
export async function deployCommands(
  config: Pick<DeployConfig, 'token' | 'clientId' | 'guildId' | 'apiUrl'>,
): Promise<{ scope: 'guild' | 'global'; count: number }> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token)
  const route = config.guildId ? Routes.applicationGuildCommands(config.clientId, config.guildId) : Routes.applicationCommands(config.clientId)
  const saved = (await rest.put(route, { body: commandPayload(config.guildId ? 'guild' : 'global') })) as unknown[]
  return { scope: config.guildId ? 'guild' : 'global', count: saved.length }
}

async function main(): Promise<void> {
  let config: DeployConfig
  try {
    config = loadDeployConfig()
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err
    console.error(`${err.message}\n\nSee "Setting up the Discord bot" in README.md: the token is under Bot, the application id under General Information.`)
    process.exit(1)
  }
  const { scope, count } = await deployCommands(config)
  console.log(
    scope === 'guild'
      ? `Registered ${count} commands in server ${config.guildId}; they are usable now.`
      : `Registered ${count} global commands; Discord may take up to an hour to show changes. /corpus is registered only when DISCORD_GUILD_ID names the home server.`,
  )
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runTool(DEPLOY, process.argv.slice(2), async () => (await main(), EXIT.ok), false)
}
