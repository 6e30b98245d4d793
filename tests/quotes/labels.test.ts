import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/corpus/article.ts'
import { extractQuotes } from '../../src/quotes/extract.ts'

// Made-up transcripts: every name, place and programme below is invented.
function quotesOf(text: string) {
  const r = parseArticle('transcript.txt', text)
  if (!r.ok) throw new Error(r.reason)
  return extractQuotes(r.article).map((q) => [q.speaker, q.text])
}

const TV = `Velta Tonight: the floods summit
Aired March 10, 2023 - 19:00 ET

MARA OSK, HOST: Leaders of the Norland league met by video today. Our correspondent Pavel Dorn has been following it.

PAVEL DORN, CORRESPONDENT: It was a short session, and the mood was grim.

OSK: Let's hear from the president.

(BEGIN VIDEO CLIP)

IVO LASK, NORLAND PRESIDENT (through translator): We will rebuild every bridge the river took.

(END VIDEO CLIP)

DORN: He also said the aid would reach the valley within a week.`

const KREMLIN = `Meeting of the league council
March 10, 2023

President of Norland Ivo Lask: Colleagues, good afternoon.

The floods have hit three of our regions at once. We will not leave anyone without help.

Prime Minister of Ostria Eva Sorn: Thank you, Mr Lask. Ostria will send boats tomorrow.`

describe('a transcript: each labelled turn is its speaker’s words, sentence by sentence', () => {
  it('reads full labels, surname labels and a leader through a translator, and skips stage directions', () => {
    expect(quotesOf(TV)).toEqual([
      ['Mara Osk', 'Leaders of the Norland league met by video today.'],
      ['Mara Osk', 'Our correspondent Pavel Dorn has been following it.'],
      ['Pavel Dorn', 'It was a short session, and the mood was grim.'],
      ['Mara Osk', "Let's hear from the president."],
      ['Ivo Lask', 'We will rebuild every bridge the river took.'],
      ['Pavel Dorn', 'He also said the aid would reach the valley within a week.'],
    ])
  })

  it('runs a turn on over the unlabelled paragraphs after it, and names the speaker without the post before the name', () => {
    expect(quotesOf(KREMLIN)).toEqual([
      ['Ivo Lask', 'Colleagues, good afternoon.'],
      ['Ivo Lask', 'The floods have hit three of our regions at once.'],
      ['Ivo Lask', 'We will not leave anyone without help.'],
      ['Eva Sorn', 'Thank you, Mr Lask.'],
      ['Eva Sorn', 'Ostria will send boats tomorrow.'],
    ])
  })

  it.each([
    [
      'profiles of candidates',
      'The candidates\nMarch 10, 2023\n\nThe main candidates:\n\nIvo Lask, Velta Mayor: Lask, 54, has run the city since 2009. He promised to cut taxes.\n\nEva Sorn, Ostria Party: Sorn, 41, is a former judge. Critics say she lacks experience.\n\nPolls close at 8 pm.',
    ],
    [
      'a live blog’s entries under names',
      'Flood live\nMarch 10, 2023\n\nEva Sorn: The deputy mayor called the plan too slow and said 40 more boats were needed.\n\nIvo Lask: The mayor toured the flooded old town on Monday afternoon.',
    ],
  ])('finds no turns in %s, where nobody speaks as themself', (_what, page) => {
    expect(quotesOf(page)).toEqual([])
  })

  it('finds no turns on a page with one "Name: …" line or an infobox', () => {
    const page = `Velta floods\nMarch 10, 2023\n\nDate: 2 March 2023 - 9 March 2023\n\nLocation: the Velta valley\n\nMayor Ivo Lask: the city will recover, he told reporters later.\n\nThe river fell on Wednesday.`
    expect(quotesOf(page)).toEqual([])
  })
})

describe("a transcriber's note in a speaker's turn", () => {
  it('is not the speaker\'s words: "LASK: (Remarks not transcribed in full.)"', () => {
    const text = `Meeting of the league council
March 10, 2023

IVO LASK, PRESIDENT: Colleagues, we meet today because our neighbours asked for help.

EVA SORN, PRIME MINISTER: (Remarks not transcribed in full.)

LASK: Thank you. We will send our teams tomorrow, as we promised.`
    const quotes = quotesOf(text)
    expect(quotes.some(([, t]) => t?.includes('not transcribed'))).toBe(false)
    expect(quotes.some(([s]) => s === 'Ivo Lask')).toBe(true)
  })
})

describe('a transcript whose turns open with their time stamps', () => {
  it('reads each labelled turn as its speaker\'s words, a clip\'s too, though few say "I" or "we"', () => {
    const text = `Radio Osk: The World Tonight\nBroadcast: Tue 14/03/2023, 18:05\n\n[00:00:04] MARA OSK (host): Good evening. The league met today.\n\n[00:00:21] PAVEL DORN: It was chaired by Velta this year.\n\n[00:00:40] MARA OSK: Here is the minister.\n\n[00:00:52] [CLIP] IVAN PETROV: Once the league is in your port, it is hard to get it out.\n\n[00:01:10] PAVEL DORN: The reply came on Telegram.`
    expect(quotesOf(text)).toContainEqual(['Ivan Petrov', 'Once the league is in your port, it is hard to get it out.'])
  })
})

describe("a briefing's turns labelled by the speaker's post", () => {
  const briefing = (intro: string) =>
    `Daily press briefing\nMarch 6, 2023\n\n${intro}\n\nQuestion: Was the council told in advance about the league's troops?\n\nSpokesman: We were informed this morning of the deployment. What matters is that all forces respect the same standards.\n\nQuestion: So no objection in principle?\n\nSpokesman: I have said what I have to say on that.`
  it("are the words of whom the page names in that post; a reporter's question is no one's", () => {
    const got = quotesOf(briefing('The following is a near-verbatim transcript of the noon briefing by Ana Berg, Spokesman for the Council.'))
    expect(got).toContainEqual(['Ana Berg', 'We were informed this morning of the deployment.'])
    expect(got).toContainEqual(['Ana Berg', 'I have said what I have to say on that.'])
    expect(got.some(([, t]) => /^Question|no objection/.test(t ?? ''))).toBe(false)
  })
  it("are no one's where the page names no holder of the post", () => {
    expect(quotesOf(briefing('The following is a transcript of the noon briefing.')).some(([s]) => s === 'Spokesman')).toBe(false)
  })
})
