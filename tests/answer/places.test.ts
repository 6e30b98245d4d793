import { describe, expect, it } from 'vitest'
import { askReport, pagesEngine } from '../support/made-up-report.ts'

// Made-up reports: "where" questions whose passages also name a person after "to".
const ask = askReport

describe('where: a person the article names is no place, even after "to"', () => {
  it.each([
    [
      'Defence Minister Ivo Marten spoke to reporters on Monday.\n\nTomorrow, according to Marten, nine planes will fly the Dunmarsh troops home.\n\nThe planes will land at the Velsk air base.',
      'where will the dunmarsh troops fly back to',
      null,
    ],
    [
      'Army chief Hanna Orrel met the pilots on Monday.\n\nAccording to Orrel, the Dunmarsh troops flew home to the Velsk air base.',
      'where did the dunmarsh troops fly home to',
      'Velsk',
    ],
    [
      'Army chief Hanna Orrel met the pilots on Monday.\n\nOn Tuesday the general reported to Orrel that the Dunmarsh troops had landed safely in Velsk.',
      'where did the dunmarsh troops land',
      'Velsk',
    ],
  ])('%#: %s', (body, question, place) => {
    const r = ask(body, question)
    expect(r.answer ?? '').not.toMatch(/Marten|Orrel/)
    if (place) expect(r.answer).toContain(place)
  })
})

describe('which town: a settlement has a name', () => {
  it.each([
    ['Protests began on Sunday in the oil town of Velmar, where residents gathered in the central square.', 'which town did the protests start in', 'Velmar'],
    ['The unrest reached the regional capital, Osk, on Monday.', 'which city did the unrest reach', 'Osk'],
  ])('%j → %s', (body, question, place) => {
    const r = ask(body, question)
    expect(r.status).toBe('answered')
    expect(r.answer).toBe(place)
  })

  it('is not answered by a phrase without a name', () => {
    const r = ask('Residents gathered in the central square on Sunday to protest against the price of gas.', 'which town did the residents gather in')
    expect(r.answer).toBeNull()
  })
})

describe('where: a time is no place', () => {
  it.each([
    ['Minister Ivo Lask posted the decision at dawn, in the early morning of 6 January.', 'where did lask post the decision'],
    ['The envoys met at the end of the week, in the third hour of talks.', 'where did the envoys meet'],
  ])('%j', (body, question) => {
    expect(ask(body, question).answer).toBeNull()
  })
})

describe('where something was published: the medium it appeared on', () => {
  it.each([
    [
      'In a post on its Telegram channel, the Ostrian foreign ministry called the remark offensive.',
      'where did the ostrian foreign ministry post its reaction',
      'Telegram',
    ],
    ['Minister Ivo Lask announced the decision on his Facebook page on Monday.', 'where did lask announce the decision', 'Facebook'],
    ['Minister Ivo Lask announced the decision in a Facebook post on Monday night.', 'where did lask post the decision', 'Facebook'],
    ['Minister Ivo Lask announced the decision on Monday at a rally in Velsk.', 'where did lask announce the decision', 'Velsk'],
  ])('%j → %s', (body, question, venue) => {
    const r = ask(body, question)
    expect(r.status).toBe('answered')
    expect(r.answer).toBe(venue)
  })
})

describe('where: an institution named for its grounds is a place', () => {
  const body =
    'The ceremony was held on the parade ground of the Naval Institute of the Northern Fleet in Velsk, which has served as the headquarters of the mission.'
  it.each(['where was the mission hq in velsk', 'where was the ceremony held'])('%j', (question) => {
    const r = ask(body, question)
    expect(r.status).toBe('answered')
    expect(r.answer).toBe('Naval Institute of the Northern Fleet')
  })

  it('and is no answer to "which town"', () => {
    expect(ask(body, 'which town was the ceremony held in').answer ?? 'Velsk').toBe('Velsk')
  })
})

