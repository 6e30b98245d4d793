/**
 * Running the gateway bot over several shards: the sharding manager, peers that
 * reach the other shards, and the corpus watch that keeps them on one version.
 */

export { startShardingManager } from './manager.ts'
export { corpusPeers, registerCorpusPeer, type PeerVersion } from './peers.ts'
export { withPeers } from './render.ts'
export { watchCorpus } from './watch.ts'
