import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  InteractionResponseType,
  InteractionType,
  InteractionWebhook,
  MessageFlagsBitField,
  MessagePayload,
  PermissionsBitField,
  Routes,
  makeURLSearchParams,
  type Client,
} from 'discord.js'
import { z } from 'zod'
import type { AttachmentOption, Incoming, InteractionBase, Replying } from '../bot/index.ts'
import type { EditPayload, ReplyPayload } from '../bot/index.ts'

/**
 * An interaction that arrived over HTTP, made into what the router takes. The
 * replies go out through discord.js's public API only: the client's REST
 * manager for the interaction callback, an `InteractionWebhook` for edits and
 * follow-ups, and `MessagePayload` to build each body exactly as discord.js
 * builds it for a gateway interaction, so both transports send the same bytes.
 */

interface RawOption {
  name: string
  type: ApplicationCommandOptionType
  value?: string | number | boolean | undefined
  focused?: boolean | undefined
  options?: RawOption[] | undefined
}
// Discord's numbers, read as the enums discord.js names them (a numeric enum takes any number, so an
// unknown value still parses and is then told apart from the known ones).
const optionType = z.number().transform((n): ApplicationCommandOptionType => n)
const interactionType = z.number().transform((n): InteractionType => n)
const commandType = z.number().transform((n): ApplicationCommandType => n)
const componentType = z.number().transform((n): ComponentType => n)
const Option: z.ZodType<RawOption> = z.lazy(() =>
  z.object({
    name: z.string(),
    type: optionType,
    value: z.union([z.string(), z.number(), z.boolean()]).optional(),
    focused: z.boolean().optional(),
    options: z.array(Option).optional(),
  }),
)
const User = z.object({ id: z.string() })
const Attachment = z.object({ filename: z.string(), url: z.string(), size: z.number(), content_type: z.string().optional() })
/** The fields of Discord's interaction payload this bot reads; the rest are ignored. */
const Payload = z.object({
  id: z.string(),
  application_id: z.string(),
  token: z.string(),
  type: interactionType,
  guild_id: z.string().optional(),
  member: z.object({ user: User, roles: z.array(z.string()), permissions: z.string() }).optional(),
  user: User.optional(),
  data: z
    .object({
      name: z.string().optional(),
      type: commandType.optional(),
      custom_id: z.string().optional(),
      component_type: componentType.optional(),
      options: z.array(Option).optional(),
      resolved: z.object({ attachments: z.record(z.string(), Attachment).optional() }).optional(),
    })
    .optional(),
  message: z.object({ embeds: z.array(z.object({ description: z.string().nullish() })) }).optional(),
})
type Payload = z.infer<typeof Payload>

/**
 * Reads a raw interaction payload into the router's {@link Incoming}; `onCallback`
 * is called once the interaction's first callback has been sent to Discord.
 *
 * @example
 * ```ts
 * route(incomingFromPayload(client, JSON.parse(body), () => ack()))
 * ```
 * @throws Error `http: …` naming the first field that is not what Discord sends.
 */
export function incomingFromPayload(client: Client, raw: unknown, onCallback: () => void): Incoming {
  const parsed = Payload.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new Error(`http: interaction payload field "${issue.path.join('.')}" is invalid: ${issue.message}`)
  }
  const p = parsed.data
  const user = p.member?.user ?? p.user
  if (!user) throw new Error(`http: interaction ${p.id} has neither member.user nor user`)
  const base: InteractionBase & { type: number } = {
    id: p.id,
    type: p.type,
    guildId: p.guild_id ?? null,
    user,
    client,
    memberPermissions: p.member ? new PermissionsBitField(BigInt(p.member.permissions)).freeze() : null,
    member: p.member ? { roles: p.member.roles } : null,
  }
  const callback = async (body: { type: InteractionResponseType; data?: unknown }, files?: MessagePayload['files']) => {
    await client.rest.post(Routes.interactionCallback(p.id, p.token), {
      body,
      files: files ?? undefined,
      auth: false,
      query: makeURLSearchParams({ with_response: false }),
    })
    onCallback()
  }
  const data = p.data
  if (p.type === InteractionType.ApplicationCommandAutocomplete && data?.name) {
    let responded = false
    return {
      kind: 'autocomplete',
      interaction: {
        ...base,
        commandName: data.name,
        get responded() {
          return responded
        },
        options: { getFocused: () => String(findFocused(data.options ?? [])?.value ?? '') },
        async respond(choices) {
          if (responded) throw new Error(`http: autocomplete ${p.id} was already answered`)
          await callback({
            type: InteractionResponseType.ApplicationCommandAutocompleteResult,
            data: { choices: choices.map(({ name, value }) => ({ name, value })) },
          })
          responded = true
        },
      },
    }
  }
  if (p.type === InteractionType.ApplicationCommand && data?.name && (data.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput) {
    // Assigned onto the replying object, never spread from it: spreading would freeze its `deferred` and `replied` getters.
    return { kind: 'command', interaction: Object.assign(replying(client, p, callback), base, { commandName: data.name, options: optionReader(p) }) }
  }
  if (p.type === InteractionType.MessageComponent && data?.component_type === ComponentType.Button && data.custom_id !== undefined) {
    const r = replying(client, p, callback)
    return {
      kind: 'button',
      interaction: Object.assign(r, base, {
        customId: data.custom_id,
        message: { embeds: p.message?.embeds ?? [] },
        async update(payload: EditPayload) {
          r.answering()
          const { body, files } = await MessagePayload.create(r.webhook, payload).resolveBody().resolveFiles()
          await callback({ type: InteractionResponseType.UpdateMessage, data: body }, files)
          r.answered('replied')
        },
        async deferUpdate() {
          r.answering()
          await callback({ type: InteractionResponseType.DeferredMessageUpdate })
          r.answered('deferred')
        },
      }),
    }
  }
  return { kind: 'other', interaction: base }
}