describe('where: what only looks like a medium, a facility or a city', () => {
  it.each([
    ["Lask announced the withdrawal in Velsk on New Year's Eve.", 'where did lask announce the withdrawal'],
    ['Lask announced the withdrawal at a rally in Velsk on Orthodox Christmas.', 'where did lask announce the withdrawal'],
    ["The withdrawal was announced in Velsk on President Ivo Lask's orders.", 'where was the withdrawal announced'],
    ["Interior Minister Ivo Lask announced the curfew on Norland's behalf at a news conference in Velsk.", 'where did lask announce the curfew'],
  ])('a holiday, a title or a possessive after "on" is no medium: %j', (body, question) => {
    expect(ask(body, question).answer).toBe('Velsk')
  })

  it.each([
    ['Clashes broke out in the north of Norland on Tuesday, according to the Velsk Institute for Strategic Studies.', 'where did the clashes break out'],
    ['Norland troops arrived on Tuesday, according to the Velsk Institute for Strategic Studies.', 'where did norland troops arrive'],
  ])('a source after "according to the" is no place: %j', (body, question) => {
    expect(ask(body, question).answer ?? '').not.toContain('Institute')
  })

  it.each([
    ['Troops sealed off the capital, Lask said on Monday.', 'which city did troops seal off'],
    ['Troops returned to the city, Orrin said on Monday.', 'which city did troops return to'],
  ])('the speaker after "the capital," is no city: %j', (body, question) => {
    expect(ask(body, question).answer ?? '').not.toMatch(/Lask|Orrin/)
  })

  it('keeps a place whose name holds a word for a time', () => {
    expect(ask('Troops were deployed in the middle school on Monday.', 'where were troops deployed').answer).toBe('the middle school')
  })
})

describe('a place whose name ends in its kind', () => {
  it('answers where with it, not with the country it is in', () => {
    const body =
      'Unverified clips appear to show troops arriving at the Velsk Cosmodrome, the launch site Ostria leases in Veloria.\n\nThe clips could not be checked.'
    expect(askReport(body, 'where did the troops supposedly show up in the clips').answer).toBe('Velsk Cosmodrome')
  })
})

describe('where: the thing asked about is not where it was', () => {
  const body = 'Photo 9/9: An empty hangar at the former temporary headquarters.\n\nThe league soldiers left Velta on Sunday.'
  it.each(['where was the league temporary hq', 'where was the leagues temprary headquarters'])('%j is not "the former temporary headquarters"', (q) => {
    expect(ask(body, q).answer).toBeNull()
  })
  it('while a phrase of another thing still answers', () => {
    expect(ask('The mission ended at the old airfield.\n\nThe league soldiers left Velta on Sunday.', 'where did the mission end').answer).toBe(
      'the old airfield',
    )
  })
})

describe('where: another of the thing asked about is a place (review)', () => {
  it.each([
    ['The new airport will be built near the old airport, on farmland east of the runway.', 'where will the new airport be built', 'the old airport'],
    ['Drivers will have to park in the new car park behind the town hall during the works.', 'where will drivers park', 'the new car park'],
  ])('%j: %j → %s', (body, q, answer) => {
    expect(ask(body, q).answer).toBe(answer)
  })
})

describe('where they went to: not where they left', () => {
  it.each([
    [
      'The Norwegian soldiers gathered at the Gardermoen air base outside Oslo before flying home to Bergen.',
      'where did the norwegian soldiers fly to',
      /Gardermoen|Oslo/,
    ],
    // A photo caption: the place they load up at, then where they fly.
    [
      'Norwegian medics load equipment at the Gardermoen military airfield outside Oslo before flying home to Bergen, 14 January. The medics left aboard two aircraft.',
      'where did the norwegian medics fly to',
      /Gardermoen/,
    ],
    ['The Danish medics took off from Aalborg and landed in Tallinn two hours later.', 'where did the danish medics fly to', /Aalborg/],
  ])('%j: %j is not answered with %s', (text, q, wrong) => {
    expect(askReport(text, q).answer ?? '').not.toMatch(wrong)
  })

  it('never answers where they flew to with the place two passages say they left', () => {
    const r = pagesEngine([
      'Medics fly home\nJanuary 15, 2023\n\nNorwegian medics load equipment at the Gardermoen military airfield outside Oslo before flying home to Bergen, 14 January.',
      'Timeline\nJanuary 16, 2023\n\nOn 14 January the Norwegian medics left from the Gardermoen airfield for Bergen.',
    ]).ask('where did the norwegian medics fly to')
    expect(r.answer ?? '').not.toMatch(/Gardermoen|Oslo/)
  })

  it('still answers where they left, asked so', () => {
    expect(askReport('The Danish medics took off from Aalborg and landed in Tallinn two hours later.', 'where did the danish medics fly from').answer).toBe(
      'Aalborg',
    )
  })
})

