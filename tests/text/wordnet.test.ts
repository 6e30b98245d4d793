import { describe, expect, it } from 'vitest'
import { expandWord, narrowerKinds } from '../../src/text/expand.ts'
import { baseForms, isAdverbOnly, isLemma, isVerbLemma, isVerbOnly } from '../../src/text/parts-of-speech.ts'
import { isKindOf, namesPeople } from '../../src/text/kinds.ts'
import { senseCounts, senses, synset } from '../../src/text/wordnet.ts'

describe('WordNet files', () => {
  it('finds a lemma in the sorted index and reads its synsets by offset', () => {
    const offsets = senses('withdrawal', 'noun')
    expect(offsets.length).toBeGreaterThan(3)
    expect(offsets.map((o) => synset('noun', o).words).flat()).toContain('withdrawal')
  })
  it.each([
    ['zzzzqx', 'noun'],
    ['', 'verb'],
    ['a b', 'noun'],
  ] as const)('has no senses for %j as a %s', (lemma, pos) => {
    expect(senses(lemma, pos)).toEqual([])
  })
  it('reads the tagged-text counts of a lemma’s senses across parts of speech', () => {
    const counts = senseCounts('dead')
    expect([...counts.keys()].some((k) => k.startsWith('adj:'))).toBe(true)
    expect([...counts.keys()].some((k) => k.startsWith('noun:'))).toBe(true)
    expect(Math.max(...counts.values())).toBeGreaterThan(10)
  })
})

describe('base forms', () => {
  it.each([
    ['withdrew', 'verb', 'withdraw'],
    ['pulled_out', 'verb', 'pull_out'],
    ['stopped', 'verb', 'stop'],
    ['countries', 'noun', 'country'],
    ['led', 'verb', 'lead'],
  ] as const)('%s (%s) → %s', (form, pos, lemma) => {
    expect(baseForms(form, pos)).toContain(lemma)
  })
  it('knows multiword lemmas and refuses made-up ones', () => {
    expect(isLemma('back_down')).toBe(true)
    expect(isLemma('purple_down')).toBe(false)
  })
})

describe('expansion', () => {
  it.each([
    ['withdrawal', 'withdraw'],
    ['assistance', 'help'],
    ['assistance', 'aid'],
    ['sparked', 'trigger'],
    ['pullout', 'retreat'],
    ['back_down', 'withdraw'],
    ['pull_out', 'withdraw'],
    ['command', 'commander'],
    // Leading is commanding in news copy ("who led the force" → "commanded"); WordNet files them apart.
    ['led', 'command'],
    ['leading', 'command'],
    // A general noun's kinds: the article writes the kind ("petrol prices", "the ministry's spokesman").
    ['fuel', 'petrol'],
    ['spokesperson', 'spokesman'],
    ['boat', 'ferry'],
    // A noun of some tens of kinds still has them: "the musician" is "the jazz pianist", a soldier a paratrooper.
    ['musician', 'pianist'],
    // A plane is written as an aircraft; "how many aircraft" is not asked of planes alone.
    ['planes', 'aircraft'],
    ['soldier', 'paratrooper'],
    // A noun's verb brings the verb's other nouns: "the prosecution" is "prosecutors", "investigation" "investigators".
    ['prosecution', 'prosecutor'],
    ['prosecutors', 'prosecution'],
    ['investigation', 'investigator'],
  ])('%s → %s, weighted below the word itself', (form, related) => {
    const weight = expandWord(form).get(related)
    expect(weight).toBeGreaterThan(0)
    expect(weight).toBeLessThan(1)
  })
  it.each([
    // "dead" as in "dead short" or "the dead of night" is a rare use, not what a question means.
    ['dead', 'short'],
    ['dead', 'time'],
    // "back" in "back down" is not "back" the body part, but alone it is not "support" either.
    ['lead', 'atomic_number_82'],
    // A head or a boss asked for is a post, not a deed of commanding: "the head of the league" is its secretary general;
    // and who "led the talks" did not command an operation.
    ['head', 'command'],
    ['boss', 'lead'],
    ['commanded', 'lead'],
    // A noun of many kinds says little through any one of them; nor is a kind named by a word mostly used otherwise
    // ("friendly" troops) a kind the article means.
    ['person', 'adult'],
    ['aircraft', 'plane'],
    ['troops', 'friendly'],
    // An act's doer, not whatever else its verb makes: a governor is no government, the eligible no election.
    ['government', 'governor'],
    ['election', 'eligible'],
    ['assistance', 'assistant'],
  ])('leaves out rare senses and loose kinds: %s ↛ %s', (form, unrelated) => {
    expect(expandWord(form).has(unrelated)).toBe(false)
  })
  it('never lists the word’s own lemma', () => {
    expect(expandWord('withdrawals').has('withdrawal')).toBe(false)
  })
})

describe('what WordNet says of a question word', () => {
  it.each([
    ['in_the_first_place', true],
    ['for_good', true],
    ['suddenly', true],
    // Also an adjective or a noun: it may carry what is asked.
    ['abroad', false],
    ['troops', false],
  ])('%s is adverb-only: %s', (form, expected) => {
    expect(isAdverbOnly(form)).toBe(expected)
  })

  it.each([
    ['get_on', true],
    ['take_place', true],
    ['purple_on', false],
  ])('%s is a verb: %s', (form, expected) => {
    expect(isVerbLemma(form)).toBe(expected)
  })

  it.each([
    ['remain', true],
    ['arrive', true],
    ['planes', false],
    ['guard', false],
  ])('%s is only a verb: %s', (form, expected) => {
    expect(isVerbOnly(form)).toBe(expected)
  })

  it.each([
    ['protesters', true],
    ['troops', true],
    ['police', true],
    ['residents', true],
    ['sites', false],
    ['planes', false],
    ['deaths', false],
  ])('%s names people: %s', (noun, expected) => {
    expect(namesPeople(noun)).toBe(expected)
  })
})

describe('isKindOf', () => {
  it.each([
    ['planes', 'aircraft', true],
    ['soldiers', 'servicemen', true],
    ['tanks', 'vehicles', true],
    ['aircraft', 'planes', false],
    ['vehicles', 'tanks', false],
    ['planes', 'vehicles', false],
    ['planes', 'flights', false],
    ['sites', 'planes', false],
  ])('%s is a kind of %s: %s', (a, b, expected) => {
    expect(isKindOf(a, b)).toBe(expected)
  })
})

describe('narrowerKinds: the kinds a noun is found through, which count only some of it', () => {
  it.each([
    ['musicians', 'pianist', true],
    ['soldiers', 'marcher', true],
    // The noun itself, and a synonym, are no narrower kinds.
    ['soldiers', 'soldier', false],
    ['fuel', 'fuel', false],
  ] as const)('%s → %s: %s', (noun, kind, narrower) => {
    expect(narrowerKinds(noun).has(kind)).toBe(narrower)
  })
})
