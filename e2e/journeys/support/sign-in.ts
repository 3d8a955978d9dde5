import * as OTPAuth from 'otpauth';
import type { Page } from 'playwright-core';
import { baseUrl, text, waitForPage } from './browser.ts';
import { bureauNow } from './bureau-clock.ts';

export interface Account {
  username: string;
  password: string;
  /** Base32 TOTP secret, known once the account enrolled. */
  totpSecret?: string;
  /** The 30-second time step of the last code given. */
  totpStep?: number;
}

/** The server checks a code against its own clock, which a journey's server may start elsewhere. */
const currentStep = () => Math.floor(bureauNow().getTime() / 30_000);

/**
 * A code of a time step this account has not used yet: the server accepts each step's code once,
 * so a second sign-in within the same 30 seconds waits for the next one.
 */
export async function totpCode(account: Account): Promise<string> {
  const secret = account.totpSecret;
  if (!secret) throw new Error(`${account.username} has no known TOTP secret`);
  while (account.totpStep !== undefined && currentStep() <= account.totpStep) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  account.totpStep = currentStep();
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({
    timestamp: bureauNow().getTime(),
  });
}

/** A new password meeting the default policy (≥ 8 chars, 4 classes), unique per call. */
export const freshPassword = () => `Ms#${Date.now().toString(36)}Aa9`;

type Shot = (name: string) => Promise<void>;

async function currentPath(page: Page): Promise<string> {
  await waitForPage(
    page,
    `!location.pathname.startsWith('/login') || document.querySelector('[data-testid="login-error"]') !== null`,
    20_000,
  );
  return new URL(page.url()).pathname;
}

/**
 * Signs in through the login page and walks whatever stage the server asks for: a forced password
 * change (the account's password is updated), TOTP enrolment (the secret shown is read and kept)
 * or TOTP verification. Ends on the dashboard.
 */
export async function signIn(page: Page, account: Account, shot: Shot): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(account.username);
  await page.getByTestId('login-password').fill(account.password);
  await shot(`${account.username}-login`);
  await page.getByTestId('login-submit').click();

  for (;;) {
    const path = await currentPath(page);
    if (path === '/login') {
      throw new Error(`login of ${account.username} failed: ${await text(page.getByTestId('login-error'))}`);
    }
    if (path === '/change-password') {
      const next = freshPassword();
      await page.getByTestId('old-password').fill(account.password);
      await page.getByTestId('new-password').fill(next);
      await page.getByTestId('confirm-password').fill(next);
      await shot(`${account.username}-change-password`);
      await page.getByTestId('change-password-submit').click();
      await page.waitForURL((url) => url.pathname !== '/change-password');
      account.password = next;
    } else if (path === '/totp-enrol') {
      await page.getByTestId('totp-secret').waitFor();
      account.totpSecret = await text(page.getByTestId('totp-secret'));
      await page.getByTestId('totp-code').fill(await totpCode(account));
      await shot(`${account.username}-totp-enrol`);
      await page.getByTestId('totp-submit').click();
      await page.waitForURL((url) => url.pathname !== '/totp-enrol');
    } else if (path === '/totp') {
      await page.getByTestId('totp-code').fill(await totpCode(account));
      await page.getByTestId('totp-submit').click();
      await page.waitForURL((url) => url.pathname !== '/totp');
    } else {
      break;
    }
  }
  await page.getByTestId('welcome-card').waitFor();
  await shot(`${account.username}-dashboard`);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('logout').click();
  await page.waitForURL((url) => url.pathname === '/login');
}

/** An environment variable e2e/run.mjs must pass (passwords from the server's first start). */
export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set (e2e/run.mjs passes it from the server's first-start output)`);
  return value;
}
