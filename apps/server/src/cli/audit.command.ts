import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { verifyAuditChain } from '../platform/audit/audit.service.ts';
import { withDatabase } from './with-database.ts';

export function auditCommands(program: Command, config: () => Config) {
  const audit = program.command('audit').description('审计日志 (audit trail)');
  audit
    .command('verify')
    .description('校验审计日志哈希链是否被篡改 (verify the hash chain)')
    .action(async () => {
      const r = await withDatabase(config(), (d) => verifyAuditChain(d.db));
      if (r.ok) {
        console.log(`审计链完整：已校验 ${r.checked} 条记录`);
      } else {
        console.error(
          `审计链校验失败：第 ${r.brokenAtId} 号记录或其之前的记录被修改或删除（已校验 ${r.checked} 条）`,
        );
        process.exitCode = 1;
      }
    });
}
