import {
  bigint,
  boolean,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from '../orgs/orgs.schema.ts';

export const dataScopes = ['subtree', 'own', 'self', 'custom', 'all'] as const;
export type DataScope = (typeof dataScopes)[number];

export const roles = pgTable('roles', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  permissions: jsonb('permissions').$type<string[]>().notNull(),
  dataScope: text('data_scope', { enum: dataScopes }).notNull().default('subtree'),
  customOrgIds: jsonb('custom_org_ids').$type<number[]>().notNull().default([]),
  builtin: boolean('builtin').notNull().default(false),
  /**
   * For a built-in role: the built-in permission set it was last brought up to date with. Start-up
   * adds only permissions new since then, so an administrator's removals stay removed.
   */
  builtinBaseline: jsonb('builtin_baseline').$type<string[]>().notNull().default([]),
  /** One of the three separated administrators of 等保 (system, security, audit); null otherwise. */
  adminClass: text('admin_class', { enum: ['system', 'security', 'audit'] }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  orgId: integer('org_id')
    .notNull()
    .references(() => organisations.id),
  passwordHash: text('password_hash').notNull(),
  mustChangePassword: boolean('must_change_password').notNull().default(true),
  status: text('status', { enum: ['active', 'disabled'] })
    .notNull()
    .default('active'),
  failedAttempts: integer('failed_attempts').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  /** TOTP secret, encrypted with the data key. */
  totpSecretEnc: text('totp_secret_enc'),
  totpEnabled: boolean('totp_enabled').notNull().default(false),
  /** The TOTP time step of the last accepted code: a code of that step or an earlier one is refused. */
  totpLastStep: bigint('totp_last_step', { mode: 'number' }),
  lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const userRoles = pgTable(
  'user_roles',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    roleId: integer('role_id')
      .notNull()
      .references(() => roles.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.roleId] })],
);
