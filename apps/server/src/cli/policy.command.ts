import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { createPolicyService } from '../modules/policy/policy.service.ts';
import { DomainError } from '../platform/errors.ts';
import { fail, withDatabase } from './with-database.ts';

const outcomeLabel = { eligible: '符合', ineligible: '不符合', needs_review: '待人工审核' } as const;

/**
 * Policy commands read the same catalogue and administered parameter values as the server, so a
 * what-if at the console answers exactly what the reviewer's screen would.
 */
export function policyCommands(program: Command, config: () => Config) {
  const policy = program.command('policy').description('政策规则 (policy rules)');

  policy
    .command('list')
    .description('列出全部政策 (list the policy catalogue)')
    .action(async () => {
      await withDatabase(config(), async ({ db }) => {
        for (const p of createPolicyService({ db }).list()) {
          console.log(`${p.id.padEnd(40)} ${p.name}（${p.document.doc}）`);
        }
      });
    });

  policy
    .command('evaluate <policyId>')
    .description('按政策试算：输入为 JSON 文件 (what-if evaluation from a JSON input file)')
    .requiredOption('--on <date>', '评估日期 YYYY-MM-DD（申请或决定日期）')
    .requiredOption(
      '--input <file>',
      '输入 JSON 文件；可含 input、pastClaims、confirmedChecks，或直接是 input',
    )
    .option('--json', '输出完整结果 JSON（含依据树）')
    .action(async (policyId: string, o: { on: string; input: string; json?: boolean }) => {
      let parsed: Record<string, unknown>;
      try {
        parsed = JSON.parse(readFileSync(o.input, 'utf8')) as Record<string, unknown>;
      } catch (err) {
        fail(`无法读取输入文件 ${o.input}：${(err as Error).message}`);
      }
      const request = 'input' in parsed ? parsed : { input: parsed };
      await withDatabase(config(), async ({ db }) => {
        try {
          const result = await createPolicyService({ db }).evaluate(policyId, {
            on: o.on,
            input: request.input,
            pastClaims: request.pastClaims as unknown[] | undefined,
            confirmedChecks: request.confirmedChecks as Record<string, boolean> | undefined,
          });
          if (o.json) {
            console.log(JSON.stringify(result, null, 2));
            return;
          }
          console.log(`结论：${outcomeLabel[result.outcome]}`);
          for (const [id, amount] of Object.entries(result.amounts)) console.log(`金额 ${id}：${amount} 元`);
          console.log(result.explanation);
          if (result.outcome === 'ineligible') process.exitCode = 3;
        } catch (err) {
          if (err instanceof DomainError) fail(err.message);
          throw err;
        }
      });
    });
}
