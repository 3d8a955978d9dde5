import type { Executor } from '../../db/client.ts';
import { type VerifyOptions, type VerifyResult, verifyAuditChain } from './audit.service.ts';
import { type AnchorResult, type CheckpointAnchor, verifyCheckpoints } from './audit-checkpoint.ts';

export interface TrailResult {
  ok: boolean;
  chain: VerifyResult;
  anchor: AnchorResult;
  /** What is wrong, in Chinese, or the all-clear. */
  message: string;
}

/** The hash chain and its outside anchors together: `minsheng audit verify` and the verify job. */
export async function verifyAuditTrail(
  db: Executor,
  anchor: CheckpointAnchor,
  opts: VerifyOptions = {},
): Promise<TrailResult> {
  const chain = await verifyAuditChain(db, opts);
  const result = await verifyCheckpoints(db, anchor);
  const p = result.problem;
  let message: string;
  if (!chain.ok) {
    message = `审计链校验失败：第 ${chain.brokenAtId} 号记录或其之前的记录被修改或删除（已校验 ${chain.checked} 条）`;
  } else if (p?.kind === 'truncated') {
    const head = p.headId === null ? '审计日志已为空' : `当前链尾为第 ${p.headId} 号记录`;
    message = `审计链校验失败：末尾的记录被删除。${p.checkpoint.at} 的签名检查点记录到第 ${p.checkpoint.id} 号记录，${head}`;
  } else if (p?.kind === 'altered') {
    message = `审计链校验失败：签名检查点中的第 ${p.checkpoint.id} 号记录（${p.checkpoint.at}）已被修改或删除`;
  } else if (p?.kind === 'bad_signature') {
    message = `审计检查点文件第 ${p.line} 行签名无效：检查点文件被修改，或数据密钥（DATA_KEY）与写入时不同`;
  } else {
    const anchored = result.newest
      ? `，与 ${result.checkpoints} 个签名检查点一致（最新：第 ${result.newest.id} 号记录）`
      : '（尚无签名检查点）';
    message = `审计链完整：已校验 ${chain.checked} 条记录${anchored}`;
  }
  return { ok: chain.ok && !p, chain, anchor: result, message };
}
