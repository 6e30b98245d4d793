import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { parseDateLine } from '../../src/corpus/date-line.ts'
import { isFurniture } from '../../src/corpus/furniture.ts'

// Short pages of our own in the shapes real news pages come in.
const BODY = 'The first transport planes landed at the airfield on Thursday, officials said.\n\nMore troops were expected over the weekend.'

describe('parseDateLine', () => {
  it.each([
    ['March 3, 2021', '2021-03-03'],
    ['03.04.2021', '2021-04-03'],
    ['03.04.2021 09:15', '2021-04-03'],
    ['Mar. 3, 2021 4:05 PM ET', '2021-03-03'],
    ['Updated 09:05 GMT, 3 March 2021', '2021-03-03'],
    ['Wednesday 3 March 2021', '2021-03-03'],
    ['2021-03-03T07:00:00Z', '2021-03-03'],
    ['Published On 3 Mar 2021', '2021-03-03'],
    ['04/25/2021', '2021-04-25'],
    ['Last updated 03.03.2021 23:48 (Chisinau time)', '2021-03-03'],
    ['03.03.2021 02:15 (updated 03.03.2021 09:40)', '2021-03-03'],
    ['Aired March 3, 2021 - 20:00 ET', '2021-03-03'],
    ['31.02.2021', null],
    ['Planes landed on March 3, 2021', null],
    ['Views: 1 204', null],
    ['This page was last edited on 3 March 2021, at 08:14 (UTC).', '2021-03-03'],
    ['Date of issue: 3 March 2021', '2021-03-03'],
    ['Issue date: 3 March 2021', '2021-03-03'],
    // A copied page's words run together, and when it was last touched said relative to then.
    ['March 3, 20214:05 PM GMTUpdated 3 hours ago', '2021-03-03'],
    ['March 3, 2021 9:47 AM GMT  Updated 2 hours ago', '2021-03-03'],
    // The date among short furniture set off by bars.
    ['Recorded 3 March 2021 | 31 min | Transcript', '2021-03-03'],
    ['World | 3 March 2021 | 5 min read', '2021-03-03'],
    ['Velta | World | Europe', null],
    ['3 March 2021 | 4 March 2021', null],
    // An ISO date after the word that leads it, and a time's place in brackets.
    ['Published 2021-03-03', '2021-03-03'],
    ['**Recorded 2021-03-03**', '2021-03-03'],
    ['*Published 3 March 2021, 08:00 (Osk)*', '2021-03-03'],
    ['3 March 2021, 9:15 am (New Velta)', '2021-03-03'],
    ['3 March 2021 (Osk)', null],
    ['Published 2021-03-03 and withdrawn', null],
    // A blog's date line with who posted it; a footer's first publication.
    ['Posted on 03/04/2021 by Admin', '2021-03-04'],
    ['This article was first published on 3 March 2021.', '2021-03-03'],
    // A later edit after the date, a username, the programme a broadcast went out on, a mail's "Sent:".
    ['Issued on: 13/03/2021 - 14:32 Modified: 14/03/2021 - 09:05', '2021-03-13'],
    ['March 3, 2021 2:14 PM GMT Updated', '2021-03-03'],
    ['Last modified on Wed 3 Mar 2021 10.05 GMT', '2021-03-03'],
    ['Posted on March 3, 2021 by oskadmin', '2021-03-03'],
    ['Aired Wednesday, March 3, 2021 on Osk Evening Report', '2021-03-03'],
    ['Sent: Wednesday, 3 March 2021 06:30', '2021-03-03'],
    // An ISO day and time with its zone's name.
    ['2021-03-03 06:15 CET', '2021-03-03'],
    ['2021-03-03 18:40 UTC', '2021-03-03'],
    // A label in bold; a weekday that says which number of a slashed date is the day; a document's number.
    ['**Issued:** 03 Mar 2021, 14:30 UTC', '2021-03-03'],
    ['Broadcast: Tue 02/03/2021, 18:05-18:30', '2021-03-02'],
    ['Wed 02/03/2021', '2021-02-03'],
    ['No. 734 of 5 March 2021', '2021-03-05'],
  ])('%j → %s', (line, date) => {
    expect(parseDateLine(line)).toBe(date)
  })
})

describe('a copied wire page whose date line runs into its time and its "Updated"', () => {
  it('gives the page its own date and headline', () => {
    const r = parseArticle(
      'wire.txt',
      'World | Europe\n\nVelta troops land in Osk as riots spread\nMarch 6, 20249:47 AM GMTUpdated 2 hours ago\nBy Ivo Lask\nOSK, March 6 (Wire) - The first Velta troops landed in Osk on Wednesday.',
    )
    expect(r.ok && [r.article.title, r.article.date]).toEqual(['Velta troops land in Osk as riots spread', '2024-03-06'])
  })
})

describe('a date line set in columns (a PDF turned to text)', () => {
  it('gives its date from the date cell', () => {
    const r = parseArticle(
      'brief.txt',
      'VELTA SECURITY MONITOR                          Policy Brief No. 3/2023\nThe League in Velta: a first deployment\nDate of issue: 21 March 2023          Author: Ivo Lask, Senior Fellow\n\nBetween 6 and 19 March the league deployed its forces in Velta.',
    )
    expect(r.ok && r.article.date).toBe('2023-03-21')
  })
})

