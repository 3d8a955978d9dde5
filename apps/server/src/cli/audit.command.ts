import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { checkpointAnchor } from '../platform/audit/audit-checkpoint.ts';
import { verifyAuditTrail } from '../platform/audit/audit-trail.ts';
import { withDatabase } from './with-database.ts';

export function auditCommands(program: Command, config: () => Config) {
  const audit = program.command('audit').description('审计日志 (audit trail)');
  audit
    .command('verify')
    .description(
      '校验审计日志哈希链及签名检查点，发现修改、删除或末尾截断 (verify the chain and its checkpoints)',
    )
    .action(async () => {
      const c = config();
      const anchor = checkpointAnchor(c.dataDir, c.dataKey);
      const r = await withDatabase(c, (d) => verifyAuditTrail(d.db, anchor));
      if (r.ok) {
        console.log(r.message);
      } else {
        console.error(r.message);
        process.exitCode = 1;
      }
    });
}