describe('where: the place a "where" clause after it says the deed happened', () => {
  const body = `On Friday, 17 league planes carrying the Norwegian sailors landed at the Dessa air base, the ministry said.

Norway's navy said its sailors had been driven overnight to the Kellvik airfield, where they boarded the league's planes.`

  it.each([
    ['where did the norwegian sailors get on the planes', 'Kellvik'],
    ['where did the norwegian sailors board the planes', 'Kellvik'],
  ])('%j → %s', (question, place) => {
    const r = askReport(body, question)
    expect(r.status).toBe('answered')
    expect(r.answer).toContain(place)
  })

  it.each([
    // Someone else did it there, it was another time, or it was not done.
    "Norway's navy said its sailors had been driven overnight to the Kellvik airfield, where Danish crews boarded the league's planes.",
    "Norway's navy said its sailors had been driven overnight to the Kellvik airfield, where they first boarded the league's planes in 2019.",
    "Norway's navy said its sailors had been driven overnight to the Kellvik airfield, where they could not board the league's planes.",
    // The clause ends at its comma: what follows is the sentence going on.
    "Norway's navy said its sailors stopped at the Kellvik airfield, where they ate, and boarded the league's planes at Dessa.",
  ])('is not a place whose "where" clause tells of someone else, another time or a deed not done: %j', (sentence) => {
    const r = askReport(
      `On Friday, 17 league planes carrying the Norwegian sailors landed at the Dessa air base, the ministry said.\n\n${sentence}`,
      'where did the norwegian sailors get on the planes',
    )
    expect(r.answer ?? '').not.toContain('Kellvik')
  })

  it('reads the deed after the subject, not a word that modifies it ("the rescue helicopters land")', () => {
    const r = askReport(
      `The rescue helicopters landed at the Dessa air base on Friday, the ministry said.\n\nClimbers reached the Kellvik hut, where they rescued a stranded guide.`,
      'where did the rescue helicopters land',
    )
    expect(r.answer ?? '').not.toContain('Kellvik')
  })

  it('is not a place whose "where" clause tells of another deed', () => {
    const r = askReport(
      `On Friday, 17 league planes carrying the Norwegian sailors landed at the Dessa air base, the ministry said.

Norway's navy said its sailors had been driven overnight to the Kellvik airfield, where they slept in tents.`,
      'where did the norwegian sailors get on the planes',
    )
    expect(r.answer ?? '').not.toContain('Kellvik')
  })
})

describe('which <word> countries: the list after a capitalised word that is no name', () => {
  const body = 'Neighbouring Finland and Norway shut their borders with Velmar for a week.\n\nSweden kept its border open.'
  it('reads "Neighbouring Finland" as Finland', () => {
    const answer = askReport(body, 'which neighbouring countries shut their borders').answer ?? ''
    expect(answer).toContain('Finland')
    expect(answer).toContain('Norway')
  })
})

describe('which <word> city: a word between "which" and the place noun', () => {
  // A made-up report: where the last planes landed, and where they took off.
  const body = 'The last Norland planes took off from Velsk on Sunday.\n\nThey landed at Orvik, a port in the north of Norland, late that night.'
  it.each(['which norland city did the last planes land in', 'what northern town did the last planes land at'])('%j → Orvik', (question) => {
    expect(askReport(body, question).answer ?? '').toContain('Orvik')
  })
})

describe('where: a name of no known kind where only a place is written', () => {
  const body = [
    'The defence ministry says the first four planes with Norland marines took off from Velsk airport today, bound for Korvik in northern Norland, where the marines are based.',
    'The rest of the marines will follow on Friday.',
  ].join('\n\n')
  it.each([
    ['where did the first 4 planes of marines fly to', 'Korvik'],
    ['where were the first planes headed', 'Korvik'],
    ['where did the first planes take off from', 'Velsk'],
  ])('%j → %s', (q, place) => {
    expect(ask(body, q).answer).toBe(place)
  })
})

describe('where: where something was going is not where it was', () => {
  it('does not answer where a convoy was stopped with where it was bound', () => {
    const body = [
      'An aid convoy en route to Korvik was stopped at a checkpoint near the border on Wednesday, the Red Cross said.',
      'The convoy carried food and medicine.',
    ].join('\n\n')
    expect(ask(body, 'where was the aid convoy stopped').answer ?? '').not.toContain('Korvik')
  })
})

