/**
 * INTERACTION_CREATE payloads as Discord sends them, with the fields whose
 * absence makes discord.js 14 throw (`entitlements`, `authorizing_integration_owners`).
 */

type Json = Record<string, any>

let counter = 0
/** A fresh, time-ordered snowflake. */
export function snowflake(): string {
  return String(((BigInt(Date.now()) - 1420070400000n) << 22n) + BigInt(++counter % 4096))
}

export const GUILD_ID = '900000000000000002'
export const CHANNEL_ID = '900000000000000003'
export const APP_ID = '900000000000000001'
const APP = APP_ID
export const BOT_USER = { id: APP_ID, username: 'csto-bot', discriminator: '0', global_name: null, avatar: null, bot: true }

/** A command option as sent in `data.options`. */
export interface OptionInput {
  name: string
  /** 1 subcommand, 3 string, 4 integer, 5 boolean, 11 attachment (its value is the attachment id). */
  type: 1 | 3 | 4 | 5 | 11
  value?: string | number | boolean
  focused?: boolean
  /** A subcommand's own options. */
  options?: OptionInput[]
}

/** An attachment as Discord puts it in `data.resolved.attachments`. */
export interface AttachmentInput {
  id: string
  filename: string
  size: number
  url: string
  proxy_url: string
  content_type?: string
}

/** A string option. */
export const str = (name: string, value: string, focused?: boolean): OptionInput => ({ name, type: 3, value, ...(focused ? { focused } : {}) })
/** A boolean option. */
export const bool = (name: string, value: boolean): OptionInput => ({ name, type: 5, value })
/** A subcommand with its options. */
export const sub = (name: string, options: OptionInput[] = []): OptionInput => ({ name, type: 1, options })
/** An attachment option naming a resolved attachment. */
export const attach = (name: string, attachment: AttachmentInput): OptionInput => ({ name, type: 11, value: attachment.id })

/** Who sends an interaction and from where; defaults are the home server and a member without Manage Server. */
export interface SenderInput {
  user?: string
  guildId?: string
  /** Permission bits as a decimal string. */
  permissions?: string
  roles?: string[]
  /** Resolved attachments, for attachment options. */
  attachments?: AttachmentInput[]
}

/** What a test dispatches. */
export type InteractionInput = SenderInput &
  (
    | { kind: 'command'; name: string; options?: OptionInput[] }
    | { kind: 'autocomplete'; name: string; options: OptionInput[] }
    | { kind: 'button'; customId: string; message: Json }
  )

/** Builds the full `d` of an INTERACTION_CREATE for `input`. */
export function interactionPayload(input: InteractionInput): Json {
  const userId = input.user ?? '900000000000000010'
  const guildId = input.guildId ?? GUILD_ID
  const base = {
    id: snowflake(),
    application_id: APP,
    token: `itoken-${snowflake()}-${Math.random().toString(36).slice(2)}`,
    version: 1,
    guild_id: guildId,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, name: 'general', guild_id: guildId },
    member: {
      user: { id: userId, username: `user${userId.slice(-4)}`, discriminator: '0', global_name: null, avatar: null },
      roles: input.roles ?? [],
      permissions: input.permissions ?? '2248473465835073',
      joined_at: '2022-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
    },
    locale: 'en-US',
    guild_locale: 'en-US',
    app_permissions: '2248473465835073',
    entitlements: [],
    authorizing_integration_owners: {},
    context: 0,
  }
  switch (input.kind) {
    case 'command':
      return { ...base, type: 2, data: { id: snowflake(), name: input.name, type: 1, options: input.options ?? [], ...resolved(input.attachments) } }
    case 'autocomplete':
      return { ...base, type: 4, data: { id: snowflake(), name: input.name, type: 1, options: input.options } }
    case 'button':
      return { ...base, type: 3, data: { custom_id: input.customId, component_type: 2 }, message: input.message }
  }
}

function resolved(attachments: AttachmentInput[] | undefined): Json {
  return attachments?.length ? { resolved: { attachments: Object.fromEntries(attachments.map((a) => [a.id, a])) } } : {}
}

/** A message object as Discord returns it, for the bot's replies and edits. */
export function messageObject(data: Json): Json {
  return {
    id: snowflake(),
    type: 20,
    channel_id: CHANNEL_ID,
    author: BOT_USER,
    content: data.content ?? '',
    embeds: data.embeds ?? [],
    components: data.components ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: data.flags ?? 0,
    application_id: APP_ID,
  }
}
