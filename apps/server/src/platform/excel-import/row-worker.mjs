// Entry of an import's worker threads (row-pool.ts): registers tsx as bin/minsheng.mjs does, so the
// thread loads the TypeScript sources, then serves row-worker.ts.
import { register } from 'tsx/esm/api';

register();
const { default: checkChunk } = await import('./row-worker.ts');

export default checkChunk;
