import { describe, expect, it } from 'vitest'
import { stemmer } from 'stemmer'
import { foldText, porterStem, stemWord, tokenize } from '../../src/text/analyzer.ts'
import { parseArticle } from '../../src/corpus/article.ts'
import { buildLexicon, canonicalTerm, definedAcronyms } from '../../src/text/lexicon.ts'
import { analyzeText } from '../../src/search/analyze.ts'
import { splitSentences } from '../../src/corpus/sentences.ts'
import { createSpeller, editDistance, oneEditAway, spellTerm } from '../../src/text/spelling.ts'
import type { Article } from '../../src/corpus/types.ts'

const article = (text: string): Article => {
  const r = parseArticle('t.txt', `A headline\n\n${text}`)
  if (!r.ok) throw new Error(r.reason)
  return r.article
}

describe('foldText', () => {
  it.each([
    ['Tokayev’s', "tokayev's"],
    ['“Déjà vu”', '"deja vu"'],
    ['Kassym–Jomart', 'kassym-jomart'],
    ['ÇA', 'ca'],
    // Plain ASCII takes a shorter path: its one mark to fold is the backquote.
    ['Don`t CSTO', "don't csto"],
    ['Plain ASCII, 2,500', 'plain ascii, 2,500'],
  ])('%s → %s', (input, folded) => expect(foldText(input)).toBe(folded))
})

