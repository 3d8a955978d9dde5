import { type RetirementCategory, statutoryRetirement } from '@minsheng/rules/national/retirement.ts';
import type { Command } from 'commander';
import { badInput, printJson } from './cli-input.ts';

function category(gender: string, originalAge: string | undefined): RetirementCategory {
  if (gender === 'male') {
    if (originalAge !== undefined && originalAge !== '60')
      badInput('男职工原法定退休年龄为 60 周岁，无需 --original-age');
    return 'male';
  }
  if (gender !== 'female') badInput(`--gender 应为 male（男）或 female（女），收到「${gender}」`);
  if (originalAge === '50') return 'female_worker';
  if (originalAge === '55') return 'female_cadre';
  return badInput('女职工须以 --original-age 指明原法定退休年龄：50（女工人）或 55（女干部）');
}

/** `retirement`: the statutory retirement month under the gradual raising of the retirement age (2025). */
export function retirementCommand(program: Command) {
  program
    .command('retirement')
    .description(
      '法定退休年龄和退休月份（渐进式延迟法定退休年龄，2025-01-01 起施行） (statutory retirement month)',
    )
    .requiredOption('--birth <YYYY-MM>', '出生年月')
    .requiredOption('--gender <male|female>', '性别：male 男，female 女')
    .option('--original-age <50|55>', '女职工原法定退休年龄：50（女工人）或 55（女干部）')
    .option('--json', '输出 JSON')
    .action((o: { birth: string; gender: string; originalAge?: string; json?: boolean }) => {
      const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(o.birth);
      if (!m || Number(m[1]) < 1900 || Number(m[1]) > 2100)
        badInput(`--birth 应为 YYYY-MM 格式的出生年月，收到「${o.birth}」`);
      const r = statutoryRetirement(`${o.birth}-01`, category(o.gender, o.originalAge));
      const answer = {
        birth: o.birth,
        category: r.category,
        originalAgeYears: r.originalAgeYears,
        delayMonths: r.delayMonths,
        ageYears: r.ageYears,
        ageMonths: r.ageMonths,
        retirementMonth: r.retirementMonth,
        earliestFlexibleMonth: r.earliestFlexibleMonth,
        description: r.description,
      };
      if (o.json) return printJson(answer);
      console.log(r.description);
      console.log(
        `原法定退休年龄 ${r.originalAgeYears} 周岁，延迟 ${r.delayMonths} 个月；最早可弹性提前至 ${r.earliestFlexibleMonth.replace('-', '年')}月退休`,
      );
      console.log(
        '依据：全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定（2024年9月13日）附件',
      );
    });
}
