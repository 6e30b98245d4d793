import { describe, expect, it } from 'vitest'
import { analyzeQuestion, asksSuccessor } from '../../src/answer/index.ts'
import { cameIn } from '../../src/answer/succession.ts'
import { askReport, pagesEngine } from '../support/made-up-report.ts'

describe('a question for who came into a post', () => {
  it.each([
    ['who took over the bureau after hald got the boot', true],
    ['who is running the port authority after berg left', true],
    ['who took over the agency after ness stepped down', true],
    ['who was put in charge of the bureau once hald was out', true],
    ['after hald got the boot who ended up running the bureau', true],
    ['who was almaty mayor after berg', true],
    ['defence min hald got fired rite after the riots, who got the job after him', true],
    // Leading a march after someone left is no post taken; nor is a president after a war.
    ['who was president after the war', false],
    ['who led the march after lask left', false],
    ['who spoke after lask left', false],
    // "new" asks for a newcomer only before a post: a new toll, figure or fund has no holder who went.
    ["who's the new ceo of the port authority", true],
    ['who is the new coach of harwick united', true],
    ['who read out the new toll', false],
    ['who runs the new social fund', false],
  ])('%j asks for a successor: %s', (q, successor) => {
    const qa = analyzeQuestion(q, () => true)
    expect(qa.kind).toBe('person')
    expect(qa.successor === true || asksSuccessor(qa.normalized)).toBe(successor)
  })

  it('reads a time typed first as the time of the question ("after X got the boot who …")', () => {
    expect(analyzeQuestion('after hald got the boot who ended up running the bureau', () => true).normalized).toMatch(
      /^who ended up running the bureau after hald/,
    )
  })
})

// A made-up profile of the one who went, with the newcomer told once, in words of its own.
const profile = [
  'Velmar security chief sacked\nMarch 6, 2023',
  'Tomas Hald ran the State Security Bureau for six years and was long seen as the most powerful man in Velmar after the president.',
  'Hald was sacked on Wednesday as the unrest peaked, and the bureau said on Saturday that Hald had been detained on suspicion of treason.',
  'Hald had been close to the former president, and his fall was the most dramatic of the purge.',
  'Under Hald the bureau grew into the largest security agency in the region, taking over the border guard in 2019.',
  'Hald, 61, took over the bureau in 2017 after running the presidential administration.',
  'President Ivo Lask removed Hald and handed the bureau to Ada Voss, until then commander of the border guard.',
  'Hald denies the charges.',
].join('\n\n')

describe('the sentence that tells of a successor', () => {
  const engine = pagesEngine([profile])
  it.each(['who took over the bureau after hald got the boot', "who's running the bureau now that hald is out"])(
    'ranks among the first passages, over those about the one who went: %j',
    (q) => {
      expect(engine.retrieve(q, 3).some((c) => c.excerpt.includes('Ada Voss'))).toBe(true)
    },
  )
  it('answers, not the one who handed it over', () => {
    expect(engine.ask("who's running the bureau now that hald is out").answer).toContain('Ada Voss')
  })
})

describe('a successor to another post, or after another', () => {
  const engine = pagesEngine([
    'Valmar reshuffle\nJuly 3, 2023\n\nPrime Minister Frank Heller named Nora Bell as defence minister on Monday in a reshuffle that also brought a new finance minister, Simon Crane.\n\nBell, a former finance minister, replaces Robert Dunn, who moved to the foreign ministry.',
    'Guard gets a new head\nJuly 4, 2023\n\nThe ministry named General Alan Brooks as the new head of the national guard on Tuesday. Brooks replaced Owen Stark, who retired.\n\nSeparately, Prime Minister Simon Price resigned over a corruption inquiry on Friday.',
  ])
  it('is not who came into the post asked about ("named X as defence minister" for the finance minister)', () => {
    expect(engine.ask("who's the new finance minister").answer ?? '').not.toContain('Bell')
  })
  it('is not who came after the one the question names ("Brooks replaced Owen Stark" for who replaced Price)', () => {
    expect(engine.ask('who replaced price').answer ?? '').not.toContain('Brooks')
  })
  it('still answers who came after the one it names', () => {
    expect(engine.ask('who took over the national guard after stark retired').answer).toContain('Alan Brooks')
  })
})

describe('cameIn', () => {
  const at = (text: string, name: string) => ({ text: name, start: text.indexOf(name), end: text.indexOf(name) + name.length, key: name })
  it.each([
    [
      'Dorsch handed the finance ministry to Katja Ebner, a former central bank economist.',
      'Katja Ebner',
      "who's running the central bank now that sand is out",
      'other',
    ],
    ['Dorsch handed the finance ministry to Katja Ebner.', 'Katja Ebner', 'who is the new finance minister', 'asked'],
    ['Lask removed him and handed the agency to Ada Voss.', 'Ada Voss', 'who runs the bureau now', 'asked'],
    ['The post went to Ada Voss.', 'Ada Voss', 'who took over the bureau', 'asked'],
    ['Heller named Nora Bell as defence minister on Monday.', 'Nora Bell', "who's the new finance minister", 'other'],
    ['Nora Bell spoke on Monday.', 'Nora Bell', "who's the new finance minister", null],
  ] as const)('%j: %s → %s', (text, name, q, came) => {
    expect(cameIn(text, at(text, name), q)).toBe(came)
  })
})

