import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Run a benchmark module again as a child process with `args` (after `--child`) and resolve with the
 * one message it sends: each measurement in its own process, so its peak RSS is its own.
 */
export function runChild<T>(
  moduleUrl: string,
  args: readonly string[],
  execArgv: readonly string[] = [],
): Promise<T> {
  return new Promise((resolve, reject) => {
    const proc = fork(fileURLToPath(moduleUrl), ['--child', ...args], {
      execArgv: [...process.execArgv, ...execArgv],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let got: T | undefined;
    proc.on('message', (m) => {
      got = m as T;
    });
    proc.on('error', reject);
    proc.on('exit', (code) =>
      got ? resolve(got) : reject(new Error(`benchmark child ${args.join(' ')} exited with ${code}`)),
    );
  });
}
