/**
 * The questions the bot shows as examples (the `/ask` option, `/help`, the
 * start-up message), in one place: each is one the shipped `seeds/` corpus
 * answers right, and a test keeps it so.
 */
export const EXAMPLE_QUESTIONS = ['How many troops did the CSTO send?', 'Which countries are in the CSTO?', 'When did the troops arrive?'] as const