describe('which airfield, port or crossing: a name written as one', () => {
  const flight =
    'Velsk sent 300 paratroopers to Dorvia on Monday.\n\nThe transport planes took off from Brenna airfield near the town of Kolm and landed at the military airbase in Orlo.'
  it.each([
    [flight, 'which airfield did the planes take off from', 'Brenna'],
    [flight, 'which airbase did the planes land at', 'Orlo'],
    [flight, 'which airfield did the planes land at', 'Orlo'],
    ['The soldiers were driven to Brenna airfield, where they boarded the planes home.', 'which airfield did the soldiers board the planes at', 'Brenna'],
    ['The troops arrived at Chkalovsky air base outside Moscow on Thursday.', 'what air base did the troops arrive at', 'Chkalovsky'],
    ['The ferries docked at Orvik, a port in northern Norland, late that night.', 'which port did the ferries dock at', 'Orvik'],
    // A name ending in "Air Base" is a place, never a person.
    [
      'Aid planes landed at Tarsk International Airport on Monday.\n\nTwo Norland fighter jets landed at Brisk Air Base on Friday evening.',
      'which air base did the norland jets land at',
      'Brisk Air Base',
    ],
  ])('%#: %s', (body, question, place) => {
    const r = ask(body, question)
    expect(r.kind).toBe('place')
    expect(r.answer).toBe(place)
  })

  it.each([
    // A country, or a town the airfield is near, is no airfield.
    ['Velsk sent 300 paratroopers to Dorvia on Monday.\n\nThe transport planes landed in Norway on Tuesday.', 'which airfield did the planes land at'],
    ['The transport planes landed in Brenna, a city near the border, on Tuesday.', 'which port did the planes land at'],
    ['The planes took off from Brenna airfield near Kolm and landed in Orlo.', 'which airfield did the planes land at'],
    // An institution is a place, but no airfield.
    ['The paratroopers arrived at the Velsk Military Institute on Monday.', 'which airfield did the paratroopers arrive at'],
  ])('%#: %s has no short answer', (body, question) => {
    expect(ask(body, question).answer).toBeNull()
  })
})

describe('"at which border post": a place question with its preposition first', () => {
  const body = 'Border guards on Monday turned back a line of forty lorries at the Veska border post, saying the drivers lacked the new transit permits.'
  it.each(['at which border post were the lorries turned back', 'which border post did the guards turn the lorries back at'])('%j → Veska', (q) => {
    const r = ask(body, q)
    expect(r.kind).toBe('place')
    expect(r.answer).toBe('Veska')
  })
})

describe('which airfield, asked where its answer would stand', () => {
  it.each([
    ['The soldiers boarded the transport planes at Brenna airfield on Monday.', 'the soldiers boarded the planes at which airfield', 'Brenna'],
    ['The transport planes took off from Brenna airfield and landed at Orlo airbase.', 'the planes took off from which airfield', 'Brenna'],
  ])('%#: %s', (body, question, place) => {
    expect(ask(body, question).answer).toBe(place)
  })
})

describe("a place question is asked of the deed before its preposition, not of the question's framing verb", () => {
  const body =
    'Reporters asked about the border. Freight trucks at the Brenna crossing on the Norland-Velmar border have reportedly been stuck since Wednesday.'
  it('answers where the trucks are stuck', () => {
    expect(askReport(body, 'reporters asked about trucks stuck at which border crossing').answer).toContain('Brenna')
  })
})

describe('where something went, beside where it was', () => {
  it.each([
    ['The cup final, scheduled for 17 March in Velta, was moved to Norland territory because of the unrest.', 'the cup final got moved to which city'],
    ['The ferries, which were based in Dessa, were sent to the coast on Monday.', 'where were the ferries sent to'],
  ])('%j: %j is not answered by where it was', (body, q) => {
    expect(askReport(body, q).answer ?? '').not.toMatch(/Velta|Dessa/)
  })
  it('still answers with the place it went to', () => {
    expect(askReport('The cup final was moved from Velta to Kessa because of the unrest.', 'the cup final got moved to which city').answer).toBe('Kessa')
  })
})
