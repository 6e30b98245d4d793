import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { copyrightHolder, namedAgain } from '../../src/corpus/credits.ts'

// Short pages of our own in the shapes real news pages come in.
const STORY = 'The harbour board approved the new berth on Monday after a two-year review.\n\nWork is due to start in the spring.'
const outletOf = (text: string) => {
  const r = parseArticle('page.txt', text)
  return r.ok ? r.article.outlet : `not read: ${r.reason}`
}

describe('copyrightHolder', () => {
  it.each([
    ['© 2024 The Osk Herald. All rights reserved.', 'The Osk Herald'],
    ['Copyright 2023 Velta Public Radio. To see more, visit Velta Public Radio.', 'Velta Public Radio'],
    ['Copyright © 2022 The Norland Chronicle', 'The Norland Chronicle'],
    ['© Velsker Abendpost 2024 | Impressum | Kontakt', 'Velsker Abendpost'],
    ['© 2023 Osk Courier Ltd, 14 Quay Street', 'Osk Courier'],
    ['Copyright © The Osk Shimbun Holdings', 'The Osk Shimbun'],
    ['(c) 2021 Institute for Coastal Studies', 'Institute for Coastal Studies'],
    ['© 2022. All rights reserved. | Terms of Use', null],
    ['© Crown copyright', null],
    ['© All rights reserved. Opinions expressed are the author’s own.', null],
  ])('%j → %j', (line, holder) => {
    expect(copyrightHolder(`${STORY}\n\n${line}`, 0)).toBe(holder)
  })

  it('reads no notice inside a sentence', () => {
    expect(copyrightHolder('The board said copyright of the plans stays with Osk Harbour.', 0)).toBeNull()
  })
})

describe('namedAgain', () => {
  it.each([
    ['Velta Public Radio', `${STORY}\n\nImage: Ana Berg / Velta Public Radio`, true],
    ['KVLX 9 News', `${STORY}\n\nCopyright 2024 KVLX. All rights reserved.`, true],
    ['Osk Evening Star', STORY, false],
    // One word may be a section's label or a word of the story.
    ['Harbour', `${STORY}\n\nMore from Harbour`, false],
    // Written otherwise below, it is a word, not the name.
    ['Velta Public Radio', `${STORY}\n\nvelta public radio listeners wrote in.`, false],
  ])('%j in %j → %s', (masthead, text, named) => {
    expect(namedAgain(masthead, text, 0)).toBe(named)
  })
})

describe('the outlet a page credits itself with', () => {
  it('is the holder of its copyright notice', () => {
    expect(outletOf(`Harbour board approves new berth\nMarch 3, 2021\n\n${STORY}\n\n© 2021 The Osk Herald. All rights reserved.`)).toBe('The Osk Herald')
  })

  it('is the site’s name over the headline where the page names it again', () => {
    const page = `Velta Public Radio\nNews in English\n\nHarbour board approves new container berth at Osk\nMarch 3, 2021\n\n${STORY}\n\nImage: Ana Berg / Velta Public Radio`
    expect(outletOf(page)).toBe('Velta Public Radio')
  })

  it('is not a section’s label over the headline', () => {
    expect(outletOf(`TRANSCRIPT | Osk Weekly, episode 12\n\nHarbour board approves new berth\nMarch 3, 2021\n\n${STORY}\n\n[END OF TRANSCRIPT]`)).toBeNull()
  })

  it('is not a page’s share button under the story', () => {
    expect(outletOf(`Harbour board approves new berth\nMarch 3, 2021\n\n${STORY}\n\nSHARE`)).toBeNull()
  })

  it('gives way to the wire its dateline credits', () => {
    const page = `Harbour board approves new berth\nMarch 3, 2021\n\nOSK, March 3 (Baltwire) - ${STORY}\n\n© 2021 The Osk Herald. All rights reserved.`
    expect(outletOf(page)).toBe('Baltwire')
  })
})

describe('a web clipper’s front matter', () => {
  const clipped = (fields: string) => parseArticle('clip.md', `---\n${fields}\n---\n\n# Harbour board approves new berth\n\n${STORY}`)

  it('takes "source:" as the page’s address and "site:" as its outlet', () => {
    const r = clipped(
      'title: "Harbour board approves new berth - The Osk Herald"\nsource: "https://oskherald.example/2021/03/03/berth"\nsite: "The Osk Herald"\npublished: 2021-03-03T09:00:00+01:00',
    )
    expect(r.ok && [r.article.title, r.article.outlet, r.article.url, r.article.date]).toEqual([
      'Harbour board approves new berth',
      'The Osk Herald',
      'https://oskherald.example/2021/03/03/berth',
      '2021-03-03',
    ])
  })

  it('sets aside a "source:" address that is no valid URL, and keeps the page', () => {
    const r = clipped('source: "https://osk herald.example/story"')
    expect(r.ok && [r.article.url, r.article.outlet, r.article.warnings.some((w) => w.includes('source'))]).toEqual([null, null, true])
  })

  it('reads the date under a quoted excerpt', () => {
    const r = parseArticle(
      'clip.md',
      `---\ncreated: 2025-01-14T09:12:44\nsource: https://oskherald.example/berth\n---\n\n# Harbour board approves new berth | The Osk Herald\n\n> ## Excerpt\n> The board approved the berth after a long review.\n\n---\n[Business](https://oskherald.example/business)\n\n**Ana Berg** · 2021-03-03 06:15 CET · 4 min read\n\n${STORY}`,
    )
    expect(r.ok && [r.article.title, r.article.date, r.article.outlet]).toEqual(['Harbour board approves new berth', '2021-03-03', 'The Osk Herald'])
  })
})
