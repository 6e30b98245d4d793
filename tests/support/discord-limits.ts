/**
 * Discord's documented limits, checked by the fake Discord on everything the
 * bot sends, so a renderer mistake becomes a 400 (code 50035) as it would in production.
 */

type Json = Record<string, any>

/** Every breach of Discord's message limits in `body` (empty when valid). */
export function messageErrors(body: Json | undefined): string[] {
  if (!body || typeof body !== 'object') return ['body: not an object']
  const errors: string[] = []
  const check = (ok: boolean, what: string) => ok || errors.push(what)
  if (typeof body.content === 'string') check(body.content.length <= 2000, `content: ${body.content.length} > 2000`)
  const embeds: Json[] = body.embeds ?? []
  check(embeds.length <= 10, `embeds: ${embeds.length} > 10`)
  let total = 0
  embeds.forEach((e, i) => {
    const len = (s: unknown) => (typeof s === 'string' ? s.length : 0)
    check(len(e.title) <= 256, `embeds[${i}].title: ${len(e.title)} > 256`)
    check(len(e.description) <= 4096, `embeds[${i}].description: ${len(e.description)} > 4096`)
    check(len(e.footer?.text) <= 2048, `embeds[${i}].footer.text: ${len(e.footer?.text)} > 2048`)
    check(len(e.author?.name) <= 256, `embeds[${i}].author.name: ${len(e.author?.name)} > 256`)
    const fields: Json[] = e.fields ?? []
    check(fields.length <= 25, `embeds[${i}].fields: ${fields.length} > 25`)
    fields.forEach((f, j) => {
      check(len(f.name) >= 1 && len(f.name) <= 256, `embeds[${i}].fields[${j}].name: ${len(f.name)} not in 1..256`)
      check(len(f.value) >= 1 && len(f.value) <= 1024, `embeds[${i}].fields[${j}].value: ${len(f.value)} not in 1..1024`)
      total += len(f.name) + len(f.value)
    })
    total += len(e.title) + len(e.description) + len(e.footer?.text) + len(e.author?.name)
  })
  check(total <= 6000, `embeds: ${total} characters in total > 6000`)
  const rows: Json[] = body.components ?? []
  check(rows.length <= 5, `components: ${rows.length} rows > 5`)
  const ids = new Set<string>()
  rows.forEach((row, i) => {
    const items: Json[] = row.components ?? []
    check(row.type === 1, `components[${i}].type: ${row.type} is not an action row`)
    check(items.length >= 1 && items.length <= 5, `components[${i}]: ${items.length} buttons not in 1..5`)
    items.forEach((b, j) => {
      const at = `components[${i}].components[${j}]`
      check(typeof b.label !== 'string' || b.label.length <= 80, `${at}.label: ${b.label?.length} > 80`)
      if (b.style !== 5) {
        check(
          typeof b.custom_id === 'string' && b.custom_id.length >= 1 && b.custom_id.length <= 100,
          `${at}.custom_id: length ${b.custom_id?.length} not in 1..100`,
        )
        check(!ids.has(b.custom_id), `${at}.custom_id: duplicate "${b.custom_id}"`)
        ids.add(b.custom_id)
      }
    })
  })
  return errors
}

/** Every breach in an autocomplete result (callback type 8). */
export function choiceErrors(data: Json | undefined): string[] {
  const choices: Json[] = data?.choices ?? []
  const errors: string[] = []
  if (choices.length > 25) errors.push(`choices: ${choices.length} > 25`)
  choices.forEach((c, i) => {
    if (typeof c.name !== 'string' || c.name.length < 1 || c.name.length > 100) errors.push(`choices[${i}].name: length not in 1..100`)
    if (typeof c.value === 'string' && c.value.length > 100) errors.push(`choices[${i}].value: ${c.value.length} > 100`)
  })
  return errors
}

/** Every breach in a command registration body. */
export function commandErrors(commands: Json[]): string[] {
  const errors: string[] = []
  if (!Array.isArray(commands)) return ['body: not an array']
  commands.forEach((c, i) => {
    if (typeof c.name !== 'string' || !/^[-_\p{L}\p{N}]{1,32}$/u.test(c.name) || c.name !== c.name.toLowerCase())
      errors.push(`[${i}].name: "${c.name}" is not a valid command name`)
    const descs: Json[] = [c, ...(c.options ?? [])]
    for (const d of descs)
      if (typeof d.description !== 'string' || d.description.length < 1 || d.description.length > 100)
        errors.push(`[${i}] ${d.name}: description length ${d.description?.length} not in 1..100`)
  })
  return errors
}
