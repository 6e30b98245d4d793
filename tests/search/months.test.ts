import { describe, expect, it } from 'vitest'
import { monthsMarked } from '../../src/search/months.ts'
import { pagesEngine } from '../support/made-up-report.ts'

describe('monthsMarked', () => {
  it.each([
    ['In March, prosecutors charged 230 people.', 'In Marchmonth, prosecutors charged 230 people.'],
    ['About 50,000 joined the march on Saturday.', 'About 50,000 joined the march on Saturday.'],
    ['Theresa May said on 14 May that', 'Theresa May said on 14 Maymonth that'],
    ['the Long March', 'the Long March'],
    ['by early May, and on March 5', 'by early Maymonth, and on Marchmonth 5'],
    ['troops may leave', 'troops may leave'],
  ])('%j → %j', (text, marked) => {
    expect(monthsMarked(text)).toBe(marked)
  })
})

describe('the march and the month', () => {
  // A review's made-up pages: a march, a month, and floods in the same folder.
  const engine = pagesEngine([
    "Evacuation flights leave Kasso as fighting spreads\nJanuary 12, 2022\n\nFour military transport planes took off from Kasso airfield on Tuesday, bound for Pradna, a garrison town in eastern Velta. A fifth plane, carrying wounded soldiers, flew to Brenn.\n\nForeign Minister Lotte Wain flew to Geneva on Wednesday for talks with the bloc. She returned to Velsk on Thursday.\n\nA chartered airliner headed for Dubai was turned back to Kasso after the airport in Orsk closed.\n\nAn aid convoy en route to Talvik was stopped at a checkpoint near Merro on Wednesday, the Red Cross said.\n\nWain, who ran the airline Skyvel before entering politics, returned to Skyvel's board last year.",
    "Opposition march draws thousands in Velsk\nApril 2, 2023\n\nAbout 50,000 people took part in the march through central Velsk on Saturday, organisers said. Police put the figure at 12,000.\n\nIn March, prosecutors charged 230 people over the January riots, the prosecutor general's office said.\n\nBy May, the government plans to hold a referendum on the constitution, Prime Minister Oskar Vell said.\n\nThe march was organised by the Unity Bloc, whose leader, Hana Dorsk, was released from custody in March after 40 days.\n\nIn late February, 17 people were detained at a smaller march in Orsk.",
    'Floods and stampede leave dozens dead in Velta\nMarch 20, 2023\n\nThe death toll from floods in the Velta river valley has risen to 48, the health ministry said on Monday.\n\nOn March 3, some 200 people were injured in a separate stampede at the Orsk stadium.\n\nThe floods began on February 26 after a week of heavy rain. In May last year, floods in the same valley killed 12 people.\n\nThe government has promised to rebuild 900 homes before May.',
  ])
  it('does not count those charged in March for how many were at the march', () => {
    expect(engine.ask('how many people did police say were at the march').answer ?? '').not.toContain('230')
  })
  it('still finds the month for "in march"', () => {
    expect(engine.ask('how many people were charged in march').answer).toContain('230')
  })
})
