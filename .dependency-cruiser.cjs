/**
 * The architecture, checked in CI (`npm run lint:deps`): each folder of `src/` is
 * one job and shows its public face in `index.ts`; nothing reaches past it, the
 * core never touches Discord, and no module imports itself in a circle.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes two modules one: neither can be read, tested or moved alone.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'through-index',
      severity: 'error',
      comment: "Another folder's modules are reached only through its index.ts, its public face.",
      from: { path: '^src/([^/]+)/' },
      to: { path: '^src/[^/]+/', pathNot: ['^src/$1/', '^src/[^/]+/index\\.ts$'] },
    },
    {
      name: 'shells-through-index',
      severity: 'error',
      comment: "Commands and the bench use the core through its folders' index.ts too.",
      from: { path: '^(commands|bench)/' },
      to: { path: '^src/[^/]+/', pathNot: '^src/[^/]+/index\\.ts$' },
    },
    {
      name: 'core-without-discord',
      severity: 'error',
      comment: 'The functional core knows nothing of Discord or of the shells that serve it.',
      from: { path: '^src/(corpus|text|search|answer|dates|quotes|engine|eval|config)/' },
      to: { path: ['^src/(bot|http|shard|cli)/', '^commands/', 'node_modules/(discord\\.js|@discordjs)/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
  },
}