function findFocused(options: readonly RawOption[]): RawOption | undefined {
  for (const o of options) {
    if (o.focused) return o
    const inner = o.options && findFocused(o.options)
    if (inner) return inner
  }
  return undefined
}

/** Reply, defer, edit, follow up and delete, with discord.js's rules on what may come after what. */
function replying(
  client: Client,
  p: Payload,
  callback: (body: { type: InteractionResponseType; data?: unknown }, files?: MessagePayload['files']) => Promise<void>,
) {
  // The types ask for a logged-in client; the webhook uses only its REST manager and options, which this one has.
  const webhook = new InteractionWebhook(client as Client<true>, p.application_id, p.token)
  const state = { deferred: false, replied: false }
  const answering = () => {
    if (state.deferred || state.replied) throw new Error(`http: interaction ${p.id} was already answered`)
  }
  const mustHaveAnswered = () => {
    if (!state.deferred && !state.replied) throw new Error(`http: interaction ${p.id} has not been answered yet`)
  }
  const r: Replying & { webhook: InteractionWebhook; answering(): void; answered(how: 'deferred' | 'replied'): void } = {
    webhook,
    answering,
    answered: (how) => void (state[how] = true),
    get deferred() {
      return state.deferred
    },
    get replied() {
      return state.replied
    },
    async reply(payload: ReplyPayload) {
      answering()
      const { body, files } = await MessagePayload.create(webhook, payload).resolveBody().resolveFiles()
      await callback({ type: InteractionResponseType.ChannelMessageWithSource, data: body }, files)
      state.replied = true
    },
    async deferReply(options = {}) {
      answering()
      await callback({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: new MessageFlagsBitField(options.flags).bitfield } })
      state.deferred = true
    },
    async editReply(payload: EditPayload) {
      mustHaveAnswered()
      await webhook.editMessage('@original', payload)
      state.replied = true
    },
    async followUp(payload: ReplyPayload) {
      mustHaveAnswered()
      await webhook.send(payload)
      state.replied = true
    },
    async deleteReply() {
      mustHaveAnswered()
      await client.rest.delete(Routes.webhookMessage(p.application_id, p.token, '@original'), { auth: false })
    },
  }
  return r
}

/** getString, getBoolean, getSubcommand and getAttachment over the raw options, a subcommand's own options included. */
function optionReader(p: Payload) {
  const top = p.data?.options ?? []
  const sub = top.find((o) => o.type === ApplicationCommandOptionType.Subcommand)
  const options = sub ? (sub.options ?? []) : top
  const find = (name: string, type: ApplicationCommandOptionType, required: boolean) => {
    const o = options.find((x) => x.name === name && x.type === type)
    if (!o && required) throw new Error(`http: required option "${name}" is missing from interaction ${p.id}`)
    return o?.value
  }
  function getString(name: string, required: true): string
  function getString(name: string, required?: boolean): string | null
  function getString(name: string, required = false): string | null {
    const v = find(name, ApplicationCommandOptionType.String, required)
    return v === undefined ? null : String(v)
  }
  return {
    getString,
    getBoolean(name: string, required = false): boolean | null {
      const v = find(name, ApplicationCommandOptionType.Boolean, required)
      return v === undefined ? null : v === true
    },
    getSubcommand(): string {
      if (!sub) throw new Error(`http: interaction ${p.id} has no subcommand`)
      return sub.name
    },
    getAttachment(name: string): AttachmentOption {
      const id = String(find(name, ApplicationCommandOptionType.Attachment, true))
      const a = p.data?.resolved?.attachments?.[id]
      if (!a) throw new Error(`http: attachment ${id} of option "${name}" is not in the interaction's resolved data`)
      return { name: a.filename, url: a.url, size: a.size, contentType: a.content_type ?? null }
    },
  }
}
