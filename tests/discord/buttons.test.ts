/** Buttons end to end, including after a restart: their state lives in the custom id and the message. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { unescapeMarkdown } from '../../src/bot/markdown.ts'
import type { Dispatched } from '../support/fake-discord.ts'
import { str } from '../support/fake-payloads.ts'
import { startHarness, type Harness } from '../support/harness.ts'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  await h?.close()
})

const QUESTION = 'How many troops did the CSTO send to Kazakhstan?'
type Button = { custom_id: string; label: string; disabled?: boolean }
const buttons = (msg: Record<string, any>): Button[] => msg.components.flatMap((r: { components: Button[] }) => r.components)

/** Runs /ask, waits for the answer, and returns the message as Discord would now hold it. */
async function askAndWait(question = QUESTION): Promise<{ d: Dispatched; message: Record<string, any> }> {
  const d = h.fake.dispatch({ kind: 'command', name: 'ask', options: [str('question', question)] })
  await h.messageOf(d)
  return { d, message: h.fake.original(d)! }
}

/** Clicks the button labelled `label`; gives the first callback's type and the message the user then sees. */
async function click(message: Record<string, any>, label: RegExp) {
  const b = buttons(message).find((x) => label.test(x.label))
  if (!b)
    throw new Error(
      `no button ${label} among ${buttons(message)
        .map((x) => x.label)
        .join(', ')}`,
    )
  const d = h.fake.dispatch({ kind: 'button', customId: b.custom_id, message })
  const cb = await h.fake.firstCallback(d)
  expect(cb.status).toBeLessThan(300)
  expect(cb.at - d.at).toBeLessThan(3000)
  return { type: cb.body.type as number, data: await h.messageOf(d) }
}

describe.each([
  ['the same client', false],
  ['a restarted client', true],
])('with %s', (_name, restart) => {
  test('"More sources" updates the message to the next excerpts, and "Previous" goes back', async () => {
    const { message } = await askAndWait()
    const expected = h.engine.ask(QUESTION)
    expect(expected.citations.length).toBeGreaterThan(3)
    if (restart) await h.restart()
    const cb = await click(message, /More sources/)
    expect(cb.type).toBe(6) // deferred update, then an edit of the same message
    const fields = cb.data.embeds[0].fields as { name: string; value: string }[]
    expect(fields[0]!.name.startsWith('[4] ')).toBe(true)
    expect(unescapeMarkdown(fields[0]!.value.replace(/^> /gm, ''))).toBe(expected.citations[3]!.excerpt.trim())
    expect(cb.data.embeds[0].description).toBe(message.embeds[0].description)
    const back = await click({ ...message, ...cb.data }, /Previous/)
    expect(back.data.embeds[0].fields[0].name.startsWith('[1] ')).toBe(true)
  })

  test('"Show context" answers privately with the paragraph around the excerpt', async () => {
    const { message } = await askAndWait()
    const c = h.engine.ask(QUESTION).citations[0]!
    if (restart) await h.restart()
    const cb = await click(message, /Show context \[1\]/)
    expect(cb.type).toBe(4)
    expect(cb.data.flags).toBe(64)
    const paragraph = h.engine.context(c.source, c.start)!
    const shown = unescapeMarkdown(cb.data.embeds[0].description.replace(/\*\*/g, ''))
    expect(shown).toBe(paragraph.text)
    expect(cb.data.embeds[0].description).toContain('**')
  })

  test('/timeline "Later" shows the next page and "Earlier" returns', async () => {
    const d = h.fake.dispatch({ kind: 'command', name: 'timeline' })
    await h.messageOf(d)
    const message = h.fake.original(d)!
    expect(h.engine.timeline().length).toBeGreaterThan(8)
    if (restart) await h.restart()
    const later = await click(message, /Later/)
    expect(later.type).toBe(7)
    expect(later.data.embeds[0].footer.text).toMatch(/^Page 2\//)
    expect(later.data.embeds[0].description).not.toBe(message.embeds[0].description)
    const earlier = await click({ ...message, ...later.data }, /Earlier/)
    expect(earlier.data.embeds[0].description).toBe(message.embeds[0].description)
  })
})

test('a button whose id this bot does not know gets a polite ephemeral notice', async () => {
  const d = h.fake.dispatch({ kind: 'button', customId: '0:old:thing', message: { id: '1', channel_id: '2', content: 'x', embeds: [], components: [] } })
  const cb = await h.fake.firstCallback(d)
  expect(cb.body).toMatchObject({ type: 4, data: { flags: 64 } })
  expect(cb.body.data.content).toMatch(/run the command again/)
})

test('"More sources" on a message whose question was altered refuses rather than answering another question', async () => {
  const { message } = await askAndWait()
  const tampered = { ...message, embeds: [{ ...message.embeds[0], description: '**Q:** something else entirely' }] }
  const b = buttons(message).find((x) => /More sources/.test(x.label))!
  const cb = await h.fake.firstCallback(h.fake.dispatch({ kind: 'button', customId: b.custom_id, message: tampered }))
  expect(cb.body).toMatchObject({ type: 4, data: { flags: 64 } })
})
