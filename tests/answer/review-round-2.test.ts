import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { buildQuoteIndex } from '../../src/quotes/quote-index.ts'
import { speakingHolders } from '../../src/search/office-holders.ts'
import { buildLexicon } from '../../src/text/index.ts'
import { askReport, reportEngine } from '../support/made-up-report.ts'

// A second review helper's probes of this round's later rules (commits 557e298 … 948b20c), each a made-up page and a
// chat-typed question a rule answered wrong or lost; each passed at its commit's parent, and all are mended.

/** The quotations of one made-up article, as [speaker, first words], through the quote index. */
function quotes(body: string): [string, string][] {
  const r = parseArticle('made-up.txt', `Made-up report on the strike in Velta\n\n${body}\n`)
  if (!r.ok) throw new Error(r.reason)
  return buildQuoteIndex([r.article]).quotes.map((q) => [q.speaker, q.text.slice(0, 24)])
}

/** The surname terms speakingHolders gives each sentence of a made-up report, as "sentence → terms". */
function holders(body: string): Record<string, string[]> {
  const r = parseArticle('report.txt', `A made-up report\nMarch 20, 2023\n\n${body}`)
  if (!r.ok) throw new Error(r.reason)
  const found = speakingHolders(buildLexicon([r.article]), r.article)
  return Object.fromEntries([...found].map(([i, terms]) => [r.article.sentences[i]!.text, terms]))
}

const LASK = 'President Ivo Lask flew to Velta on Monday.\n\n'

