/**
 * The Discord shell: the discord.js client, the router from interactions to
 * command modules, and the rendering of replies within Discord's limits.
 */

export { downloadAttachment } from './attachment.ts'
export { EXAMPLE_QUESTIONS } from './examples.ts'
export { createClient } from './client.ts'
export {
  type AttachmentOption,
  type Autocomplete,
  type ButtonPress,
  type ChatInput,
  type Command,
  type CommandContext,
  type CorpusAdmin,
  type Incoming,
  type InteractionBase,
  type Replying,
} from './command.ts'
export { fromDiscordJs } from './incoming.ts'
export { resolveSource, shortHash } from './custom-id.ts'
export { LIMITS, fitMessage, type RenderedMessage } from './limits.ts'
export { createLogger } from './logger.ts'
export { escapeMarkdown, stripBidi, truncateWords } from './markdown.ts'
export { MAX_QUESTION_LENGTH, checkQuestion } from './question.ts'
export { countIndexed, renderChange, renderRefused, renderStatus } from './render-corpus.ts'
export { renderHelp, renderQuotes, renderSources, renderTimeline, type TimelineView } from './render-lists.ts'
export { type EditPayload, type ReplyPayload } from './render.ts'
export { readQuestion, renderAsk, replyKind, type AskReply, type ReplyKind } from './render-ask.ts'
export { renderContext, renderNotice, toEdit, toReply } from './render.ts'
export { createRouter, type RouterOptions } from './router.ts'
export { onSignals } from './shutdown.ts'
