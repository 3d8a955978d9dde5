import { isIsoDate } from '@minsheng/rules/engine/dates.ts';

/** Exit status of a command refused for bad input (a usage error), as shells expect. */
export const BAD_INPUT_EXIT = 2;

/** Prints a Chinese message for input the command cannot use and exits with status 2. */
export function badInput(message: string): never {
  console.error(`错误：${message}`);
  process.exit(BAD_INPUT_EXIT);
}

export function dateArg(value: string, what: string): string {
  if (!isIsoDate(value)) badInput(`${what}应为 YYYY-MM-DD 格式的有效日期，收到「${value}」`);
  return value;
}

export function intArg(value: string, what: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || n < min || n > max) {
    badInput(`${what}应为 ${min} 到 ${max} 之间的整数，收到「${value}」`);
  }
  return n;
}

/** Prints a `--json` answer: one JSON document on stdout. */
export const printJson = (value: unknown) => console.log(JSON.stringify(value, null, 2));

const commanderMessages: [RegExp, (...m: string[]) => string][] = [
  [/missing required argument '(.+)'/, (a) => `缺少参数 <${a}>`],
  [/required option '(.+)' not specified/, (o) => `缺少必填选项 ${o}`],
  [/option '(.+)' argument missing/, (o) => `选项 ${o} 缺少取值`],
  [/unknown option '(.+)'/, (o) => `未知选项 ${o}`],
  [/unknown command '(.+)'/, (c) => `未知命令 ${c}`],
  [/too many arguments(?: for '(.+)')?/, () => '参数过多'],
  [/option '(.+)' argument '(.+)' is invalid/, (o, v) => `选项 ${o} 的取值「${v}」无效`],
];

/** Commander's usage errors in Chinese, like every other message of the console. */
export function chineseUsageError(text: string): string {
  for (const [pattern, say] of commanderMessages) {
    const m = pattern.exec(text);
    if (m) return `错误：${say(...m.slice(1).map((s) => s ?? ''))}（--help 查看用法）\n`;
  }
  return text;
}
