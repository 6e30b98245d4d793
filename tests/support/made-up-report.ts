import { parseArticle } from '../../src/corpus/article.ts'
import { buildEngine, type Engine } from '../../src/engine/engine.ts'
import type { AskResult } from '../../src/answer/index.ts'

/**
 * An engine over one made-up report: a headline, a date line, `body` (paragraphs
 * separated by blank lines) and a closing sentence, as the engine tests write
 * their own articles for a class of question.
 */
export function reportEngine(body: string): Engine {
  const r = parseArticle('report.txt', `A made-up report\nMarch 20, 2023\n\n${body}\n\nOfficials gave no further details.`)
  if (!r.ok) throw new Error(r.reason)
  return buildEngine({ articles: [r.article], skipped: [] })
}

/** `question` asked of a made-up report holding `body`. */
export function askReport(body: string, question: string): AskResult {
  return reportEngine(body).ask(question)
}

/**
 * An engine over several made-up pages, each a whole text (headline, date line,
 * body), read as `made-up-0.txt`, `made-up-1.txt`, … (the extension given).
 */
export function pagesEngine(texts: readonly string[], extension = 'txt'): Engine {
  const articles = texts.map((text, i) => {
    const r = parseArticle(`made-up-${i}.${extension}`, text)
    if (!r.ok) throw new Error(r.reason)
    return r.article
  })
  return buildEngine({ articles, skipped: [] })
}
