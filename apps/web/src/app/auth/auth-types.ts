export type Stage = 'change_password' | 'totp_enrol' | 'totp' | 'full';

export interface CurrentUser {
  id: string;
  username: string;
  displayName: string;
  org: { id: string; name: string; level: string };
  roles: { code: string; name: string }[];
  permissions: string[];
  totpEnabled: boolean;
}

export interface Me {
  stage: Stage;
  csrfToken: string;
  user: CurrentUser;
}

export interface StageAnswer {
  stage: Stage;
}

export interface LoginAnswer extends StageAnswer {
  csrfToken: string;
}

export interface TotpEnrolment {
  secret: string;
  otpauthUri: string;
}
