import { spawn, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../../src/corpus/load.ts'
import { buildEngine } from '../../src/engine/engine.ts'
import { evaluateAsk, parseEvalSet, type AskItem } from '../../src/eval/ask.ts'
import { buildBeforeAll, nodeArgs } from '../support/entry-points.ts'

const engine = buildEngine(loadCorpus('seeds'))
const dev = parseEvalSet(readFileSync('tests/fixtures/dev.jsonl', 'utf8')).filter((i) => i.type === 'ask') as unknown as AskItem[]

describe('the development set', () => {
  const report = evaluateAsk(engine, dev)
  it('holds the bar: grounded ≥ 16/17, answered ≥ 14/17, both abstain items abstain', () => {
    expect(report.answerable).toBe(17)
    expect(report.grounded).toBeGreaterThanOrEqual(16)
    expect(report.right).toBeGreaterThanOrEqual(14)
    expect(report.abstained).toBe(report.abstainItems)
  })
  it('cites only verbatim spans of at most 400 characters', () => {
    expect(report.citations).toBeGreaterThan(0)
    expect(report.verbatim).toBe(report.citations)
  })
})

// Our own rewordings and typos of the dev questions: the same quality must hold for them.
const PARAPHRASES: AskItem[] = [
  [
    'What countries belong to the Collective Security Treaty Organization?',
    [['Armenia'], ['Belarus'], ['Kyrgyzstan'], ['Tajikistan']],
    ['004_788d4815c7cc736b.txt'],
  ],
  ['which contries are members of the csto', [['Armenia'], ['Belarus'], ['Kyrgyzstan'], ['Tajikistan']], ['004_788d4815c7cc736b.txt']],
  ['When did the Russian troops arrive in Kazakhstan?', [['6 January', 'January 6']], ['001_10466e7ab9d79f5b.txt', '003_0f68f1a38a8ac23a.txt']],
  ['when did paratroopers land in kazakhstan', [['6 January', 'January 6']], ['001_10466e7ab9d79f5b.txt', '003_0f68f1a38a8ac23a.txt']],
  ['how mny trops were in the csto force', [['2,500']], ['001_10466e7ab9d79f5b.txt']],
  ['In what year was the CSTO founded?', [['1999']], ['001_10466e7ab9d79f5b.txt']],
  ['when was the CTSO created', [['1999']], ['001_10466e7ab9d79f5b.txt']],
  ['Who heads the Institute for International Studies at MGIMO?', [['Suchkov']], ['001_10466e7ab9d79f5b.txt']],
  ['Who is the editor in chief of RT television?', [['Simonyan']], ['001_10466e7ab9d79f5b.txt']],
  ['How much money did the EU and US invest in Kazakhstan?', [['376 billion']], ['002_4b552bcad1b25064.txt']],
  ['How many russian troops are near the Ukrainian border?', [['100,000']], ['003_0f68f1a38a8ac23a.txt']],
  [
    'Where are the talks on Ukraine being held?',
    [['Geneva']],
    ['000_b4e76a0625c4b189.txt', '002_4b552bcad1b25064.txt', '003_0f68f1a38a8ac23a.txt', '004_788d4815c7cc736b.txt'],
  ],
  ['Who is Nato’s secretary general?', [['Stoltenberg']], ['000_b4e76a0625c4b189.txt']],
  ['Which article of the UN charter allows collective self defence?', [['Article 51']], ['004_788d4815c7cc736b.txt']],
  ['In which year did Russia invade Georgia?', [['2008']], ['003_0f68f1a38a8ac23a.txt']],
  ['Which country wanted to send soldiers via the Association of Turkish States?', [['Turkey', 'Ankara']], ['002_4b552bcad1b25064.txt']],
  ['what did simonyan demand', [['second state language', 'Crimea']], ['001_10466e7ab9d79f5b.txt']],
  ['who is fiona hill', [['National Security Council', 'Brookings']], ['003_0f68f1a38a8ac23a.txt']],
  ['What did Lukyanov compare the situation with?', [['Armenia', 'Nagorno-Karabakh']], ['003_0f68f1a38a8ac23a.txt']],
  ['What was the force used for, according to the defence ministry?', [['key infrastructure']], ['001_10466e7ab9d79f5b.txt']],
  ['Who is Maxim Suchkov?', [['Institute for International Studies', 'MGIMO']], ['001_10466e7ab9d79f5b.txt']],
  ['When did Tokayev address the nation?', [['7 January', 'January 7', 'Friday']], ['001_10466e7ab9d79f5b.txt']],
  [
    'What is the CSTO?',
    [['mutual defense', 'Collective Security Treaty Organization', 'alliance']],
    ['001_10466e7ab9d79f5b.txt', '004_788d4815c7cc736b.txt', '002_4b552bcad1b25064.txt'],
  ],
].map(([q, must, sources], i) => ({ id: `p${i + 1}`, type: 'ask', q, must, sources }) as AskItem)

const OFF_TOPIC = [
  'What is the recipe for borscht?',
  'Who won the 2018 FIFA World Cup?',
  'What is the capital of Brazil?',
  'How tall is the Eiffel Tower?',
  'Who is the president of France?',
]

// Near the corpus's topic, with its words, but not covered by it: these must not borrow another fact's answer.
const NEAR_TOPIC = [
  'When was NATO founded?',
  'How many troops did Turkey send?',
  'Who is the president of the United States?',
  'Who is the CSTO secretary general?',
  'What did Biden say about Kazakhstan?',
]
// Not a question at all: nothing is relevant to it.
const GARBAGE = ['1', '2022', '??', 'the']

describe('paraphrases and typos of the dev questions', () => {
  it.each(PARAPHRASES.map((p) => [p.q, p] as const))('%s', (_, item) => {
    const [r] = evaluateAsk(engine, [item]).items
    expect(r!.result.answer, JSON.stringify(r!.result.citations.map((c) => c.excerpt))).not.toBeNull()
    expect(r!.grounded).toBe(true)
    expect(r!.right).toBe(true)
    expect(r!.verbatim).toBe(true)
  })

  it.each([...OFF_TOPIC, ...GARBAGE])('finds nothing relevant to %j', (q) => {
    const r = engine.ask(q)
    expect(r).toMatchObject({ status: 'not_covered', answer: null, citations: [] })
  })

  // Passages that may bear on them are fine; a short answer borrowed from another fact is not.
  it.each(NEAR_TOPIC)('gives no short answer to %j', (q) => {
    const r = engine.ask(q)
    expect(r.answer).toBeNull()
    expect(r.status).not.toBe('answered')
  })
})

describe('ask --json, the machine-readable contract', () => {
  buildBeforeAll()
  it('prints one object with exactly the contract fields, excerpts that are spans of their files', () => {
    const run = spawnSync(process.execPath, nodeArgs('src/cli/ask.ts', ['--json', 'How many troops were in the CSTO force?']), {
      encoding: 'utf8',
      env: { ...process.env, CORPUS_DIR: 'seeds' },
    })
    expect(run.status).toBe(0)
    const lines = run.stdout.trim().split('\n')
    expect(lines).toHaveLength(1)
    const out = JSON.parse(lines[0]!)
    expect(Object.keys(out).sort()).toEqual(['answer', 'citations', 'question', 'status', 'version'])
    expect(out.question).toBe('How many troops were in the CSTO force?')
    expect(out.answer).toContain('2,500')
    for (const c of out.citations) {
      expect(Object.keys(c).sort()).toEqual(['date', 'dateInferred', 'end', 'excerpt', 'source', 'start', 'title'])
      expect(readFileSync(join('seeds', c.source), 'utf8').slice(c.start, c.end)).toBe(c.excerpt)
      expect(c.excerpt.length).toBeLessThanOrEqual(400)
      expect(c.date === null || /^\d{4}-\d{2}-\d{2}$/.test(c.date)).toBe(true)
    }
  })

  it('answers null with no citations when the articles do not cover it', () => {
    const run = spawnSync(process.execPath, nodeArgs('src/cli/ask.ts', ['--json', 'What is the recipe for borscht?']), { encoding: 'utf8' })
    expect(JSON.parse(run.stdout)).toMatchObject({ answer: null, citations: [] })
  })

  it('reads questions from standard input and answers each line as soon as it is read', async () => {
    const child = spawn(process.execPath, nodeArgs('src/cli/ask.ts', ['--json']), { stdio: ['pipe', 'pipe', 'pipe'] })
    const answers: string[] = []
    let buffer = ''
    const next = () =>
      new Promise<string>((resolve) => {
        const check = () => {
          const nl = buffer.indexOf('\n')
          if (nl < 0) return false
          const line = buffer.slice(0, nl)
          buffer = buffer.slice(nl + 1)
          resolve(line)
          return true
        }
        if (check()) return
        const onData = (d: Buffer) => {
          buffer += d.toString()
          if (check()) child.stdout.off('data', onData)
        }
        child.stdout.on('data', onData)
      })
    // One question at a time: the second is only written once the first is answered.
    child.stdin.write('When was the CSTO founded?\n')
    answers.push(await next())
    child.stdin.write('Who is the NATO secretary-general?\n')
    answers.push(await next())
    child.stdin.end()
    await new Promise((resolve) => child.on('close', resolve))
    const [first, second] = answers.map((a) => JSON.parse(a))
    expect(first.question).toBe('When was the CSTO founded?')
    expect(first.answer).toContain('1999')
    expect(second.answer).toContain('Stoltenberg')
  })

  it('sends logs and skipped-file notices to standard error only', () => {
    const run = spawnSync(process.execPath, nodeArgs('src/cli/ask.ts', ['--json', 'When was the CSTO founded?']), {
      encoding: 'utf8',
      env: { ...process.env, CORPUS_DIR: 'tests/fixtures/mixed-corpus' },
    })
    expect(run.status).toBe(0)
    expect(() => JSON.parse(run.stdout)).not.toThrow()
    expect(run.stderr).toMatch(/skipped empty\.txt: the file is empty/)
  })
})

describe('who-said-what questions through /ask', () => {
  it.each([
    ['Who said "playing checkers"?', /Wal[e]n?sa/, 'checkers'],
    ['who said that when Russia comes to your home it is difficult to get it to leave', /Blinken/, 'difficult to get it to leave'],
    ['What did Suchkov say about Moscow?', /Suchkov/, 'instrumental and useful'],
    ['What did Fiona Hill say about the Ukrainians?', /Hill/, 'teach the Ukrainians a lesson'],
    ['Who sayd the West is playing checkers?', /Wal[e]n?sa/, 'checkers'],
  ])('%s', (question, speaker, words) => {
    const r = engine.ask(question)
    expect(r.kind).toBe('quote')
    expect(r.answer).toMatch(speaker)
    // The excerpt is the quotation itself, verbatim from its file.
    expect(r.citations.some((c) => c.excerpt.includes(words))).toBe(true)
    for (const c of r.citations) expect(readFileSync(join('seeds', c.source), 'utf8').slice(c.start, c.end)).toBe(c.excerpt)
  })
})
