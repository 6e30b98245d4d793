import { describe, expect, it } from 'vitest'
import { normalizeChat } from '../../src/text/index.ts'
import { askReport } from '../support/made-up-report.ts'

describe('normalizeChat', () => {
  it.each([
    ['how many ppl died', 'how many people died'],
    ['what did the govt say bc of it', 'what did the government say because of it'],
    ['whats the csto', 'what is the csto'],
    ['did u see the U.S. statement', 'did you see the U.S. statement'],
    ['U Thant spoke', 'U Thant spoke'],
    ['who leads the force', 'who leads the force'],
    ["why'd they lock him up", 'why did they lock him up'],
    ['which countries sent troops? list em', 'which countries sent troops? list them'],
    ['how’d it start', 'how did it start'],
    ['did the president say anything yday', 'did the president say anything yesterday'],
    ['whats on tmrw', 'what is on tomorrow'],
    ['when wd they be out, cd they stay', 'when would they be out, could they stay'],
    ['what % voted yes, was it 77%', 'what percent voted yes, was it 77%'],
    ["kz's 3 big refineries, the govt's plan", "Kazakhstan's 3 big refineries, the government's plan"],
    // Texting's "2" for "to" before a verb; a figure elsewhere.
    ['the curfew was supposed 2 run till when', 'the curfew was supposed to run till when'],
    ['which 2 towns did it start in', 'which 2 towns did it start in'],
    ['they need 2 leave', 'they need to leave'],
    ['who has 2 seats on the port board', 'who has 2 seats on the port board'],
    ['the ceo and co-founder, trade and co-operation', 'the ceo and co-founder, trade and co-operation'],
    ['when did Brenn & Co go bankrupt', 'when did Brenn and Co go bankrupt'],
    // "and co" is the others with them; "bail out of" a place is leaving it.
    ['when did the russians n co fully bail out of kz', 'when did the russians fully withdraw from Kazakhstan'],
    ['the troops bailed out of the city', 'the troops withdrew from the city'],
    // "acc to", a question's first "y", "the net" and "wifi" for the internet.
    ['acc to the un how many died', 'according to the un how many died'],
    ['y did the parliament not vote', 'why did the parliament not vote'],
    ['y is that so', 'why is that so'],
    ['what was the net loss before the net went down', 'what was the net loss before the internet got cut'],
    // A service that goes down is cut; a price that goes down is not.
    ['when did the internet go down across the country', 'when did the internet get cut across the country'],
    // A network, a phone line or the power that went down or out is said so by news copy too: left as typed.
    ['the phones went dark on tuesday', 'the phones went dark on tuesday'],
    ['when did the power go out', 'when did the power go out'],
    // Who tracks an outage monitors it; one who tracks a suspect, or tracks him down, follows him.
    ['who was tracking the internet outtage', 'who was monitoring the internet outtage'],
    ['how did police track the suspect', 'how did police track the suspect'],
    ['when did fuel prices go down', 'when did fuel prices go down'],
    // What a force was doing is what its tasks were.
    ['what were the league troops actually doing over there', 'what tasks were the league troops doing over there'],
    ['what is the flotilla doing', 'what tasks is the flotilla doing'],
    ['when did the city get wifi back', 'when did the city get internet back'],
    // A month cut short next to a year or a day, or after a word of time, is the month; "jan" before a name stays.
    ['who won the nov 2022 vote', 'who won the november 2022 vote'],
    ['the toll in mid jan', 'the toll in mid january'],
    ['the dec. 5 talks', 'the december 5 talks'],
    ['what did jan rudd say', 'what did jan rudd say'],
    ['the nov election', 'the nov election'],
    ['which part is y', 'which part is y'],
    ['wat kind of business is it, wut', 'what kind of business is it, what'],
  ])('%j → %j', (typed, spelt) => {
    expect(normalizeChat(typed)).toBe(spelt)
  })
})