describe('new wrong answers and lost right ones', () => {
  describe('557e298: "the president" as object of a clause is no subject of the verb after it', () => {
    it.each([
      [`${LASK}Generals who defied the president ordered a crackdown on the port on Tuesday.`, 'what did lask order'],
      [`${LASK}Generals who defied the president ordered a crackdown on the port on Tuesday.`, 'did lask order the crackdown'],
      [`${LASK}Soldiers loyal to the president stormed the television tower in Kessa on Tuesday.`, 'what did lask storm'],
      [`${LASK}Protesters who opposed the president blocked the road to Kessa airport on Tuesday.`, 'did lask block the road to the airport'],
    ])('%j: %j gets no short answer', (body, q) => {
      expect(askReport(body, q).status).not.toBe('answered')
    })
    it('indexes no holder for a sentence whose subject is someone else', () => {
      expect(holders(`${LASK}Generals who defied the president ordered a crackdown on the port on Tuesday.`)).toEqual({})
    })
  })

  describe('904084d: a thing the page writes "went down/out" is lost when the question is rewritten to "got cut"', () => {
    it.each([
      [
        'Power went out across Velta on Monday night.\n\nThe state power company cut gas supplies to Kessa on Wednesday.',
        'when did the power go out',
        /Monday/,
        /Wednesday/,
      ],
      [
        'The evacuation signal went out to residents of Kessa on Monday.\n\nThe mobile signal was cut across Kessa on Thursday.',
        'when did the signal go out',
        /Monday/,
        /Thursday/,
      ],
      [
        'The mobile network went down at 11:00 on Tuesday, operators said.\n\nInternet access was cut across Velta at 18:00 on Wednesday.',
        'when did the mobile network go down',
        /Tuesday/,
        /Wednesday/,
      ],
      [
        'The phone lines went dead in Kessa on Monday.\n\nThe authorities cut phone lines to Dorn on Friday.',
        'when did the phones go out in kessa',
        /Monday/,
        /Friday/,
      ],
    ])('%j: %j', (body, q, right, wrong) => {
      const a = askReport(body, q)
      expect(a.answer ?? '').not.toMatch(wrong)
      expect(a.answer ?? '').toMatch(right)
    })
  })

  describe('fcbdc01: a kind the wider kinds bring in is counted as the noun asked', () => {
    it.each([
      [
        'Troops opened fire on a protest march in Velta on Monday.\n\nTwelve marchers were killed, the health ministry said.',
        'how many soldiers were killed',
        /marchers/i,
      ],
      ['Rebels attacked the port of Kessa on Monday.\n\nThree oil tankers were hit in the attack, the navy said.', 'how many soldiers were hit', /tankers/i],
      ['A roof collapsed at a school in Kessa on Monday.\n\nSeven girls were injured, the health ministry said.', 'how many women were injured', /girls/i],
      [
        'Police broke up a protest outside Kessa hospital on Monday.\n\nFourteen nurses were arrested, the police said.',
        'how many women were arrested',
        /nurses/i,
      ],
      ['The Velta savings bank closed ten branches on Monday.\n\nThe bank fired forty tellers, the union said.', 'how many officials were fired', /tellers/i],
      [
        'Rebels attacked the port of Kessa on Monday.\n\nTwo navy cruisers were destroyed in the attack, the navy said.',
        'how many cars were destroyed',
        /cruisers/i,
      ],
      [
        'A fire broke out at the Velta zoo on Monday.\n\nForty captives died in a separate fire at the Kessa prison.',
        'how many animals died in the fire',
        /captives/i,
      ],
    ])('%j: %j', (body, q, wrong) => {
      expect(askReport(body, q).answer ?? '').not.toMatch(wrong)
    })
  })

  describe('ff12e62: "how many planes" counted with aircraft that are helicopters', () => {
    it.each([
      ['Twelve aircraft landed at Kessa airport on Monday: nine helicopters and three transport planes.', 'how many planes landed at kessa', /twelve/i],
      ['Rebels shot down three aircraft over Kessa on Monday, all of them helicopters, the army said.', 'how many planes were shot down', /three/i],
    ])('%j: %j', (body, q, wrong) => {
      expect(askReport(body, q).answer ?? '').not.toMatch(wrong)
    })
  })

  describe('d6070d8: who tracked something down is no one who monitored something else', () => {
    it.each([
      [
        "The gunmen fled Kessa on Monday.\n\nObservers from the Velta Vote Watch monitored the gunmen's trial.\n\nNorland border guards traced the gunmen to a farm near Dorn.",
        'who tracked down the gunmen',
        /Vote Watch/,
      ],
      [
        "Police monitored the suspect's phone for weeks.\n\nA dog unit tracked the suspect to a barn near Dorn, where officers arrested him on Monday.",
        'how did police track the suspect',
        /phone/i,
      ],
    ])('%j: %j', (body, q, wrong) => {
      expect(askReport(body, q).answer ?? '').not.toMatch(wrong)
    })
  })

  describe('2895009: a short quotation skipped lets the speaker of another clause take the next one', () => {
    it.each([
      ['Ivo Lask said the talks were “going nowhere” but Kessa Orlov disagreed: “We are close to a deal on the port.”', 'We are close'],
      [
        'Mayor Ivo Lask told reporters the strikers were “bandits” while a union leader countered: “We are workers, not criminals, and we will stay.”',
        'We are workers',
      ],
    ])('%j: not Ivo Lask', (body, words) => {
      const q = quotes(body).find(([, text]) => text.startsWith(words))
      expect(q?.[0] ?? null).not.toBe('Ivo Lask')
    })
    it('answers "who said" with nobody wrong', () => {
      const body = 'Ivo Lask said the talks were “going nowhere” but Kessa Orlov disagreed: “We are close to a deal on the port.”'
      expect(askReport(body, 'who said we are close to a deal on the port').answer ?? '').not.toMatch(/Lask/)
    })
  })

  describe('0327108: the possessive before the noun of words is not always the speaker', () => {
    it.each([
      [
        'Kessa Orlov spoke on Monday.\n\nLask’s warning drew a sharp reply from Kessa Orlov: “Nobody will leave the port before spring, whatever he says.”',
        'Nobody will leave',
        /Lask/,
      ],
      [
        'Ivo Lask spoke on Monday. Kessa Orlov answered within the hour.\n\nHer reply to Lask’s statement was blunt: “Nobody will leave the port before spring.”',
        'Nobody will leave',
        /Lask/,
      ],
      [
        'Ivo Lask spoke on Monday.\n\nThe union’s response to Lask’s message was swift: “We will strike again on Friday, all of us together.”',
        'We will strike',
        /Lask/,
      ],
      [
        'Ivo Lask spoke on Monday.\n\nThe response to Lask’s message from the union was swift: “We will strike again on Friday, all of us together.”',
        'We will strike',
        /Lask/,
      ],
    ])('%j', (body, words, wrong) => {
      const q = quotes(body).find(([, text]) => text.startsWith(words))
      expect(q?.[0] ?? '').not.toMatch(wrong)
    })
    it('answers "what did lask say" with no words of the union', () => {
      const body = 'Ivo Lask spoke on Monday.\n\nThe union’s response to Lask’s message was swift: “We will strike again on Friday, all of us together.”'
      expect(askReport(body, 'what did lask say about the strike').answer ?? '').not.toMatch(/strike again/)
    })
  })

  describe('6e94061: "from what to what" takes the first from–to of the sentence, or drops a right answer', () => {
    it('does not give the other good’s change', () => {
      const body = 'Fuel prices in Velta rose from 40 to 60 cents a litre in March, and the price of bread went from 90 to 120 cents a loaf.'
      expect(askReport(body, 'how much did bread go up by, like from what price to what').answer ?? '').not.toMatch(/40 to 60/)
    })
    it('still counts the families that moved between two towns', () => {
      expect(askReport('About 300 families moved from Kessa to Dorn on Monday.', 'how many families moved from what town to what town').answer ?? '').toMatch(
        /300/,
      )
    })
  })

  describe('e9795cc: "one" is no number shape, so a count of one is no short answer any more', () => {
    it.each([
      ['The league sent a mission to Velta in March.\n\nOnly one country, Norland, sent troops.', 'how many countries sent troops', /one country/i],
      ['Storms hit the coast of Velta on Monday.\n\nJust one ferry sank in the storm off Kessa.', 'how many ferries sank', /one ferry/i],
    ])('%j: %j', (body, q, right) => {
      expect(askReport(body, q).answer ?? '').toMatch(right)
    })
  })

  describe('948b20c: "what was X doing" rewritten to "what tasks" for things that have none', () => {
    it('gives no reporter clause for a price', () => {
      const body = 'The price of bread rose by 40 percent in March, the statistics office said.\n\nThe office’s tasks include counting prices every week.'
      expect(askReport(body, 'what was the price of bread doing in march').answer ?? '').not.toMatch(/statistics office said/i)
    })
    it('keeps the passage of what a person was doing first', () => {
      const body = 'President Ivo Lask flew to Norland on Monday for talks on gas prices.\n\nHis ministers were given new tasks in the cabinet reshuffle.'
      expect(reportEngine(body).retrieve('what was lask doing in norland', 1)[0]?.excerpt).toContain('talks on gas prices')
    })
  })
})
