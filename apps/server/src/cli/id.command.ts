import { regionOf } from '@minsheng/rules/national/region-names.ts';
import { parseResidentId } from '@minsheng/rules/national/resident-id.ts';
import type { Command } from 'commander';
import { printJson } from './cli-input.ts';

const genderLabel = { male: '男', female: '女' } as const;

/**
 * `id check`: whether a resident ID number is valid (GB 11643-1999) and what it says. The number
 * is the operator's own input: it goes back to that terminal only and is never logged or stored.
 * An invalid number is the check's answer (exit 1), not a usage error.
 */
export function idCommands(program: Command) {
  const id = program.command('id').description('公民身份号码 (resident ID numbers)');
  id.command('check <number>')
    .description('校验公民身份号码，显示出生日期、性别和地址码 (validate a resident ID number)')
    .option('--json', '输出 JSON')
    .action((value: string, o: { json?: boolean }) => {
      const parsed = parseResidentId(value, { allow15: true });
      if (!parsed.ok) {
        if (o.json) printJson({ valid: false, code: parsed.code, message: parsed.message });
        else console.log(`无效：${parsed.message}`);
        process.exit(1);
      }
      const region = regionOf(parsed.regionCode);
      const answer = {
        valid: true,
        id: parsed.id,
        converted: parsed.converted,
        birthDate: parsed.birthDate,
        gender: parsed.gender,
        regionCode: parsed.regionCode,
        province: region.province,
        regionName: region.name,
      };
      if (o.json) return printJson(answer);
      console.log(`有效${parsed.converted ? `（15 位号码已转换为 18 位：${parsed.id}）` : ''}`);
      console.log(`出生日期：${parsed.birthDate}`);
      console.log(`性别：${genderLabel[parsed.gender]}`);
      console.log(`地址码：${parsed.regionCode}${region.name ? `（${region.name}）` : ''}`);
      if (!region.county) console.log('（该地址码不在现行行政区划代码中，可能已撤销或调整）');
    });
}
