/** File names from disk in /corpus replies: control characters and newlines are shown escaped, never raw. */
import { describe, expect, it } from 'vitest'
import { renderChange } from '../../src/bot/render-corpus.ts'

// eslint-disable-next-line no-control-regex -- the raw control characters are what must not appear
const RAW = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

describe('/corpus replies name files harmlessly', () => {
  it.each([
    ['an escape sequence', 'red\u001b[31m.txt', 'red\\u001b[31m.txt'],
    ['a newline that would fake a line of the reply', 'a.txt\n• `b.txt`: fine', 'a.txt\\n• '],
    ['a right-to-left override', 'invoice\u202etxt.exe.txt', 'invoice\\u202etxt.exe.txt'],
  ])('%s', (_case, name, shown) => {
    const reply = renderChange('Corpus reloaded', {
      ok: true,
      before: 'aaaaaaaaaaaa',
      after: 'bbbbbbbbbbbb',
      diff: {
        added: [name],
        removed: [name],
        changed: [],
        skipped: [{ source: name, reason: 'the file name holds control characters (shown escaped); rename the file' }],
      },
    })
    const text = JSON.stringify(reply.embeds[0]!.fields!.map((f) => f.value))
    for (const field of reply.embeds[0]!.fields!) expect(field.value).not.toMatch(RAW)
    expect(text).toContain(JSON.stringify(shown).slice(1, -1))
  })
})