describe('isFurniture', () => {
  it.each([
    ['News | Europe | Moldova', true],
    ['Home / World / Europe', true],
    // A headline, then its outlet or kicker after a bar, is no path.
    ['Velsk sells city airport | Nordic Post', false],
    ['World news | Europe', true],
    ['By Jane Roe | 4 min read', true],
    ['*By Jane Roe, staff writer*', true],
    ['Reading time: 3 minutes', true],
    ['Photo: a convoy near the border. (File photo)', true],
    ['![A convoy](convoy.jpg)', true],
    ['Convoy crosses the border at dawn', false],
    // A sentence of the story that opens "By <day>" is no byline.
    ['By Tuesday the outage had become a nationwide blackout.', false],
    ['By January 19, all the troops had left.', false],
    ['By Sunday, the troops had left.', false],
    ['By Olzhas Auyezov and Tamara Vaal in Almaty', true],
    ['*By Ana Lind, contributing columnist*', true],
    ['By Staff and agencies', true],
    // Editors and time stamps after the names.
    ['By Olzhas Auyezov; editing by Mark Heinrich', true],
    ['By Jane Roe Last updated on March 6', true],
    ['By Jane Roe Updated 2 hours ago', true],
    ['By Jane Roe with reporting by John Doe', true],
    ['By Jane Roe · 12 January 2022 · 5 min read', true],
    ['By Jane Roe 10:42 AM', true],
    // A time after "By" opens a sentence of the story.
    ['By Sunday 16 had died.', false],
    ['By Tuesday 2 were arrested.', false],
    ['By dawn 40 were dead', false],
    ['By March 300 troops had left', false],
    ['By June Smith', true],
    // Navigation links apart by wide spaces, a teaser linking elsewhere, a mail's fields.
    ['Search   Sign in   Subscribe from €1', true],
    ['Live: border talks in Geneva — latest ▸', true],
    ['From: Velsk Dispatch <letters@velsk.example>', true],
    ['From the border, a convoy and its cargo', false],
    ['[ Қаз | Рус | Eng ]   Version for the visually impaired   Search...', true],
    ['Convoy crosses the border   at dawn on Tuesday, officials said.', false],
    // A year set as a heading is a timeline's section; bare, it is a counter or a date line.
    ['## 2023', false],
    ['**2023**', false],
    ['2023', true],
  ])('%j → %s', (line, furniture) => {
    expect(isFurniture(line)).toBe(furniture)
  })
})

