import { ApplicationCommandOptionType, ApplicationCommandType, ComponentType, InteractionType } from 'discord.js'
import { z } from 'zod'
import type { AttachmentOption } from '../bot/index.ts'

/**
 * Discord's interaction payload as this bot reads it over HTTP: the fields it
 * uses, validated with zod (the rest are ignored), and its options read as
 * discord.js's option resolver reads them.
 */

export interface RawOption {
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
export const Payload = z.object({
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
export type Payload = z.infer<typeof Payload>

/** The option the user is typing in, at any depth. */
export function findFocused(options: readonly RawOption[]): RawOption | undefined {
  for (const o of options) {
    if (o.focused) return o
    const inner = o.options && findFocused(o.options)
    if (inner) return inner
  }
  return undefined
}

/** getString, getBoolean, getSubcommand and getAttachment over the raw options, a subcommand's own options included. */
export function optionReader(p: Payload) {
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
