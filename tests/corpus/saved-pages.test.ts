import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { parseDateLine } from '../../src/corpus/date-line.ts'
import { dateOf } from '../../src/corpus/header-dates.ts'
import { bannerEnd, isFurniture } from '../../src/corpus/furniture.ts'
import { parseFrontMatter } from '../../src/corpus/frontmatter.ts'

// Short pages of our own, saved the ways a page reaches the corpus folder: from an archive, a search engine's
// cache, a reader service, a mail client.
const STORY = 'The library levy failed by 41 votes in a special election, the county auditor said late Monday.\n\nThe board meets again on Thursday.'
const read = (text: string, source = 'page.txt') => {
  const r = parseArticle(source, text)
  return r.ok ? { title: r.article.title, date: r.article.date, outlet: r.article.outlet, url: r.article.url } : r.reason
}

describe('an archive’s banner over the page it kept', () => {
  const toolbar =
    'The Wayback Machine - https://web.archive.org/web/20190611083412/https://www.oskvalley.example/2019/06/10/levy/\n\nINTERNET ARCHIVE\nWayback Machine\nhttps://www.oskvalley.example/2019/06/10/levy/\tGo\n23 captures\n11 Jun 2019 - 02 Aug 2021\n\tMAY\tJUN\tJUL\n\t11\n2018\t2019\t2020\nAbout this capture\nCOLLECTED BY\nCollection: ArchiveBot: a crowdsourced crawler\n\nTIMESTAMPS\n\n'

  it('is skipped whole, so the page’s own header is read', () => {
    expect(
      read(
        `${toolbar}Osk Valley News\nServing the valley since 1952\n\nHOME | NEWS | SCHOOLS | SPORTS\n\nLibrary levy fails by 41 votes\n\nJune 10, 2019 | Filed under: News\n\n${STORY}`,
      ),
    ).toEqual({
      title: 'Library levy fails by 41 votes',
      date: '2019-06-10',
      outlet: 'Osk Valley News',
      url: null,
    })
  })

  it('ends where the page begins', () => {
    const text = `${toolbar}Library levy fails by 41 votes\n\n${STORY}`
    expect(text.slice(bannerEnd(text, 0)).trimStart()).toMatch(/^Library levy/)
    expect(bannerEnd(STORY, 0)).toBe(0)
  })

  it('reads no capture span as a date', () => {
    expect(dateOf('11 Jun 2019 - 02 Aug 2021')).toBeNull()
    expect(dateOf('By Ana Berg — June 10, 2019')).toBe('2019-06-10')
  })

  it('skips a search engine’s cache note', () => {
    const page = `This is Google's cache of https://www.oskvalley.example/levy. It is a snapshot of the page as it appeared on 12 Jun 2019 09:14:07 GMT.\nFull version    Text-only version    View source\nTip: To quickly find your search term on this page, press Ctrl+F.\n\nOsk Valley News\nNews | Sport | Business\n\nLibrary levy fails by 41 votes\n\nJune 10, 2019\n\n${STORY}`
    expect(read(page)).toMatchObject({ title: 'Library levy fails by 41 votes', date: '2019-06-10' })
  })
})

describe('a reader service’s header', () => {
  const page = `Title: Library levy fails by 41 votes\n\nURL Source: https://www.oskvalley.example/2019/06/10/levy/\n\nPublished Time: 2019-06-10T21:15:00-05:00\n\nMarkdown Content:\n${STORY}`

  it('gives the title, the address and the date', () => {
    expect(read(page, 'page.md')).toEqual({
      title: 'Library levy fails by 41 votes',
      date: '2019-06-10',
      outlet: null,
      url: 'https://www.oskvalley.example/2019/06/10/levy/',
    })
  })

  it('leaves the body after "Markdown Content:"', () => {
    const fm = parseFrontMatter(page)
    expect(fm.ok && page.slice(fm.bodyStart)).toBe(STORY)
  })
})

describe('a mail’s header', () => {
  it('reads the "Date:" line with its numeric zone, and takes the subject as the headline', () => {
    expect(parseDateLine('Date: Mon, 10 Jun 2019 06:02:11 -0500')).toBe('2019-06-10')
    const mail = `From: Osk Valley News <news@oskvalley.example>\nTo: reader@example.net\nDate: Mon, 10 Jun 2019 06:02:11 -0500\nSubject: Library levy fails by 41 votes\n\n${STORY}`
    expect(read(mail)).toMatchObject({ title: 'Library levy fails by 41 votes', date: '2019-06-10' })
  })
})

describe('a page’s forms', () => {
  it.each(['Search this site [          ] Search', 'MORE OPTIONS    DISAGREE    AGREE', 'Accept all | Reject all'])('%j is furniture', (line) => {
    expect(isFurniture(line)).toBe(true)
  })

  it.each(['Search teams found the boat', 'Agree to disagree'])('%j is not', (line) => {
    expect(isFurniture(line)).toBe(false)
  })

  it('gives no consent button as the outlet', () => {
    const page = `We value your privacy\nWe and our 142 partners store and/or access information on a device, such as cookies, and process personal data. You can accept or manage your choices at any time in the privacy settings.\nMORE OPTIONS    DISAGREE    AGREE\n\nThe Osk Sentinel\nSubscribe for $1\n\nNEWS   POLITICS   SPORTS   OPINION\n\nPOLITICS\n\nLibrary levy fails by 41 votes in special election\n\nJune 10, 2019\n\n${STORY}`
    expect(read(page)).toMatchObject({ title: 'Library levy fails by 41 votes in special election', date: '2019-06-10' })
    expect((read(page) as { outlet: string | null }).outlet).not.toBe('More Options')
  })
})

describe('a site’s masthead, slogan, menus and ticker over the headline', () => {
  it.each([
    [
      'a slogan of short sentences under the name',
      `Skip to main content\n\nThe Osk Courier\nYour town. Your news. Since 1874.\n\nSubscribe | Sign in | e-Edition\n\nNews  Sport  What's On  Business  Property  Opinion  Jobs\n\nHome > News > Local\n\nLibrary levy fails by 41 votes in special election\n\nJune 10, 2019\n\n${STORY}`,
    ],
    [
      'a tagline under a masthead in capitals, and "Posted by … on …" before the headline',
      `OSK VALLEY REVIEW\nIndependent analysis of local politics and budgets\n\nCouncil | Schools | Budgets | Events | Subscribe\n\nPosted by Ana Berg on 2019-06-10 in Council, Budgets\n\nLibrary levy fails by 41 votes in special election\n\n${STORY}`,
    ],
    [
      'a market ticker',
      `THE OSK LEDGER\nMarkets | Companies | Economy | Opinion\n\nOSK 5,712.4 +0.4%   VELX 42,118.9 +0.2%   BOND 4.21% -0.03   OIL 68.95 -1.1%\n\nLibrary levy fails by 41 votes in special election\n\nPublished June 10, 2019 6:00 AM\n\n${STORY}`,
    ],
  ])('%s', (_shape, page) => {
    expect(read(page)).toMatchObject({ title: 'Library levy fails by 41 votes in special election', date: '2019-06-10' })
  })

  it('reads "Posted by … on …" as a date line', () => {
    expect(parseDateLine('Posted by Ana Berg on 2019-06-10 in Council, Budgets')).toBe('2019-06-10')
    expect(parseDateLine('Posted by Ana Berg on June 10, 2019')).toBe('2019-06-10')
  })

  it('leaves a sentence with two spaces after its full stop as it is', () => {
    expect(isFurniture('The levy failed.  The board meets again on Thursday.  Turnout was low.')).toBe(false)
  })
})
