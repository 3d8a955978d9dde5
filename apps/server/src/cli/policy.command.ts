import { readFileSync } from 'node:fs';
import { getPolicy, listPolicies, summarise } from '@minsheng/rules/catalogue.ts';
import { defaultCalendarYears } from '@minsheng/rules/engine/calendar.ts';
import { isRulesError } from '@minsheng/rules/engine/errors.ts';
import {
  type EvaluationResult,
  evaluate,
  PLACEHOLDER_CHECK,
  PROVISIONAL_CALENDAR_CHECK,
} from '@minsheng/rules/engine/evaluate.ts';
import { inputFields } from '@minsheng/rules/engine/input-fields.ts';
import type { AnyPolicy } from '@minsheng/rules/engine/policy.ts';
import type { Command } from 'commander';
import type { CalendarYearRow } from '../platform/calendar/calendar-years.repo.ts';
import { mergedCalendar } from '../platform/calendar/merged-calendar.ts';
import { badInput, dateArg, printJson } from './cli-input.ts';
import { withExistingDatabase } from './existing-database.ts';
import { parseParamOverrides } from './param-overrides.ts';

const outcomeLabel = { eligible: '符合', ineligible: '不符合', needs_review: '待人工审核' } as const;

const policyOrExit = (id: string): AnyPolicy =>
  getPolicy(id) ?? badInput(`政策 ${id} 不存在（minsheng policy list 列出全部政策）`);

const collect = (value: string, previous: string[]) => [...previous, value];

/** What the bureau keeps in the database that the packaged rules lack: administered figures, entered years. */
async function bureauEntries(policyId: string) {
  return withExistingDatabase(async ({ db }) => {
    const [{ effectivePolicy }, { createCalendarYearsRepo }] = await Promise.all([
      import('../modules/policy/effective-policy.ts'),
      import('../platform/calendar/calendar-years.repo.ts'),
    ]);
    return {
      policy: await effectivePolicy(db, policyId),
      years: await createCalendarYearsRepo(db).all(),
    };
  });
}

/**
 * Policy commands evaluate the catalogue's rules in-process. The database is opened only when the
 * packaged data is not enough: a placeholder figure the administrator sets (without a --param for
 * it) or a deadline in a year the packaged calendar lacks; then the figures and years entered on
 * the server are read, and the answer is what the reviewer's screen would show.
 */
export function policyCommands(program: Command) {
  const policy = program.command('policy').description('政策规则 (policy rules)');

  policy
    .command('list')
    .description('列出全部政策 (list the policy catalogue)')
    .option('--json', '输出 JSON')
    .action((o: { json?: boolean }) => {
      const all = listPolicies();
      if (o.json) return printJson(all.map((p) => ({ id: p.id, name: p.name, document: p.document })));
      for (const p of all) console.log(`${p.id.padEnd(40)} ${p.name}（${p.document.doc}）`);
    });

  policy
    .command('schema <policyId>')
    .description('政策输入的 JSON Schema 及字段说明 (the JSON Schema of the policy input)')
    .option('--json', '输出 JSON Schema')
    .action((policyId: string, o: { json?: boolean }) => {
      const { inputSchema, name } = summarise(policyOrExit(policyId));
      if (o.json) return printJson(inputSchema);
      console.log(`${name}：输入字段（* 为必填；--json 输出完整 JSON Schema）`);
      for (const f of inputFields(inputSchema).filter((f) => !f.group)) {
        const values = f.enum?.map((v) => (f.enumLabels?.[v] ? `${v}=${f.enumLabels[v]}` : v)).join('，');
        console.log(
          `  ${f.required ? '*' : ' '} ${f.path.join('.').padEnd(36)} ${f.titles.join(' / ')}（${f.format ?? f.type}${values ? `：${values}` : ''}）`,
        );
      }
    });

  policy
    .command('evaluate <policyId>')
    .description('按政策试算：输入为 JSON 文件 (what-if evaluation from a JSON input file)')
    .requiredOption('--on <date>', '评估日期 YYYY-MM-DD（申请或决定日期）')
    .requiredOption(
      '--input <file>',
      '输入 JSON 文件；可含 input、pastClaims、confirmedChecks，或直接是 input',
    )
    .option(
      '--param <name=value>',
      '本次试算临时采用的参数值，可重复；分项参数写作 名称.分项=值（如 training_subsidy.level_2=1300）',
      collect,
      [],
    )
    .option('--json', '输出完整结果 JSON（含依据树）')
    .action(async (policyId: string, o: { on: string; input: string; param: string[]; json?: boolean }) => {
      const definition = policyOrExit(policyId);
      const on = dateArg(o.on, '--on ');
      let parsed: Record<string, unknown>;
      try {
        parsed = JSON.parse(readFileSync(o.input, 'utf8')) as Record<string, unknown>;
      } catch (err) {
        badInput(`无法读取输入文件 ${o.input}：${(err as Error).message}`);
      }
      const request = 'input' in parsed ? parsed : { input: parsed };
      const { overrides, problems } = parseParamOverrides(definition, o.param);
      if (problems.length > 0) badInput(problems.join('；'));
      const run = (p: AnyPolicy, entered: readonly CalendarYearRow[] = []): EvaluationResult => {
        try {
          return evaluate(p, request.input, {
            on,
            overrides,
            calendar: mergedCalendarOf(entered),
            ...(request.pastClaims ? { pastClaims: request.pastClaims as never } : {}),
            ...(request.confirmedChecks
              ? { confirmedChecks: request.confirmedChecks as Record<string, boolean> }
              : {}),
          });
        } catch (err) {
          if (isRulesError(err)) badInput(err.message);
          throw err;
        }
      };
      let result = run(definition);
      const lacking = result.checks.filter(
        (c) => c.id === PLACEHOLDER_CHECK || c.id === PROVISIONAL_CALENDAR_CHECK,
      );
      if (lacking.length > 0) {
        console.error(
          `${lacking.map((c) => (c.id === PLACEHOLDER_CHECK ? '所用参数含占位值' : `内置日历缺少 ${c.years?.join('、')} 年`)).join('，')}：读取服务器数据库中管理员设置的数值和录入的节假日安排`,
        );
        const entries = await bureauEntries(policyId);
        if (entries) result = run(entries.policy, entries.years);
      }
      if (o.json) return printJson(result);
      console.log(`结论：${outcomeLabel[result.outcome]}`);
      for (const [id, amount] of Object.entries(result.amounts)) console.log(`金额 ${id}：${amount} 元`);
      console.log(result.explanation);
      if (result.outcome === 'ineligible') process.exitCode = 3;
    });
}

let packagedYears: ReturnType<typeof defaultCalendarYears> | undefined;
/** The packaged calendar plus the entered years (none unless the database was read). */
function mergedCalendarOf(entered: readonly CalendarYearRow[]) {
  packagedYears ??= defaultCalendarYears();
  return mergedCalendar(packagedYears, entered);
}
