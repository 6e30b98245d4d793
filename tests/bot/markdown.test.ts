import { describe, expect, test } from 'vitest'
import { escapeMarkdown, truncateWords, unescapeMarkdown } from '../../src/bot/markdown.ts'

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
