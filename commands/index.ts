import type { Command } from '../src/bot/index.ts'
import ask from './ask.ts'
import corpus from './corpus.ts'
import help from './help.ts'
import quote from './quote.ts'
import sources from './sources.ts'
import timeline from './timeline.ts'

/** Every slash command, as the bot runs them and `deploy-commands` registers them (`corpus` only in the home server). */
export const commands: readonly Command[] = [ask, quote, timeline, sources, help, corpus]

export type { Command } from '../src/bot/index.ts'