describe('a newcomer told as taking over a post, asked with whom he followed', () => {
  const engine = pagesEngine([
    'Velmar cabinet\nJanuary 20, 2023\n\nMagnus Vell was not kept in the new cabinet, and Bolat Akmer took over as energy minister on January 11.\n\nThe cabinet met on Friday.',
  ])
  it.each(["who's the new energy minister", "who's the new energy minister after vell", "who's the new energy min after vell"])('%j → the newcomer', (q) => {
    expect(engine.ask(q).answer).toContain('Bolat Akmer')
  })
})

describe('a body someone "previously ran"', () => {
  const engine = pagesEngine([
    'Velmar names a new security chief\nMarch 6, 2023\n\nPresident Ivo Lask named Gregor Latham head of the State Security Bureau on Monday.\n\nLatham, 54, previously ran the bureau’s counter-terrorism directorate. He succeeds Ivo Brandt, who resigned last month.',
  ])
  it('is one he no longer runs', () => {
    expect(engine.ask('who runs the counter-terrorism directorate').answer ?? '').not.toContain('Latham')
  })
  it('leaves the post he holds now', () => {
    expect(engine.ask('who heads the state security bureau').answer).toContain('Gregor Latham')
  })
})

describe('"new" before what is no post', () => {
  it('asks for whoever did the deed: "who read out the new toll"', () => {
    const r = askReport(
      'The death toll rose to 40 on Monday.\n\nIvo Lask, head of the police press office, read out the new toll at a briefing in Velsk.',
      'who read out the new toll',
    )
    expect(r.answer).toContain('Ivo Lask')
  })
  it('leaves a new post with nobody told as coming in unanswered', () => {
    expect(
      askReport('Anna Berg resigned as coach of Harwick United on Monday. Club officials thanked her.', 'who is the new coach of harwick united').answer,
    ).toBeNull()
  })
})

describe('a person told as leading the thing set off just before', () => {
  const body = 'The government also announced a new housing fund and a new agency for roads, to be led by David Cole.'
  it('leads that thing', () => {
    expect(askReport(body, 'who will lead the new agency for roads').answer).toBe('David Cole')
  })
  it('leads nothing named before it', () => {
    expect(askReport(body, 'who heads the new housing fund').answer).toBeNull()
  })
  const law = "The new road safety law, drafted by the justice ministry's legal director, Oskar Lund, will also raise fines."
  it('leads that thing only, a title before the name ("headed by retired judge X")', () => {
    const panel = 'The government set up an inquiry commission, headed by retired judge Berit Falk, and a budget review panel on Monday.'
    expect(askReport(panel, 'who heads the inquiry commission').answer).toBe('Berit Falk')
    expect(askReport(panel, 'who heads the budget review panel').answer).toBeNull()
  })
  it('built that thing only, named with where it is ("a new airport at Kolm, built by X")', () => {
    const works = 'Officials opened a new airport at Kolm, built by Vestal Engineering, and a rail depot run by Tove Rein.'
    expect(askReport(works, 'who built the new airport at kolm').answer).toBe('Vestal Engineering')
    expect(askReport(works, 'who built the rail depot in kolm').answer).toBeNull()
  })
  it('made that thing only ("drafted by" after a law is no toll drafted)', () => {
    expect(askReport(law, 'who drafted the new road safety law').answer).toContain('Oskar Lund')
    expect(askReport(law, 'who drafted the new toll').answer).toBeNull()
  })
})

describe('a pronoun asked of what was told first', () => {
  it('"the guy who read out the toll, who was he" asks who read it out', () => {
    const r = askReport(
      'The death toll rose to 40 on Monday.\n\nIvo Lask, head of the police press office, read out the new toll at a briefing in Velsk.',
      'the guy who read out the new toll, who was he',
    )
    expect(r.answer).toContain('Ivo Lask')
  })
})

describe('a deputy named, after a comma, as coming into the post above is no new deputy', () => {
  const body =
    "Velmar's interior minister, Tom Hale, resigned on Monday. President Ivo Lask appointed Dana Ek, the deputy interior minister, as the new interior minister the same day."
  it('gives no short answer to who the new deputy is', () => {
    expect(askReport(body, 'who is the new deputy interior minister').answer).toBeNull()
  })
  it('still answers who the new minister is', () => {
    expect(askReport(body, 'who is the new interior minister').answer).toContain('Dana Ek')
  })
})