describe('reading a page header', () => {
  it.each([
    ['headline directly followed by its date line', `Convoy crosses the border\nMar. 3, 2021 4:05 PM ET\n\n${BODY}`, 'Convoy crosses the border', '2021-03-03'],
    [
      'numeric date with a place line',
      `Convoy crosses the border\n03.03.2021\nPolitics | Moldova | 4 min read\n\n${BODY}`,
      'Convoy crosses the border',
      '2021-03-03',
    ],
    [
      'breadcrumb and label above the headline',
      `World | Europe | Moldova\n\nANALYSIS\n\nConvoy crosses the border at dawn\nUpdated 09:05 GMT, 3 March 2021\nBy Jane Roe\n\n${BODY}`,
      'Convoy crosses the border at dawn',
      '2021-03-03',
    ],
    [
      'markdown heading, byline and reading time',
      `# Convoy crosses the border\n2021-03-03T07:00:00Z\n\n*By Jane Roe | 4 min read*\n\n${BODY}`,
      'Convoy crosses the border',
      '2021-03-03',
    ],
    ['date at the foot of the page', `Convoy crosses the border\n\n${BODY}\n\nChisinau, 3 March 2021`, 'Convoy crosses the border', '2021-03-03'],
    [
      'date inside a ·-separated line',
      `Convoy crosses the border\n*Live coverage · Wednesday 3 March 2021 · newest first*\n\n${BODY}`,
      'Convoy crosses the border',
      '2021-03-03',
    ],
    ['byline and date joined by a dot', `Convoy crosses the border\nBy Jane Roe • Updated 3 March 2021\n\n${BODY}`, 'Convoy crosses the border', '2021-03-03'],
    ['date and reading time', `Convoy crosses the border\n3 March 2021 · 5 min read\n\n${BODY}`, 'Convoy crosses the border', '2021-03-03'],
    ['place, date and time', `Convoy crosses the border\nChisinau, 3 March 2021, 11:00 local time\n\n${BODY}`, 'Convoy crosses the border', '2021-03-03'],
    [
      'date and a relative update after wide spaces',
      `Convoy crosses the border\nMarch 3, 2021 2:31 PM UTC   Updated 4 hours ago\n\n${BODY}`,
      'Convoy crosses the border',
      '2021-03-03',
    ],
    ['byline and date after wide spaces', `Convoy crosses the border\nJane Roe   Mar 3, 2021\n\n${BODY}`, 'Convoy crosses the border', '2021-03-03'],
    [
      'a short headline opening with a label and a dash',
      `Graphics & Data > Fact boxes\n\nFACTBOX - The convoy at a glance\n2021-03-03T09:15:00Z\n\n${BODY}`,
      'FACTBOX - The convoy at a glance',
      '2021-03-03',
    ],
    [
      'a long org breadcrumb',
      `Government of the Republic of Veloria | Office of the Prime Minister\nHome > Press Center\n\nPRESS RELEASE\n03.03.2021\n\nConvoy crosses the border\n\n${BODY}`,
      'Convoy crosses the border',
      '2021-03-03',
    ],
    [
      'markdown headline of two sentences',
      `# Why did the convoy cross? A short guide\n3 March 2021\n\n${BODY}`,
      'Why did the convoy cross? A short guide',
      '2021-03-03',
    ],
    [
      'a cookie banner with its own heading and buttons above the page',
      `We respect your privacy\nWe and our 300 partners use cookies to store information on your device. By clicking "Accept all", you agree to their use.\n[ACCEPT ALL]  [REJECT ALL]  [SETTINGS]\n\nVELSK TODAY | World | Opinion | Subscribe\n\nConvoy crosses the border\n\nPublished 03.03.2021 14:03 | Updated 03.03.2021 18:40\n\n${BODY}`,
      'Convoy crosses the border',
      '2021-03-03',
    ],
    [
      'a newsletter with its mail header',
      `From: Velsk Dispatch <letters@velsk.example>\nTo: reader@example.com\nSubject: Velsk Dispatch #12 — The convoy comes home\n\nView in browser | Forward to a friend\n\nVELSK DISPATCH\nYour weekly letter from the border\nThursday, 4 March 2021\n\n${BODY}`,
      'Velsk Dispatch #12 — The convoy comes home',
      '2021-03-04',
    ],
    [
      "a European page's slashed date, read day first where the page writes days before months",
      `Convoy crosses on 6 January after 5 January talks\n\nBy A. Writer · 4 min read\nPublished 06/01/2021 11:20 GMT · Updated 07/01/2021 09:40 GMT\n\n${BODY}`,
      'Convoy crosses on 6 January after 5 January talks',
      '2021-01-06',
    ],
    [
      'a slashed date read day first where another shows its first number is the day',
      `Convoy crosses the border\n\nPublished 08/01/2021 · Updated 20/01/2021 09:14 CET\n\n${BODY}`,
      'Convoy crosses the border',
      '2021-01-08',
    ],
    [
      'a slashed date read month first where a day before a month is of another year or said once',
      `D-Day veterans born on 2 August gather, 78 years after 6 June 1944\n\nPosted 06/01/2022 10:00 ET\n\n${BODY}`,
      'D-Day veterans born on 2 August gather, 78 years after 6 June 1944',
      '2022-06-01',
    ],
    [
      'a slashed date read month first on a page that writes months before days, whatever month it names',
      `Convoy crosses the border after January 5 talks\n\nPublished 06/01/2021 11:20 ET\n\n${BODY}`,
      'Convoy crosses the border after January 5 talks',
      '2021-06-01',
    ],
    [
      "a forum thread: its title after 'Thread:', its date in the opening post's line",
      `Velsk Talk Forums › World Affairs › The Border\nThread: Convoy at the border - 12 trucks or 20?? (pls keep it sourced)\n\nStarted by border_watcher_77 · 4 Mar 2021, 09:12 · 47 replies · 3,912 views\n\n${BODY}`,
      'Convoy at the border - 12 trucks or 20?? (pls keep it sourced)',
      '2021-03-04',
    ],
    [
      "a mobile page's menu glyph and masthead in capitals with a button wide beside it",
      `☰ VELSK BORDER WIRE                                 [ Subscribe ]\n\nWorld › Europe\n\nConvoy crosses the border at dawn\n\nBy A. Writer · 4 min read\nPublished 3 March 2021 11:20 GMT\n\n${BODY}`,
      'Convoy crosses the border at dawn',
      '2021-03-03',
    ],
    [
      "a PDF's masthead in capitals with the document's number wide beside it, over the title",
      `VELSK BORDER MONITOR                          Policy Brief No. 4/2021\nThe Convoy at the Border: What It Means, March 2021\nDate of issue: 5 March 2021          Author: A. Writer\n\n${BODY}`,
      'The Convoy at the Border: What It Means, March 2021',
      '2021-03-05',
    ],
    [
      "'Thread:' that is no forum's: a label over the headline",
      `Thread: 1/7\nConvoy crosses the border at dawn\nMarch 3, 2021\n\n${BODY}`,
      'Convoy crosses the border at dawn',
      '2021-03-03',
    ],
    [
      'an agency masthead, language links and a section above the headline',
      `VELINFORM International News Agency\nEnglish | Română | Русский\nPolitics\n\nConvoy crosses the border\n\n3 March 2021, 12:47\n\n${BODY}`,
      'Convoy crosses the border',
      '2021-03-03',
    ],
    [
      'a masthead ending in its kind of outlet',
      `Velsk Border News Service\nMilitary & Defense\n\nConvoy crosses the border at dawn\n\n3 March 2021\n\n${BODY}`,
      'Convoy crosses the border at dawn',
      '2021-03-03',
    ],
    [
      'a dateline that names the agency after a dash',
      `Convoy crosses the border\n\nCHISINAU, 3 March 2021, 14:05 — VELINFORM\n\n${BODY}`,
      'Convoy crosses the border',
      '2021-03-03',
    ],
    [
      "a headline broken after its colon, under an institute's masthead",
      `VELSK POLICY BRIEF No. 3/2021      March 2021\n\nINSTITUTE FOR BORDER STUDIES\n\nA precedent at the border:\nWhat the convoy means for the region\n\n3 March 2021\n\n${BODY}`,
      'A precedent at the border: What the convoy means for the region',
      '2021-03-03',
    ],
    [
      'a byline and its date after a dash',
      `Convoy crosses the border\n\nBy Jane Roe — 3 March 2021, 18:20\n\n${BODY}`,
      'Convoy crosses the border',
      '2021-03-03',
    ],
  ])('%s', (_what, text, title, date) => {
    const r = parseArticle('page.txt', text)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.article.title).toBe(title)
    expect(r.article.date).toBe(date)
    expect(r.article.warnings).toEqual([])
    expect(r.article.sentences[0]!.text).toMatch(/^The first transport planes/)
    expect(r.article.sentences.at(-1)!.text).toBe('More troops were expected over the weekend.')
  })

  it.each([
    ['Troops to leave Veloria in two days', null],
    ['Troops leave on Monday, officials say', null],
    ['Veloria mission review (March 3, 2021)', '2021-03-03'],
  ])('takes a date from the headline %j only when it is written out with its year', (title, date) => {
    const r = parseArticle('page.txt', `${title}\n\n${BODY}`)
    expect(r.ok && r.article.date).toBe(date)
  })

  it.each([
    ['VELSK NEWS NETWORK  ·  WORLD NEWS', 'Velsk News Network'],
    ['MINISTRY OF DEFENCE OF THE REPUBLIC OF VELORIA', 'Ministry of Defence of the Republic of Veloria'],
    ['PRESS RELEASE', null],
    // A menu and a search glyph set wide beside the name, a glyph before it, buttons: no part of a name.
    ['≡ MENU   VELSK TODAY   🔍', 'Velsk Today'],
    ['☰ VELSK BORDER WIRE                    [ Subscribe ]', 'Velsk Border Wire'],
    ['[ACCEPT ALL]  [REJECT ALL]  [MANAGE OPTIONS]', null],
    ['VELSK HERALD   WORLD   POLITICS   BUSINESS', 'Velsk Herald'],
    ['PRESS RELEASE          VELSK ENERGY CORP', 'Velsk Energy Corp'],
  ])('takes the issuer from a masthead in capitals: %j → %s', (masthead, outlet) => {
    const r = parseArticle('page.txt', `${masthead}\n\nConvoy crosses the border\nMarch 3, 2021\n\n${BODY}\n\nEND`)
    expect(r.ok && r.article.outlet).toBe(outlet)
  })

  it.each([
    ['2021 Velorian border crisis\nFrom Veloripedia, the free online encyclopedia\nJump to navigation  Jump to search', '2021 Velorian border crisis'],
    [
      '2021 Velorian border crisis\nFrom Veloripedia, the free online encyclopedia\nJump to navigation  Jump to search\n\nPart of the border disputes\nLocation: Veloria (mainly Orlin, Dessa and the north)',
      '2021 Velorian border crisis',
    ],
    ['# 2021 Velorian border crisis\n\n> Main article: [League](#)\nLocation: Veloria (mainly Orlin, Dessa and the north)', '2021 Velorian border crisis'],
    ['Elections 2024\nLask wins a second term with 81 percent of the vote', 'Lask wins a second term with 81 percent of the vote'],
    ['Lask Fires Head of Security Service\nMarch 3, 2021', 'Lask Fires Head of Security Service'],
    ['Three questions for the defence minister:\nThe last convoys will leave by Friday, the minister said.', 'Three questions for the defence minister:'],
  ])('reads the headline above a tagline, under a section label, and as written in title case: %j', (head, title) => {
    const r = parseArticle('page.txt', `${head}\n\n${BODY}`)
    expect(r.ok && r.article.title).toBe(title)
  })

  it('keeps a standfirst over the date line in the body, and a tagline out of it', () => {
    const standfirst = 'The ministry uses a briefing to name the units and set a date for the convoy to leave'
    const r = parseArticle(
      'page.txt',
      `Convoy crosses the border\n\n${standfirst}\n\nJane Roe, border correspondent\nWednesday 3 March 2021 16.40 GMT\n\n${BODY}`,
    )
    expect(r.ok && r.article.date).toBe('2021-03-03')
    expect(r.ok && r.article.sentences[0]!.text).toBe(standfirst)
  })

  it('reads a comma-separated line as a dateline only when its other parts are a place or a time', () => {
    const r = parseArticle('page.txt', `Troops leave Veloria, officials say, 3 March 2021\n\n${BODY}`)
    expect(r.ok && r.article.title).toBe('Troops leave Veloria, officials say, 3 March 2021')
  })

  it('drops page footers: credits, rights, related links, share bars', () => {
    const r = parseArticle(
      'page.txt',
      `Convoy crosses the border\nMarch 3, 2021\n\n${BODY}\n\n(Reporting by Jane Roe; Editing by John Doe)\n\nCopyright 2021. All rights reserved.\n\nRelated: Who guards the border?\n\nShare this article: Facebook | Twitter`,
    )
    expect(r.ok && r.article.sentences.map((s) => s.text).join(' ')).not.toMatch(/Reporting|Copyright|Related|Share/)
  })

  it.each(['LIVE', 'PAGE 1 OF 2', 'By Anna Berg'])('keeps a headline in capitals with %j set wide beside it as the headline', (beside) => {
    const r = parseArticle(
      'page.txt',
      `CONVOY CROSSES THE BORDER AT DAWN          ${beside}\nThe first trucks were waved through by the guards at dawn.\nMarch 3, 2021\n\n${BODY}`,
    )
    expect(r.ok && r.article.title).toBe(`CONVOY CROSSES THE BORDER AT DAWN          ${beside}`)
  })

  it('drops a footer block whose menu and links come above its rights line', () => {
    const r = parseArticle(
      'page.txt',
      `Convoy crosses the border\nMarch 3, 2021\n\n${BODY}\n\n≡ MENU   VELSK TODAY\nHome | World | Europe | Business | Opinion | Video\nAbout us | Contact | Terms | Privacy\n© 2021 Velsk Today. All rights reserved.`,
    )
    expect(r.ok && r.article.sentences.map((s) => s.text).join(' ')).not.toMatch(/MENU|Privacy|©/)
    expect(r.ok && r.article.sentences.at(-1)?.text).toBe('More troops were expected over the weekend.')
  })

  it('keeps a list whose third item is marked "(c)"', () => {
    const r = parseArticle(
      'page.txt',
      `Convoy crosses the border\nMarch 3, 2021\n\n${BODY}\n\n(a) For Velsk: the convoy shows the league can act fast.\n(b) For Ostria: the border stays open.\n(c) For the West: statements had little effect on events.`,
    )
    expect(r.ok && r.article.sentences.at(-1)?.text).toMatch(/^\(c\) For the West/)
  })

  it('warns where the title fell back to the file name and where no date was found', () => {
    const r = parseArticle('border-story.txt', 'The first transport planes landed at the airfield on Thursday, officials said. More were expected.')
    expect(r.ok && r.article.title).toBe('border story')
    expect(r.ok && r.article.warnings.join(' ')).toMatch(/no headline found.*no publication date found/)
  })
})

