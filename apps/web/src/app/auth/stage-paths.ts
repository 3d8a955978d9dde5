import type { Stage } from './auth-types';

export const stagePaths: Record<Stage, string> = {
  change_password: '/change-password',
  totp_enrol: '/totp-enrol',
  totp: '/totp',
  full: '/',
};
