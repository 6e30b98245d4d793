import {
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
import type { Incoming, InteractionBase, Replying } from '../bot/index.ts'
import type { EditPayload, ReplyPayload } from '../bot/index.ts'
import { Payload, findFocused, optionReader } from './payload.ts'

/**
 * An interaction that arrived over HTTP, made into what the router takes. The
 * replies go out through discord.js's public API only: the client's REST
 * manager for the interaction callback, an `InteractionWebhook` for edits and
 * follow-ups, and `MessagePayload` to build each body exactly as discord.js
 * builds it for a gateway interaction, so both transports send the same bytes.
 */

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