describe('a page dated only by its address or an HTML tag', () => {
  it.each([
    ['https://news.example/world/2023/03/14/velta-floods-toll/', '2023-03-14'],
    ['<meta property="article:published_time" content="2023-03-14T09:10:00+02:00">', '2023-03-14'],
    ['<meta itemprop="datePublished" content="2023-03-14">', '2023-03-14'],
  ])('%j gives the date', (line, date) => {
    const r = parseArticle('page.txt', `${line}\n\nVelta floods toll rises to 40\n\nRescuers said on Tuesday that 40 people had died in the floods.`)
    if (!r.ok) throw new Error(r.reason)
    expect(r.article.date).toBe(date)
    expect(r.article.title).toBe('Velta floods toll rises to 40')
  })

  it('yields to a date line below it', () => {
    const r = parseArticle(
      'page.txt',
      'https://news.example/archive/2019/05/01/velta-floods-anniversary/\n\nVelta floods toll rises to 40\nMarch 20, 2023\n\nRescuers said on Tuesday that 40 people had died in the floods.',
    )
    if (!r.ok) throw new Error(r.reason)
    expect(r.article.date).toBe('2023-03-20')
  })

  it.each(['https://news.example/world/velta-floods-toll/', '<link rel="canonical" href="https://news.example/a">', 'https://news.example/2023/02/30/x/'])(
    '%j is furniture with no date',
    (line) => {
      const r = parseArticle('page.txt', `${line}\n\nVelta floods toll rises to 40\n\nRescuers said on Tuesday that 40 people had died in the floods.`)
      if (!r.ok) throw new Error(r.reason)
      expect(r.article.date).toBeNull()
      expect(r.article.title).toBe('Velta floods toll rises to 40')
    },
  )
})

