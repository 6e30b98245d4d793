import { describe, expect, it } from 'vitest'
import { askReport } from '../support/made-up-report.ts'
import { parseArticle } from '../../src/corpus/article.ts'
import { buildEngine } from '../../src/engine/engine.ts'

// Made-up reports: an open question's answer is cut from a sentence after the question's last word in it.
const ask = askReport

const ORDER =
  'President Ivo Lask has ordered the police and the army to close the border with Ostria, he said in an address to the nation on Monday, as security forces searched the capital for looters.'

describe('open answers: where the answer starts', () => {
  it.each([
    // A word merely like one the sentence already said ("forces" after "police").
    [ORDER, 'what did lask tell the police and army to do on monday'],
    [ORDER, 'what did lask order the police n army to do'],
  ])('not after a word like one already said: %j', (body, question) => {
    expect(ask(body, question).answer ?? '').not.toMatch(/searched the capital/i)
  })
})

describe('open answers: a question for a kind of thing takes no clause', () => {
  it.each([
    ['The first Norland transport plane took off, according to officials in Velsk, shortly after midnight.', 'what type of norland plane took off first'],
    ['Norland invoked the treaty on Monday, citing a threat from abroad.', 'which part of the treaty did norland invoke'],
    // "Which" picks one of a kind, though the kind went unread: never the words a sentence goes on with.
    [
      "Ivo Lask, the Norland defence ministry's spokesman, announced on 7 March that the force would be led by General Ola Brun, commander of the Norland marines since October 2016, who had commanded Norland's forces in Ostria from April to September 2019.",
      "which norland defence ministry spokesperson announced who'd lead the force",
    ],
    [
      'Twelve lawyers were suspended by the general council of the bar on Monday for taking part in the protests.',
      'which general council suspended the lawyers',
    ],
  ])('%j: %s', (body, question) => {
    expect(askReport(body, question).status).not.toBe('answered')
  })
})

describe('an open answer is cut only from a sentence that names whom the question asks about', () => {
  const r = parseArticle(
    'lask.txt',
    `Former spy chief detained\nMarch 9, 2023\n\nIvo Lask, 56, was removed from his post by the president on Wednesday.\n\nWhere is Ivo Lask?\n\nInterior ministry figures released on Saturday said more than 400 people had been arrested. Officials say security forces have killed 26 "armed criminals" and that 18 officers have died.`,
  )
  if (!r.ok) throw new Error(r.reason)
  const engine = buildEngine({ articles: [r.article], skipped: [] })
  it.each(['what was lask being accused of', 'what is lask accused of'])('%j: not what a sentence under a heading naming him says', (q) => {
    expect(engine.ask(q).answer).toBeNull()
  })
})

describe('an open answer is never the agent after a passive verb', () => {
  const body =
    'The Ostrian peacekeepers left in their own convoy from the grounds of the Velsk power station, which was guarded by them, in the direction of the border of their country.'
  it.each(['what site were the ostrian guys guarding', 'what were the ostrian peacekeepers guarding'])('%j', (q) => {
    expect(ask(body, q).answer ?? '').not.toMatch(/^By them/)
  })
})

describe('a verb in a clause whose object stands before it', () => {
  // A made-up report: what the soldiers guarded is named before "which they had guarded", not after it.
  const body =
    "The Velt soldiers pulled out of the city's second power plant, known as PP-2, which they had guarded since arriving.\n\nThey flew home on Sunday."
  it('does not answer what they guarded with the words after the verb', () => {
    expect(askReport(body, 'what did the velt soldiers guard in the city').answer ?? '').not.toMatch(/^Since/i)
  })

  it('nor where the clause has no relative word ("the plant they were guarding")', () => {
    const plain = 'The Velt soldiers left the Osk grain port they were guarding in their own convoy, about 250 km to the border.\n\nThey flew home on Sunday.'
    expect(askReport(plain, 'what were the velt guys guarding in osk').answer ?? '').not.toMatch(/convoy/i)
  })
})

describe('questions typed with the question word last or left out', () => {
  const body =
    'Police spokeswoman Anna Berg said on state television that dozens of attackers had been killed as they tried to storm police stations in the city.\n\nGeneral Ivo Lask has headed the Velt Airborne Forces since 2016.\n\nVelt sent 200 soldiers and Orsk 150.'
  it.each([
    ['police spokeswoman who said dozens of attackers were killed', 'Anna Berg'],
    ['lask has headed the velt airborne forces since when', '2016'],
    ['velt troop count?', '200'],
  ])('%j → %s', (question, answer) => {
    expect(askReport(body, question).answer ?? '').toContain(answer)
  })
})

describe('what the question sets apart is no mark of where the answer starts', () => {
  const body = 'The Velt soldiers guarded the Orsk bread factory, one of the largest in the city, and the Lask water plant.\n\nThey left on Friday.'
  it('does not answer with the words after the thing set apart', () => {
    expect(askReport(body, 'besides the bread factory what did the velt soldiers guard').answer ?? '').not.toMatch(/^One of the largest/i)
  })
})

describe('words after the very noun asked about say more of it, not which one it was', () => {
  const body =
    'General Ivo Lask flew out of Velsk on Tuesday with the last of the force; footage showed the planes landing in Orsk, where a ceremony was held.\n\nThe mission is over.'
  it('does not answer "what plane" with what the planes did', () => {
    expect(askReport(body, 'what plane did lask fly out on').answer ?? '').not.toMatch(/^Landing/i)
  })
})

describe('an open answer that holds what the question sets apart, or a question with no question word', () => {
  const body = 'Apart from the railway station, protesters blocked the motorway to Vestra for two days.\n\nPolice cleared it on Friday.'
  it('does not answer "apart from the motorway" with the motorway', () => {
    expect(askReport(body, 'apart from the motorway what did protesters block').answer ?? '').not.toMatch(/motorway/i)
  })
  it('gives no open answer to a question with no question word', () => {
    const page = 'At the meeting in Orsa, Velt Foreign Minister Rachel Stone said the grain corridor must stay open.\n\nThe talks end on Friday.'
    expect(askReport(page, 'velt fm').answer ?? '').not.toMatch(/said the grain corridor/i)
  })
})

// Made-up reports: an open question ("what did they agree to do") answered by the words a sentence goes on with.
describe('an open answer cut after a noun the question names', () => {
  it('is not "of …", the rest of that noun phrase', () => {
    const r = askReport(
      'Leaders met in Velsk on Monday. The member states agreed to share the costs of the mission equally, the league said.',
      'what did member states agree to do about the cost',
    )
    expect(r.answer ?? '').not.toMatch(/^of\b/i)
  })

  it('may be "of …" after the deed asked ("carrying out guard of the plant")', () => {
    const r = askReport(
      'The Velmari unit left on Friday. During the mission the Velmari soldiers were carrying out guard of the largest bakery of the city, the Orsk bread plant, which feeds the population.',
      'what were the velmari soldiers guarding',
    )
    expect(r.answer ?? '').toContain('Orsk bread plant')
  })
})

describe('an open question that ends on its preposition', () => {
  const body =
    "On Monday Karl Ebb, husband of the mayor's eldest daughter, resigned as chairman of Ostmark, the national chamber of commerce.\n\nHe gave no reason."
  it.each(['ebb quit as chairman of what', 'what did ebb resign as chairman of'])(
    '%j is answered with what the preposition takes, not the preposition',
    (q) => {
      expect(askReport(body, q).answer).toBe('Ostmark, the national chamber of commerce')
    },
  )
})