describe('tokenize', () => {
  it.each([
    ['The U.N. sent 2,500 troops.', ['the', 'un', 'sent', '2500', 'troops']],
    ['Russia’s CSTO', ['russia', 'csto']],
    ['US and us', ['usa', 'and', 'us']],
    ['Russia,Kazakhstan', ['russia', 'kazakhstan']],
    ['about 77% of voters', ['about', '77', 'percent', 'of', 'voters']],
  ])('%s', (text, words) => expect(tokenize(text).map((t) => t.word)).toEqual(words))

  it('keeps offsets into the original text', () => {
    const text = 'He said “2,500 troops” landed.'
    for (const t of tokenize(text)) expect(foldText(text.slice(t.start, t.end)).replace(/,/g, '')).toContain(t.word.replace(/'s$/, ''))
  })
})

describe('stemWord', () => {
  it.each([
    ['paratroopers', 'paratroop'],
    ['arriving', 'arriv'],
    ['arrived', 'arriv'],
    ['the', null],
    ['csto', 'csto'],
    ['1999', '1999'],
  ])('%s → %s', (word, stem) => expect(stemWord(word)).toBe(stem))
})

describe('porterStem: the stemmer remembered', () => {
  it('gives what the stemmer gives, asked first, asked again and after 60,000 other words have filled its memory', () => {
    const words = ['paratroopers', 'arriving', 'generalization', 'Kazakhstan', 'a', '', 'caresses', 'ponies']
    for (const w of words) expect(porterStem(w)).toBe(stemmer(w))
    for (const w of words) expect(porterStem(w)).toBe(stemmer(w))
    for (let i = 0; i < 60_000; i++) expect(porterStem(`word${i}ings`)).toBe(stemmer(`word${i}ings`))
    for (const w of words) expect(porterStem(w)).toBe(stemmer(w))
  })
})

describe('lexicon', () => {
  it('learns an acronym the text defines, and its expansion gives the acronym', () => {
    const lex = buildLexicon([article('The Shanghai Cooperation Council (SCC) met. The SCC agreed.')])
    expect(analyzeText(lex, 'the Shanghai Cooperation Council')).toContain('scc')
  })

  it('finds a phrase the lexicon learns after it first analysed a text, and only whole phrases', () => {
    const lex = buildLexicon([])
    expect(analyzeText(lex, 'the Shanghai Cooperation Council')).not.toContain('scc')
    lex.phrases.set('shanghai cooper council', 'scc')
    expect(analyzeText(lex, 'the Shanghai Cooperation Council')).toContain('scc')
    expect(analyzeText(lex, 'the Cooperation Council in Shanghai')).not.toContain('scc')
  })

  it('knows the built-in names both ways', () => {
    const lex = buildLexicon([])
    expect(analyzeText(lex, 'Collective Security Treaty Organization')).toContain('csto')
    expect(analyzeText(lex, 'the United States')).toContain('usa')
    expect(canonicalTerm(lex, 'america')).toBe('usa')
  })

  it.each([
    ['uzbek', 'uzbekistan'],
    ['tajik', 'tajikistan'],
    ['belarusian', 'belarus'],
    ['chinese', 'china'],
    ['kazakhstani', 'kazakhstan'],
  ])('relates the people of a country to it both ways: %s ↔ %s', (demonym, country) => {
    const lex = buildLexicon([])
    const [a, b] = [canonicalTerm(lex, demonym)!, canonicalTerm(lex, country)!]
    expect(lex.synonyms.get(a)?.get(b)).toBeGreaterThanOrEqual(0.9)
    expect(lex.synonyms.get(b)?.get(a)).toBeGreaterThanOrEqual(0.9)
  })

  it.each([
    ['the pull-out would take ten days', 'pullout'],
    ['a crack-down on protests', 'crackdown'],
  ])('indexes a hyphenated compound as the one word too: %j', (text, word) => {
    const lex = buildLexicon([])
    expect(analyzeText(lex, text)).toContain(canonicalTerm(lex, word))
  })

  it.each([
    ['a well-armed group', 'wellarmed'],
    ['Lask re-signed with the council', 'resigned'],
  ])('joins no hyphenated pair that is no word, nor a prefix and its word: %j', (text, joined) => {
    const lex = buildLexicon([])
    expect(analyzeText(lex, text)).not.toContain(canonicalTerm(lex, joined))
  })

  it('treats all-capital anagrams of a known acronym as misspellings of it', () => {
    const lex = buildLexicon([article('Members of the CTSO and the SCTO met. NATO and the OTAN too.')])
    expect(canonicalTerm(lex, 'ctso')).toBe('csto')
    expect(canonicalTerm(lex, 'scto')).toBe('csto')
  })

  it.each([
    ['the Collective Security Treaty Organization (CSTO) said', [['csto', 'Collective Security Treaty Organization']]],
    ["Russia's Collective Security Treaty Organization (CSTO)", [['csto', 'Collective Security Treaty Organization']]],
    ['the European Union (EU)', [['eu', 'European Union']]],
    ['the Security Council (UN)', []],
  ])('definedAcronyms(%j)', (text, expected) => expect(definedAcronyms(text)).toEqual(expected))

  it('gives synonyms a lower weight than the word', () => {
    const lex = buildLexicon([])
    const troop = lex.synonyms.get('troop')
    expect(troop?.get('paratroop')).toBeGreaterThan(0)
    expect(troop?.get('paratroop')).toBeLessThan(1)
  })
})

describe('spelling', () => {
  it.each([
    ['trops', 'troop', 2],
    ['teh', 'the', 1],
    ['kazakstan', 'kazakhstan', 1],
    ['abc', 'xyz', 3],
  ])('editDistance(%s, %s) = %i', (a, b, d) => expect(editDistance(a, b, 3)).toBe(d))

  it('corrects to the closest, most frequent known term, and gives up when nothing is close', () => {
    const speller = createSpeller(
      new Map([
        ['troop', 9],
        ['trope', 1],
        ['kazakhstan', 4],
      ]),
    )
    expect(speller.correct('troop')).toBe('troop')
    expect(speller.correct('trop')).toBe('troop') // as stemmed from "trops"; "trope" is as close but rarer
    expect(speller.correct('kazakstan')).toBe('kazakhstan')
    expect(speller.correct('borscht')).toBeNull()
  })

  describe('spellTerm: the term a typed word stands for', () => {
    const vocabulary = new Map([
      ['soldier', 9],
      ['solid', 1],
      ['troop', 5],
      ['tokayev', 3],
    ])
    const speller = createSpeller(vocabulary)
    it.each([
      // word as typed, its stem, the term it stands for
      ['trops', 'trop', 'troop'],
      // The stem is too short for the edits of the typo; the word as typed is not.
      ['soliders', 'solid', 'soldier'],
      // English words are spelt right even where no article uses them.
      ['tanks', 'tank', 'tank'],
      ['solid', 'solid', 'solid'],
      ['tokayev', 'tokayev', 'tokayev'],
      ['qzxv', 'qzxv', null],
    ])('%s (%s) → %s', (word, term, expected) => expect(spellTerm(word, term, vocabulary, speller)).toBe(expected))

    it('prefers a term closer to what was typed to one the stemmer made of a typo', () => {
      // "solidiers" stems to a known term ("solidi" here), three edits from the word; "soldier" is two.
      const known = new Map([
        ['soldier', 9],
        ['solidi', 1],
      ])
      expect(spellTerm('solidiers', 'solidi', known, createSpeller(known))).toBe('soldier')
    })

    it('prefers the term a swap of two letters makes of the word as typed to one a letter from its stem', () => {
      // "pirce" stems to "pirc", one letter from "piec" (piece); as typed it is "price" with two letters swapped.
      const known = new Map([
        ['piec', 9],
        ['price', 3],
      ])
      expect(spellTerm('pirce', 'pirc', known, createSpeller(known))).toBe('price')
    })
  })

  describe('oneEditAway', () => {
    it.each([
      ['sned', 'send'],
      ['goverment', 'government'],
      ['handeld', 'handled'],
      ['tokayevv', 'tokayev'],
      ['nigt', 'night'],
    ])('%s → %s is one edit', (typo, word) => expect(oneEditAway(typo)).toContain(word))

    it('lists a letter left out before a letter put in ("withdrawl": "withdrawal" before "withdraw")', () => {
      const edits = oneEditAway('withdrawl')
      expect(edits.indexOf('withdrawal')).toBeLessThan(edits.indexOf('withdraw'))
    })

    it('does not list the word itself or words two edits away', () => {
      expect(oneEditAway('send')).not.toContain('send')
      expect(oneEditAway('sned')).not.toContain('sent')
    })
  })
})

describe('splitSentences', () => {
  const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end))
  it.each([
    ['He left. She stayed.', ['He left.', 'She stayed.']],
    ['The U.S. and the U.N. Charter apply. Next.', ['The U.S. and the U.N. Charter apply.', 'Next.']],
    ['“We stay,” she said. They left.', ['“We stay,” she said.', 'They left.']],
    ['Is it over? Yes.', ['Is it over?', 'Yes.']],
    ['Talks begin Jan. 10 in Geneva. Good.', ['Talks begin Jan. 10 in Geneva.', 'Good.']],
    ['He said “we ask.” Then left.', ['He said “we ask.”', 'Then left.']],
    ['J. Smith spoke.', ['J. Smith spoke.']],
    // A ticker's lines have no full stops: each stamped line is an item of its own.
    [
      '12 MAR 2023 15:04  LEAGUE TROOPS LAND IN VELSK\n12 MAR 2023 15:47  CURFEW LIFTED IN SEVERAL REGIONS, INCL. OSTRIA',
      ['12 MAR 2023 15:04  LEAGUE TROOPS LAND IN VELSK', '12 MAR 2023 15:47  CURFEW LIFTED IN SEVERAL REGIONS, INCL. OSTRIA'],
    ],
    ['[09:31] Talks begin\n[10:02] Talks end', ['[09:31] Talks begin', '[10:02] Talks end']],
    ['2023-03-12 09:30 Talks begin\n13.03.2023 10:02 Talks end', ['2023-03-12 09:30 Talks begin', '13.03.2023 10:02 Talks end']],
    // A date or a figure at the head of a wrapped line goes on the sentence before it.
    ['The troops arrived on\n13 January 2022 in Velsk.', ['The troops arrived on\n13 January 2022 in Velsk.']],
    ['Prices rose by\n12.50 percent.', ['Prices rose by\n12.50 percent.']],
    // A hard-wrapped sentence runs on across its line break.
    ['The talks began in the\ncapital on Monday.', ['The talks began in the\ncapital on Monday.']],
  ])('%j', (text, sentences) => expect(split(text)).toEqual(sentences))
})

describe('a word a hard-wrapped page breaks at a line end', () => {
  const lex = buildLexicon([])
  it.each([
    ['the Shanghai Cooperation Organ-\nization met', ['shanghai', 'cooper', 'organ', 'meet']],
    ['at the Velsk summ-\nit on Monday', ['velsk', 'summit', 'mondai']],
    ['the withdrawal was complet-\ned by Friday', ['withdraw', 'complet', 'fridai']],
    ['the ter-  \n  ritory of a member', ['territori', 'member']],
    // A compound that happens to end a line stays two words, as does a name English does not know.
    ['a Russia-\nled force', ['russia', 'lead', 'forc']],
    ['a well-\nknown figure', ['well', 'know', 'figur']],
    ['Premier Ostrov-\nsky said', ['premier', 'ostrov', 'sky']],
    // A prefix at a line end stays apart from its word, as "re-elected" in one line does.
    ['she was re-\nelected on Sunday', analyzeText(lex, 'she was re-elected on Sunday')],
  ])('%j → %j', (text, terms) => expect(analyzeText(lex, text)).toEqual(terms))
})