describe('page shapes the review found misread', () => {
  it('keeps a headline ending "— date" as the headline, not a dateline, and the date line under it', () => {
    const r = parseArticle('page.txt', `Remembering the border crisis — March 3, 2021\nMarch 20, 2023\n\n${BODY}`)
    expect(r.ok && r.article.title).toBe('Remembering the border crisis — March 3, 2021')
    expect(r.ok && r.article.date).toBe('2023-03-20')
  })

  it("keeps a chronology's short entries as text", () => {
    const r = parseArticle('page.txt', `Convoy timeline\nMarch 20, 2023\n\n3 March 2021 — First convoys cross\n\n9 March 2021 — Last convoys leave\n\n${BODY}`)
    expect(r.ok && r.article.sentences.map((s) => s.text).join(' ')).toMatch(/First convoys cross.*Last convoys leave/)
  })

  it.each([
    [
      'a standfirst in ordinary case over the date line',
      'Curfew lifted in Velsk\nMayor Ivo Lask orders markets to reopen\nMarch 3, 2021',
      'Mayor Ivo Lask orders markets to reopen',
    ],
    ['a headline and its kicker apart by wide spaces', 'Convoys leave Velsk    Calm returns to the city\nMarch 3, 2021', null],
  ])('keeps %s: the headline is the first line, the rest stays text', (_what, head, firstSentence) => {
    const r = parseArticle('page.txt', `${head}\n\n${BODY}`)
    expect(r.ok && r.article.title).toBe(head.split('\n')[0])
    if (firstSentence) expect(r.ok && r.article.sentences[0]!.text).toMatch(new RegExp(`^${firstSentence}`))
  })

  it('loads a page with no headline: its first sentence is text, not a title', () => {
    const r = parseArticle(
      'wire.txt',
      'CHISINAU, 3 March 2021 — VELINFORM\n\nThe last convoys left the border crossing on Wednesday, the ministry said.\n\nCOMMENTS (47)\nSort by: Newest',
    )
    expect(r.ok).toBe(true)
    expect(r.ok && r.article.date).toBe('2021-03-03')
    expect(r.ok && r.article.sentences.map((s) => s.text)).toEqual(['The last convoys left the border crossing on Wednesday, the ministry said.'])
  })
})

