import { describe, expect, it } from 'vitest'
import { pagesEngine } from '../support/made-up-report.ts'
import { parseArticle } from '../../src/corpus/article.ts'
import { unColumned } from '../../src/corpus/columns.ts'

// A review helper's pages of its own, each a wrong answer or a misread header a first version of this round's rules gave.

describe('leading, commanding and heading', () => {
  it('"who led the march" is not the head of a union the sentence names', () => {
    const engine = pagesEngine([
      "Dockers march in Velmora\nMarch 6, 2023\n\nOlaf Brenn, who heads the dockers' union, said 4,000 people joined the march on Saturday.\n\nThe march was organised by students.",
    ])
    expect(engine.ask('who led the march').answer ?? '').not.toContain('Brenn')
  })

  it('"who commanded the operation" is not who led the talks', () => {
    const engine = pagesEngine([
      'Velmora talks\nMarch 6, 2023\n\nMaria Kessel led the talks with Dunmark on Monday.\n\nThe peacekeeping operation was launched a week later.',
    ])
    expect(engine.ask('who commanded the peacekeeping operation').answer ?? '').not.toContain('Kessel')
  })
})

describe('a possessive day or month', () => {
  it('dates the occasion the deed was done at ("at Monday\'s ceremony … signed")', () => {
    const engine = pagesEngine([
      "Treaty signed\nMarch 8, 2023\n\nAt Monday's ceremony in Osk, President Olaf Brenn signed the treaty.\n\nIt takes effect in May.",
    ])
    expect(engine.ask('when was the treaty signed').answer ?? '').toContain('March 6')
  })

  it('ahead of an election is the coming month', () => {
    const engine = pagesEngine([
      "Velmora polls\nMay 10, 2023\n\nOlaf Brenn leads the polls ahead of June's election, the institute found.\n\nMaria Kessel is second.",
    ])
    expect(engine.ask('when is the election').answer ?? '').not.toContain('2022')
  })
})

describe('a title that names a year', () => {
  it('leaves a day of the month before the story in the year before it', () => {
    const engine = pagesEngine([
      "Velmora's 2023 budget passes\nJanuary 4, 2023\n\nCouncillors first debated the budget on 28 December, when the opposition walked out.\n\nThe budget passed on Tuesday.",
    ])
    expect(engine.ask('when did councillors first debate the budget').answer ?? '').not.toContain('2023')
  })
})

describe('header lines of a review', () => {
  const read = (text: string) => {
    const r = parseArticle('p.txt', text)
    return r.ok ? { title: r.article.title, date: r.article.date, outlet: r.article.outlet } : null
  }
  const BODY = 'The mayor of Velmora resigned on Friday after a week of protests.\n\nHis deputy takes over until the election.'

  it.each([
    ['Published 3 March 2023 - Updated 4 March 2023', '2023-03-03'],
    ['Posted: 3 Mar 2023 — Last modified: 5 Mar 2023', '2023-03-03'],
  ])('reads %j as a date line, not a span', (line, date) => {
    expect(read(`Velmora mayor resigns\n${line}\n\n${BODY}`)).toMatchObject({ title: 'Velmora mayor resigns', date })
  })

  it.each(['© Getty Images', '(c) AP Photo/Olaf Brenn', '© 2024 Substack Inc.', 'Copyright Act reforms are expected next year.'])(
    'takes no outlet from %j',
    (line) => {
      expect(read(`Velmora mayor resigns\nMarch 3, 2023\n\n${BODY}\n\n${line}`)?.outlet ?? null).toBeNull()
    },
  )

  it('takes the page’s own notice over a platform’s after it', () => {
    expect(read(`Velmora mayor resigns\nMarch 3, 2023\n\n${BODY}\n\n© 2023 The Dunmark Courier. All rights reserved.\n© 2024 Automattic Inc.`)?.outlet).toBe(
      'The Dunmark Courier',
    )
  })

  it('takes no section named again in the story as the outlet', () => {
    const page = `Middle East\n\nVelmora sends envoy to Middle East peace talks\nMarch 3, 2023\n\nVelmora will send an envoy to the Middle East talks in Osk, the ministry said.\n\nThe talks open on Monday.`
    expect(read(page)?.outlet ?? null).toBeNull()
  })

  it.each([
    ['Business\niPhone maker opens plant in Velmora', 'iPhone maker opens plant in Velmora'],
    ['Velmora mayor resigns after protests\nposted in Politics', 'Velmora mayor resigns after protests'],
  ])('reads %j’s headline without the line under it', (head, title) => {
    expect(read(`${head}\nMarch 3, 2023\n\n${BODY}`)?.title).toBe(title)
  })

  it('leaves a padded table of names and votes as it is', () => {
    const rows = [
      'Olaf Brenn (Velmora Progressive Party)',
      'Maria Kessel (Green Coast Movement)',
      'Jonas Irvale (Citizens Alliance)',
      'Ana Berg (Independent)',
      'Petr Marten (Velmora Progressive Party)',
      'Ivo Lask (Green Coast Movement)',
      'Eva Sorn (Citizens Alliance)',
    ]
    const table = rows.map((r, i) => `${r.padEnd(46)}${(12345 - i * 1111).toLocaleString('en-US')} votes, elected`).join('\n')
    const text = `Velmora council results\nMarch 6, 2023\n\nThe results of Sunday's vote were:\n\n${table}\n\nTurnout was 61 percent.`
    expect(unColumned(text)).toBe(text)
  })
})
