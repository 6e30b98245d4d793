import { describe, expect, it, test } from 'vitest'
import { escapeMarkdown, stripBidi, truncateWords, unescapeMarkdown } from '../../src/bot/markdown.ts'

describe('escapeMarkdown', () => {
  test.each([
    ['**bold** and _it_', '\\*\\*bold\\*\\* and \\_it\\_'],
    ['@everyone and @here', '\\@everyone and \\@here'],
    ['<@&123> <@456> <#789>', '\\<\\@&123\\> \\<\\@456\\> \\<\\#789\\>'],
    ['[link](http://x)', '\\[link\\](http://x)'],
    ['`code` ~~s~~ ||spoiler||', '\\`code\\` \\~\\~s\\~\\~ \\|\\|spoiler\\|\\|'],
    ['- item\n+ item\n1. first', '\\- item\n\\+ item\n1\\. first'],
    ['# heading\n> quote', '\\# heading\n\\> quote'],
    ['back\\slash', 'back\\\\slash'],
    ['plain 2,500 troops (CSTO)', 'plain 2,500 troops (CSTO)'],
  ])('%j → %j, and back', (input, escaped) => {
    expect(escapeMarkdown(input)).toBe(escaped)
    expect(unescapeMarkdown(escapeMarkdown(input))).toBe(input)
  })
})

describe('truncateWords', () => {
  test.each([
    ['short text', 20, 'short text'],
    ['The force totals about 2,500 people', 20, 'The force totals…'],
    ['see [12] and [13] for more', 12, 'see [12]…'],
    ['x'.repeat(30), 10, 'xxxxxxxxx…'],
    ['aaaaa \\@everyone', 10, 'aaaaa…'],
    ['abc\\\\\\@def', 6, 'abc\\\\…'],
    ['emoji 😀😀😀😀😀😀', 9, 'emoji…'],
  ])('%j to %i characters → %j', (input, max, expected) => {
    const out = truncateWords(input, max)
    expect(out).toBe(expected)
    expect(out.length).toBeLessThanOrEqual(max)
  })

  test('never ends on a lone escape backslash or half a surrogate pair', () => {
    for (let max = 2; max < 40; max++) {
      const out = truncateWords('\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*😀😀😀😀😀😀😀😀😀😀', max)
      expect(/(^|[^\\])(\\\\)*\\…$/.test(out)).toBe(false)
      expect(/[\ud800-\udbff]…$/.test(out)).toBe(false)
    }
  })
})

describe('stripBidi', () => {
  it.each([
    ['plain text', 'How many troops?', 'How many troops?'],
    ['a right-to-left override', 'file\u202eexe.txt', 'fileexe.txt'],
    ['embeddings and a pop', '\u202aa\u202bb\u202c', 'ab'],
    ['isolates', '\u2066x\u2067y\u2068z\u2069', 'xyz'],
    ['marks', 'a\u200eb\u200fc\u061cd', 'abcd'],
    ['right-to-left letters, which stay', 'שלום مرحبا', 'שלום مرحبا'],
  ])('%s', (_name, input, want) => {
    expect(stripBidi(input)).toBe(want)
  })
})