describe('page shapes the second review found misread', () => {
  it.each([
    ['Velta Daily News\nLask arrested on treason charges\nJanuary 9, 2023', 'Lask arrested on treason charges', '2023-01-09'],
    ['The Orvin Herald\nLask arrested on treason charges\nJanuary 9, 2023', 'Lask arrested on treason charges', '2023-01-09'],
    ['Troops deployed to Marsk\n\nOrvin — January 7, 2023', 'Troops deployed to Marsk', '2023-01-07'],
    [
      'Government resigns as protests spread across the country overnight.\nJanuary 4, 2023',
      'Government resigns as protests spread across the country overnight.',
      '2023-01-04',
    ],
  ])('%j → %j, %s', (head, title, date) => {
    const r = parseArticle('page.txt', `${head}\n\n${BODY}`)
    expect(r.ok && r.article.title).toBe(title)
    expect(r.ok && r.article.date).toBe(date)
    expect(r.ok && r.article.sentences.length).toBe(2)
  })
})

describe('a place line between the date line and the headline', () => {
  it("is the dateline's, not the headline", () => {
    const r = parseArticle(
      'agency.txt',
      'VELTA-INFORM  |  News agency of Velta\nMain / Politics / Personnel\n\n17.03.2023, 16:42\nOsk\n\nHARBOUR CHIEF LEAVES POST AS INQUIRY OPENS\n\nOsk. 17 March. VELTA-INFORM - Ivo Lask has resigned as head of the harbour authority, the authority said.',
    )
    expect(r.ok && [r.article.title, r.article.date]).toEqual(['HARBOUR CHIEF LEAVES POST AS INQUIRY OPENS', '2023-03-17'])
  })
})

describe('a headline with its outlet after a bar', () => {
  it('gives the headline as the title and the outlet as the issuer', () => {
    const r = parseArticle(
      'page.txt',
      'Velsk sells city airport | Nordic Post\nApril 9, 2024\n\nVELSK - The city council voted on Tuesday to sell the airport.',
    )
    expect(r.ok && [r.article.title, r.article.outlet, r.article.date]).toEqual(['Velsk sells city airport', 'Nordic Post', '2024-04-09'])
  })
})

describe('an explainer whose date line leads an ISO date, with its section and byline beside it', () => {
  it('gives the page its own date', () => {
    const r = parseArticle(
      'explainer.md',
      '# Velta troops in Osk: what we know\n\n**Published 2021-03-09** · Explainers · *By Ivo Lask*\n\nThe last Velta soldiers have gone home.\n\nThey had guarded the port for a week.',
    )
    expect(r.ok && [r.article.title, r.article.date]).toEqual(['Velta troops in Osk: what we know', '2021-03-09'])
  })
})

describe("a programme's transcript", () => {
  it.each([
    [
      'VELTA VOICES - episode 12 transcript\n"After the vote: what changes in Osk?"\nRecorded 9 March 2021. Host: Ivo Lask. Guest: Dr. Tove Rask, lecturer in politics.\n\nQ: Tove, welcome back.\n\nA: Thanks, Ivo.',
      ['"After the vote: what changes in Osk?"', '2021-03-09'],
    ],
    [
      'VELTA VOICES PODCAST — Episode 40\n"Fuel, anger and a price freeze"\nTranscript | Recorded in Osk, broadcast 2 April 2021\nHost: Ivo Lask | Guest: Tove Rask\n\nIVO LASK: Tove, thanks for coming in.',
      ['"Fuel, anger and a price freeze"', '2021-04-02'],
    ],
  ])('reads the episode title under the programme line, and the day it was recorded or broadcast', (text, expected) => {
    const r = parseArticle('transcript.txt', text)
    expect(r.ok && [r.article.title, r.article.date]).toEqual(expected)
  })
})

