import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getPolicy, summarise } from '@minsheng/rules/catalogue.ts';
import { policyExamples } from '@minsheng/rules/examples.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { policyParameterValues } from '../modules/policy/policy.schema.ts';
import { insert2027 } from '../platform/calendar/calendar.fixtures.ts';

const bin = path.resolve(import.meta.dirname, '../../bin/minsheng.mjs');
const dir = mkdtempSync(path.join(tmpdir(), 'minsheng-officer-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI with DATA_DIR `dataDir` (no DATABASE_URL): stdout, stderr and the exit code. */
function cli(args: string[], dataDir = path.join(dir, 'none')) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [bin, ...args], { env }, (err, stdout, stderr) =>
      resolve({ code: err ? Number(err.code) : 0, stdout, stderr }),
    );
  });
}

const json = async (args: string[], dataDir?: string) => {
  const r = await cli([...args, '--json'], dataDir);
  return { ...r, body: r.code === 0 || r.stdout.startsWith('{') ? JSON.parse(r.stdout) : null };
};

describe('minsheng workdays', () => {
  it('adds working days over the National Day holidays and names them', async () => {
    const r = await cli(['workdays', 'add', '2026-09-30', '3']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2026-09-30 之后第 3 个工作日：2026-10-10');
    expect(r.stdout).toContain('2026-10-01  法定节假日（国庆节）');
    expect(r.stdout).toContain('2026-10-10  调休上班（国庆节）');
  });

  it('ends a period on a holiday on the next working day (Civil Code), as JSON', async () => {
    const { code, body } = await json(['workdays', 'deadline', '2026-03-02', '--days', '60']);
    expect(code).toBe(0);
    expect(body).toMatchObject({
      start: '2026-03-02',
      days: 60,
      nominalEnd: '2026-05-01',
      end: '2026-05-06',
    });
    expect(body.postponedOver).toHaveLength(5);
  });

  it('refuses a date that is none, in Chinese with exit status 2', async () => {
    const r = await cli(['workdays', 'add', '2026-02-30', '5']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('错误：起算日期应为 YYYY-MM-DD 格式的有效日期，收到「2026-02-30」');
    const missing = await cli(['workdays', 'deadline', '2026-03-02']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('错误：缺少必填选项 --days <n>');
  });
});

describe('minsheng policy', () => {
  const zhuhai = policyExamples('zhuhai.high-skill-subsidy')[0]!;
  const inputFile = path.join(dir, 'zhuhai.json');
  writeFileSync(inputFile, JSON.stringify({ input: zhuhai.input }));
  const evaluateZhuhai = (param: string) => [
    'policy',
    'evaluate',
    'zhuhai.high-skill-subsidy',
    '--on',
    zhuhai.on,
    '--input',
    inputFile,
    '--param',
    param,
  ];

  it('prints the input JSON Schema of the catalogue', async () => {
    const { code, body } = await json(['policy', 'schema', 'zhuhai.high-skill-subsidy']);
    expect(code).toBe(0);
    expect(body).toEqual(summarise(getPolicy('zhuhai.high-skill-subsidy')!).inputSchema);
  });

  it('evaluates without any database when no administered figure is needed, with --param overrides', async () => {
    const dataDir = path.join(dir, 'never-created');
    const { code, body } = await json(evaluateZhuhai('training_subsidy.level_2=1300'), dataDir);
    expect(code).toBe(0);
    expect(body.amounts).toEqual({ training: '1300.00', appraisal: '600.00' });
    expect(existsSync(dataDir)).toBe(false);
  });

  it('refuses a --param the policy does not have, naming the ones it has', async () => {
    const r = await cli(evaluateZhuhai('training_subsidy=1300'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('须写作 training_subsidy.<分项>=数值，分项可选：level_3、level_2、level_1');
  });
});

describe('with the server database', () => {
  const dataDir = path.join(dir, 'server');

  it('reads the administrator’s figure and the entered years only when the packaged data lacks them', async () => {
    mkdirSync(dataDir, { recursive: true });
    const database = await openDatabase({ dataDir });
    try {
      await migrate(database);
      await insert2027(database.db);
      await database.db.insert(policyParameterValues).values(
        ['previous_year_city_average_wage:96000', 'minimum_monthly_wage:2200'].map((nv) => ({
          policyId: 'county-city.flexible-employment',
          name: nv.split(':')[0]!,
          effectiveFrom: '2026-01-01',
          value: nv.split(':')[1]!,
          refDoc: '本市统计公报',
          setBy: '00000000-0000-0000-0000-000000000000',
        })),
      );
    } finally {
      await database.close();
    }

    const days = await json(['workdays', 'add', '2026-12-28', '5'], dataDir);
    // New Year's Day 2027 as entered: the fifth working day is Tuesday 01-05, not Monday 01-04.
    expect(days.body).toMatchObject({ end: '2027-01-05', provisionalYears: [], enteredYears: [2027] });

    const flexible = policyExamples('county-city.flexible-employment')[0]!;
    const file = path.join(dir, 'flexible.json');
    writeFileSync(file, JSON.stringify({ input: flexible.input }));
    const r = await json(
      ['policy', 'evaluate', 'county-city.flexible-employment', '--on', '2027-01-15', '--input', file],
      dataDir,
    );
    expect(r.stderr).toContain('所用参数含占位值：读取服务器数据库中管理员设置的数值');
    expect(r.body.amounts).toMatchObject({ pension_subsidy: '5760.00', medical_subsidy: '4800.00' });
  }, 300_000);
});

describe('minsheng id check and retirement', () => {
  it('checks a resident ID number and names its region', async () => {
    const { code, body } = await json(['id', 'check', '370202198001011232']);
    expect(code).toBe(0);
    expect(body).toEqual({
      valid: true,
      id: '370202198001011232',
      converted: false,
      birthDate: '1980-01-01',
      gender: 'male',
      regionCode: '370202',
      province: '山东省',
      regionName: '山东省青岛市市南区',
    });
    const wrong = await json(['id', 'check', '370202198001011230']);
    expect(wrong.code).toBe(1);
    expect(wrong.body).toEqual({
      valid: false,
      code: 'ID_CHECK_DIGIT',
      message: '公民身份号码校验码错误，请核对后重新填写',
    });
  });

  it('gives the statutory retirement month with the delay', async () => {
    const { body } = await json([
      'retirement',
      '--birth',
      '1978-03',
      '--gender',
      'female',
      '--original-age',
      '50',
    ]);
    expect(body).toMatchObject({ retirementMonth: '2029-11', delayMonths: 20, originalAgeYears: 50 });
    const r = await cli(['retirement', '--birth', '1970-05', '--gender', 'male']);
    expect(r.stdout).toContain('男职工，法定退休年龄61周岁5个月，2031年10月退休');
    const bad = await cli(['retirement', '--birth', '1978-13', '--gender', 'female', '--original-age', '50']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--birth 应为 YYYY-MM 格式的出生年月');
  });
});