describe('chat abbreviations and slang', () => {
  it.each([
    ['who is the pm now', 'who is the prime minister now'],
    ['what did the turkish fm say', 'what did the turkish foreign minister say'],
    ['the talks start at 5 pm', 'the talks start at 5 pm'],
    ['when did the troops bail', 'when did the troops leave'],
    ['who did tokayev boot as head', 'who did tokayev remove as head'],
    ['were there boots on the ground', 'were there boots on the ground'],
    // A government or an official that quits resigns; what else quits does not.
    ['who was pm before the cabinet quit', 'who was prime minister before the cabinet resigned'],
    ['when did the pm quit', 'when did the prime minister resigned'],
    ['did lask quit as president', 'did lask resigned as president'],
    ['when did lask quit smoking', 'when did lask quit smoking'],
    ['why did norland quit the talks', 'why did norland quit the talks'],
    // To run a force or an operation is to lead it; to run from a place is not.
    ['who ran the op', 'who led the operation'],
    ["who's running the peacekeepers", "who's leading the peacekeepers"],
    ['who runs the whole league force', 'who leads the whole league force'],
    ['protesters ran from the square', 'protesters ran from the square'],
    // To boss a body is to lead it; the bosses of something are no verb.
    ['who was bossing the league contingent', 'who was leading the league contingent'],
    ['who bossed the op', 'who led the operation'],
    ['the bosses the union hired', 'the bosses the union hired'],
    ['the guy who bossed the protesters around', 'the guy who bossed the protesters around'],
    // Texting's "r" for "are" by its question word or subject; "ex" for former; "vid" for video.
    ['what r the charges against the ex interior minister', 'what are the charges against the former interior minister'],
    ['r they still there', 'are they still there'],
    ['plan r was dropped', 'plan r was dropped'],
    ['the ex-pm said so in a vid', 'the former prime minister said so in a video'],
    ['the exit poll', 'the exit poll'],
    // A -ing typed without its g, where that is no word of its own.
    ['who was the general runnin the force', 'who was the general leading the force'],
    ["what was he sayin' about the talks", 'what was he saying about the talks'],
    ['where is the cabin', 'where is the cabin'],
    ['what did the kremlin say', 'what did the kremlin say'],
    ['where was the hq', 'where was the headquarters'],
    ['how many cops died', 'how many police died'],
    ['planes for the armenians n tajiks', 'planes for the armenians and tajiks'],
    ['what was the deal w the figure', 'what was the deal with the figure'],
    ['curfew hrs?', 'curfew hours?'],
    ['who did he say thx to', 'who did he say thanks to'],
    ['when are they gonna leave', 'when are they will leave'],
    ['when did he give the shoot w/o warning order', 'when did he give the shoot without warning order'],
    ['the deal w/ the figure', 'the deal with the figure'],
    ["who's the csto sec gen", "who's the csto secretary general"],
    ['who is the secgen', 'who is the secretary general'],
    // "min" after a ministry's word is its minister; minutes stay ("in 10 min").
    ['defence min bektanov got fired rite after the riots', 'defence minister bektanov got fired right after the riots'],
    ['who is the new energy min.', 'who is the new energy minister'],
    ['it took 10 min', 'it took 10 min'],
    ['new kz pm', 'new Kazakhstan prime minister'],
    // "Boss" stays as typed: a crime boss is no head of anything (the lexicon's table relates it to "head").
    ['how many crime bosses were arrested', 'how many crime bosses were arrested'],
  ])('%j → %j', (typed, spelt) => {
    expect(normalizeChat(typed)).toBe(spelt)
  })
})

describe('a dropped g', () => {
  it("is no article's word a letter away", () => {
    // "blinkin" is a name misspelt where the articles write "Blinken", not "blinking".
    const known = (word: string) => word === 'blinken'
    expect(normalizeChat('what did blinkin say', known)).toBe('what did blinkin say')
    expect(normalizeChat('what was blinkin sayin', known)).toBe('what was blinkin saying')
  })
})

describe('"got the boot"', () => {
  it('is "was removed"', () => {
    expect(normalizeChat('who took over after hald got the boot')).toBe('who took over after hald was removed')
  })
})

describe('chat words an article never uses', () => {
  const body = [
    'Internet access was cut across Veloria on Thursday, March 9.',
    'Internet access was restored in Velsk on Monday, March 13, officials said.',
  ].join('\n\n')
  it.each(['when did velsk finally get wifi back', 'when did velsk get wifi/internet back'])('%j is asked of the internet', (q) => {
    expect(askReport(body, q).answer).toBe('Monday, March 13, 2023')
  })
})