describe('mastheads, labels and outlets around the headline', () => {
  it.each([
    [
      'a section label over a headline that itself names a day',
      'Local Government\n\nCouncil sets March 31, 2023 deadline for lead pipe plans\nPosted Feb. 14, 2023 at 3:10 PM\nBy Ana Berg | Staff writer\n\nOwners must file a plan by the end of next month.',
      ['Council sets March 31, 2023 deadline for lead pipe plans', '2023-02-14', null],
    ],
    [
      "a newspaper's name in title case over the section and headline: the outlet",
      'The Velsk County Sentinel\nLOCAL\n\nSchool board votes to reopen Lask Elementary\n\nBy Ivo Lask\nMarch 22, 2021 at 6:05 p.m. EDT\n\nStudents will return to their classrooms next month.',
      ['School board votes to reopen Lask Elementary', '2021-03-22', 'The Velsk County Sentinel'],
    ],
    [
      "the outlet after the headline's dash, over a kicker in capitals",
      'OSK ELECTION\n\nIndependent wins Osk mayoral race by 41 votes - Osk Daily\n\nOct 9, 2022 · By Sam Berg\n\nHelen Strand won 2,318 votes to 2,277.',
      ['Independent wins Osk mayoral race by 41 votes', '2022-10-09', 'Osk Daily'],
    ],
    [
      "a masthead's tagline over its menu",
      'VELSK INFORM\nRegional and world news\nAll news   Politics   Economy   Sport\n\nRegional airline to resume flights between Osk and Lund\n\n14 March 2021, 17:05\n\nThe carrier expects two flights a week.',
      ['Regional airline to resume flights between Osk and Lund', '2021-03-14', 'Velsk Inform'],
    ],
    [
      'lines of links only, and a Markdown headline that is a link to the outlet',
      '[Skip to main content](#main) [Skip to navigation](#nav)\n\n# [The Osk Dispatch](https://oskdispatch.example/)\n\n* [News](https://oskdispatch.example/news)\n* [Sport](https://oskdispatch.example/sport)\n\n# The ferry timetable nobody asked for\n\n*Published 17 April 2024*\n\nThe new summer schedule leaves a two-hour gap.',
      ['The ferry timetable nobody asked for', '2024-04-17', null],
    ],
    [
      "a ministry's section name and release number over a headline in capitals",
      'MINISTRY FOR FOREIGN AFFAIRS OF VELTA\nHome | The Ministry | Press Releases | Contact Us\n\nPress Releases\n\nPR 114/2022\n\nFOREIGN MINISTER HOLDS TALKS WITH NORWEGIAN COUNTERPART ON FISHERIES\n\nThe Minister today received the Foreign Minister of Norway.\n\nValletta, 17.06.2022',
      ['FOREIGN MINISTER HOLDS TALKS WITH NORWEGIAN COUNTERPART ON FISHERIES', '2022-06-17', 'Ministry for Foreign Affairs of Velta'],
    ],
    [
      "a brief's number over a long headline in capitals and its deck",
      'Policy Brief No. 7/2021\n\nCOLD CHAIN GAPS LEAVE RURAL CLINICS WITHOUT RELIABLE VACCINE STORAGE\n\nFindings from a survey of 212 health posts\n\nPublished: 30 March 2021\n\nMost clinics had no backup power.',
      ['COLD CHAIN GAPS LEAVE RURAL CLINICS WITHOUT RELIABLE VACCINE STORAGE', '2021-03-30', null],
    ],
    [
      "a print view's buttons and stamp",
      'Print this page | Close window\n\nPrinted on: 12/02/2024 7:55 AM\n\nShellfish harvest closed along southern beaches\n\nBy Mark Osei, Staff Writer\n\nPublished: Dec. 1, 2024, 4:10 p.m.\n\nThe harvest was closed on Friday.',
      ['Shellfish harvest closed along southern beaches', '2024-12-01', null],
    ],
    [
      'a forum\'s breadcrumb set apart by "‹"',
      'Board index ‹ Regional Reports ‹ North Fork\n\nDam release schedule changed for the North Fork this weekend\n\nPosted: Sat Nov 23, 2024 7:18 am\n\nHeads up to anyone fishing below the dam.',
      ['Dam release schedule changed for the North Fork this weekend', '2024-11-23', null],
    ],
    [
      "a site's name over its menu, one link to a line, as a select-all copy lays it out",
      'Institute for Velta Studies\nResearch\nCommentary\nEvents\nAbout\nCOMMENTARY\nWhat the new defence pact means for coastal Velta\nPublished 2 February 2024\n\nThe alliance is reshaping security cooperation.\n\nThe coastal states are watching.',
      ['What the new defence pact means for coastal Velta', '2024-02-02', 'Institute for Velta Studies'],
    ],
    [
      'a short headline over a byline and two short lines is still the headline',
      'Troops land in Osk\nBy Ivo Lask\nReporter\nShare\n\nThe first planes landed on Thursday, officials said.\n\nMore were expected.',
      ['Troops land in Osk', null, null],
    ],
    [
      'an agency page\'s "Source:" line, and its "Enditem" mark',
      "Peru's Congress censures interior minister over Puno clashes\nSource: Andes Press Service | 2023-07-19 21:04:11 | Editor: Luis Carranza\n\nLIMA, July 19 -- Peru's Congress on Wednesday censured the interior minister.\n\nThe vote was 68 to 40.\n\nEnditem",
      ["Peru's Congress censures interior minister over Puno clashes", '2023-07-19', 'Andes Press Service'],
    ],
    [
      "a translated agency page's note on its source language, over a headline in capitals",
      '14.03.2021 | 21:05\nCategory: Region / Security\nSource language: Russian. Machine-assisted translation, edited by the English desk.\n\nVELTA PEACEKEEPERS BEGIN LEAVING OSK; NORWEGIAN AND FINNISH UNITS ALREADY HOME-BOUND\n\nOSK. The contingents that arrived a week ago have begun to leave.\n\nThe pull-out ends on Friday.',
      ['VELTA PEACEKEEPERS BEGIN LEAVING OSK; NORWEGIAN AND FINNISH UNITS ALREADY HOME-BOUND', '2021-03-14', null],
    ],
    [
      'a headline of two sentences, the second with no full stop',
      'Home | World | Opinion | Columnists\n\nOPINION / COLUMNISTS\n\nThe vote buried the "Father of the Nation". It did not bury the strong presidency\n\nBy Ana Berg\n\nSome votes tell you more by their margin than by their result.\n\nThe package rewrote a third of the articles.',
      ['The vote buried the "Father of the Nation". It did not bury the strong presidency', null, null],
    ],
    [
      "a body's name over the release's number, its date, and the headline under them",
      'Council of the Velta Union\nHome > Press > Press releases\n\nPRESS RELEASE\n14/21\n8 March 2021 11:40\n\nOsk: Declaration by the High Representative on the situation in Osk\n\nThe Union follows the violence in Osk with deep concern.\n\nIt calls for restraint.',
      ['Osk: Declaration by the High Representative on the situation in Osk', '2021-03-08', 'Council of the Velta Union'],
    ],
    [
      "an issuer in capitals, its secretariat's and press service's names, and the date line under the headline",
      'NORTHERN DEFENCE PACT\nSecretariat of the Pact\nPress Service\n\nHome / Press Centre / News\n\nINFORMATION MESSAGE\nOn the completion of the withdrawal of the Pact forces from Velta\n\n19.03.2021\nOsk\n\nThe withdrawal was completed on Friday.\n\nAll units are home.',
      ['On the completion of the withdrawal of the Pact forces from Velta', '2021-03-19', 'Northern Defence Pact'],
    ],
    [
      "an embassy's alert: its fields and a list's lead are no headline under the alert's line in capitals",
      'Velta Embassy & Consulate in Osk\n\nHome > News & Events > Security Alerts\n\nSECURITY ALERT – VELTA EMBASSY OSK\nMarch 8, 2021\n\nLocation: Nationwide\n\nEvent: Continuing unrest\n\nOn March 7 the ministry raised its advisory for Osk.\n\nActions to Take:\n- Shelter in place.\n- Avoid crowds.',
      ['SECURITY ALERT – VELTA EMBASSY OSK', '2021-03-08', 'Velta Embassy & Consulate in Osk'],
    ],
    [
      'a wire\'s slug in capitals names no outlet (nor, in title case, a word like "Wire" that a headline may end with)',
      'Meridian Wire\nWorld | Europe\n\nVELTA-PROTESTS/PACT (UPDATE 2)\n\nUPDATE 2-Pact force starts leaving Velta\n\nBy Ana Berg\nMarch 13, 2021 11:46 AM GMT\n\nThe first planes left on Thursday.\n\nMore leave on Friday.',
      ['UPDATE 2-Pact force starts leaving Velta', '2021-03-13', null],
    ],
    [
      "a kind of page in capitals over the headline a level down, under an institute's name",
      "Osk Institute for International Affairs\nProgrammes › Events › Past events\n\n# EVENT RECAP\n\n## Borrowed ships? The pact's first mission at sea\n\n**Online panel** | 27 March 2021 | 15:00–16:30 CET\n\nThe panel discussed the mission.\n\nIt lasted two weeks.",
      ["Borrowed ships? The pact's first mission at sea", '2021-03-27', 'Osk Institute for International Affairs'],
    ],
    [
      "a forum thread's title said twice, like a record's field, is still its headline",
      'Osk Defence Forum\nBoard index ‹ Crises ‹ Velta\n\nVelta: pact "peacekeepers" go in (megathread)\n\nPost Reply   Search this topic…   6 posts • Page 1 of 1\n\nVelta: pact "peacekeepers" go in (megathread)\nby osk_wolf » Thu Mar 04, 2021 9:14 am\n\nSo it is happening. The council agreed to send troops.\n\nMore to come.',
      ['Velta: pact "peacekeepers" go in (megathread)', '2021-03-04', null],
    ],
    [
      'a date only at the foot of the page',
      'Why the Osk bypass is three years late\n\nBy Ana Berg, Transport Correspondent\n\nDrivers were promised an end to the queues within two years.\n\nThe council says lessons have been learned.\n\nThis article was first published on 2 December 2021.',
      ['Why the Osk bypass is three years late', '2021-12-02', null],
    ],
  ])('%s', (_, text, expected) => {
    const r = parseArticle('page.txt', text)
    expect(r.ok && [r.article.title, r.article.date, r.article.outlet]).toEqual(expected)
  })
})

describe("a clipper's address line", () => {
  it('dates the page by the date in its path', () => {
    const r = parseArticle(
      'clip.txt',
      'Saved from: https://www.osk.example/2021/03/03/school-board-approves/\nSource: Osk Chronicle\n\nSchool board approves later start times\n\nClasses will start at 8:45 a.m. from next fall.',
    )
    expect(r.ok && [r.article.title, r.article.date]).toEqual(['School board approves later start times', '2021-03-03'])
  })
})

describe("a live entry's day and time", () => {
  it.each(['**Thu 6 Jan · 08:40**', 'Thu 6 Jan · 08:40 GMT'])('%s is no breadcrumb', (line) => expect(isFurniture(line)).toBe(false))
  it('leaves a path a path', () => expect(isFurniture('World · Europe')).toBe(true))
})
