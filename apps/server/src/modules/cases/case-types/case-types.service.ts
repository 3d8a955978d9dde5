import { catalogue, getPolicy } from '@minsheng/rules/catalogue.ts';
import type { Db, Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { DomainError, invalid, notFound } from '../../../platform/errors.ts';
import type { DeploymentService } from '../../policy/deployment.service.ts';
import type { CaseTimeLimit, MaterialItem } from '../cases.schema.ts';
import { raiseCeilingPercent } from '../workflow/case-decision.rules.ts';
import type { CaseApplicantKind } from '../workflow/case-status.ts';
import { caseTypeDefaults, defaultStepLimits } from './case-type-defaults.ts';
import { type CaseTypeRow, createCaseTypesRepo } from './case-types.repo.ts';

export const applicantKindLabels: Record<CaseApplicantKind, string> = {
  person: '个人',
  institution_on_behalf: '机构代个人申领',
  institution: '机构（单位）',
  employer: '用人单位',
};

export interface CaseTypeSettings {
  version: number;
  /** true / false: the administrator's choice; null: as the deployment's jurisdictions decide */
  enabled?: boolean | null | undefined;
  applicantKinds?: CaseApplicantKind[] | undefined;
  materials?: (Omit<MaterialItem, 'code'> & { code?: string | undefined })[] | undefined;
  timeLimits?: Omit<CaseTimeLimit, 'source'>[] | undefined;
  requiresPublicNotice?: boolean | undefined;
  publicNoticeDays?: number | undefined;
  distinctApprover?: boolean | undefined;
  raiseCeilingPercent?: number | undefined;
}

const stale = () => new DomainError('STALE', '该事项设置已被他人修改，请刷新后重试');

function checkApplicantKinds(row: CaseTypeRow, kinds: CaseApplicantKind[]) {
  const allowed = getPolicy(row.policyId)?.applicantKinds ?? [];
  const outside = kinds.filter((k) => !allowed.includes(k));
  if (kinds.length === 0)
    throw invalid('至少须保留一种申请人类型', [{ path: 'applicantKinds', message: '不能为空' }]);
  if (outside.length > 0) {
    const names = outside.map((k) => applicantKindLabels[k]).join('、');
    throw invalid(`申请人类型「${names}」不在政策规定的范围内`, [{ path: 'applicantKinds', message: names }]);
  }
}

function normaliseMaterials(items: NonNullable<CaseTypeSettings['materials']>, kinds: CaseApplicantKind[]) {
  const seen = new Set<string>();
  return items.map((item, i): MaterialItem => {
    const key = `${item.applicantKind}|${item.label}`;
    if (seen.has(key))
      throw invalid(`材料「${item.label}」重复`, [{ path: `materials.${i}.label`, message: '重复' }]);
    seen.add(key);
    if (!kinds.includes(item.applicantKind)) {
      const message = `材料「${item.label}」的申请人类型不在本事项的申请人类型中`;
      throw invalid(message, [{ path: `materials.${i}.applicantKind`, message }]);
    }
    return { ...item, code: item.code ?? `a${i + 1}` };
  });
}

function normaliseTimeLimits(row: CaseTypeRow, limits: NonNullable<CaseTypeSettings['timeLimits']>) {
  const ids = limits.map((l) => l.id);
  const missing = defaultStepLimits.filter((d) => !ids.includes(d.id)).map((d) => d.label);
  if (missing.length > 0)
    throw invalid(`缺少办理时限：${missing.join('、')}`, [{ path: 'timeLimits', message: '缺项' }]);
  if (new Set(ids).size !== ids.length)
    throw invalid('办理时限重复', [{ path: 'timeLimits', message: '重复' }]);
  return limits.map((l): CaseTimeLimit => {
    const before = row.timeLimits.find((b) => b.id === l.id);
    const same = before && before.amount === l.amount && before.unit === l.unit;
    return { ...l, source: same ? before.source : 'admin' };
  });
}

/**
 * Whether a type nobody turned on or off accepts applications: when it is of one of the deployment's
 * jurisdictions, or when the deployment has declared none yet (an installation from before the
 * setting keeps accepting every type until its administrator declares them).
 */
const followsDeployment = (local: ReadonlyMap<string, string>, code: string) =>
  local.size === 0 || local.has(code);

export function createCaseTypesService(deps: { db: Db; deployment: DeploymentService }) {
  const { db, deployment } = deps;
  const repo = createCaseTypesRepo(db);
  let synced: Promise<void> | undefined;

  /** Case types follow the catalogue: a policy added to it becomes a case type on first use. */
  const sync = () => {
    synced ??= repo.insertMissing(catalogue.map((e) => caseTypeDefaults(e.policy))).catch((e: unknown) => {
      synced = undefined;
      throw e;
    });
    return synced;
  };

  async function get(id: string): Promise<CaseTypeRow> {
    await sync();
    const row = await repo.one(id);
    if (!row || !getPolicy(row.policyId)) throw notFound('经办事项');
    return row;
  }

  /** What the views need of the deployment: its jurisdictions and its documents' names. */
  const deploymentNow = async () => {
    const [local, namer] = await Promise.all([deployment.jurisdictions(), deployment.namer()]);
    return { local, namer };
  };

  const view = (row: CaseTypeRow, { local, namer }: Awaited<ReturnType<typeof deploymentNow>>) => {
    const policy = getPolicy(row.policyId)!;
    const localJurisdiction = local.get(policy.jurisdiction.code) ?? null;
    return {
      ...row,
      /** whether the type accepts applications now */
      enabled: row.enabled ?? followsDeployment(local, policy.jurisdiction.code),
      /** the administrator's choice; null: as the deployment's jurisdictions decide */
      enabledSetting: row.enabled,
      approvalChain: { ...row.approvalChain, raiseCeilingPercent: raiseCeilingPercent(row.approvalChain) },
      jurisdiction: policy.jurisdiction,
      /** the local name of the policy's jurisdiction when it is one of the deployment's, else null */
      localJurisdiction,
      document: namer.rewrite(policy.document),
      validity: policy.validity,
      policyApplicantKinds: [...policy.applicantKinds],
    };
  };

  /**
   * Refuses a new application unless the type accepts them: turned on by an administrator, or not
   * set and of one of the deployment's own jurisdictions (others stay readable as reference).
   */
  async function assertAccepting(row: CaseTypeRow, executor: Executor = db) {
    if (row.enabled === true) return;
    if (row.enabled === false) throw invalid(`「${row.name}」已停办，暂不受理申请`);
    const local = await deployment.jurisdictions(executor);
    const { jurisdiction } = getPolicy(row.policyId)!;
    if (followsDeployment(local, jurisdiction.code)) return;
    const here = [...new Set(local.values())].join('、');
    throw invalid(
      `「${row.name}」是${jurisdiction.name}的政策，不属于本系统的管辖地区${here ? `（${here}）` : ''}，仅供查阅和试算，暂不受理申请；确需受理的，请在「经办事项设置」中开启`,
    );
  }

  return {
    sync,
    get,
    assertAccepting,

    async list() {
      await sync();
      const [rows, now] = await Promise.all([repo.all(), deploymentNow()]);
      return rows.filter((r) => getPolicy(r.policyId)).map((r) => view(r, now));
    },

    detail: async (id: string) => view(await get(id), await deploymentNow()),

    async updateSettings(actor: Actor, id: string, s: CaseTypeSettings) {
      const row = await get(id);
      if (s.version !== row.version) throw stale();
      const applicantKinds = s.applicantKinds ?? row.applicantKinds;
      checkApplicantKinds(row, applicantKinds);
      const patch = {
        ...(s.enabled === undefined ? {} : { enabled: s.enabled }),
        ...(s.applicantKinds ? { applicantKinds } : {}),
        ...(s.materials ? { materials: normaliseMaterials(s.materials, applicantKinds) } : {}),
        ...(s.timeLimits ? { timeLimits: normaliseTimeLimits(row, s.timeLimits) } : {}),
        ...(s.requiresPublicNotice === undefined ? {} : { requiresPublicNotice: s.requiresPublicNotice }),
        ...(s.publicNoticeDays === undefined ? {} : { publicNoticeDays: s.publicNoticeDays }),
        ...(s.distinctApprover === undefined && s.raiseCeilingPercent === undefined
          ? {}
          : {
              approvalChain: {
                ...row.approvalChain,
                ...(s.distinctApprover === undefined ? {} : { distinctApprover: s.distinctApprover }),
                ...(s.raiseCeilingPercent === undefined
                  ? {}
                  : { raiseCeilingPercent: s.raiseCeilingPercent }),
              },
            }),
        updatedBy: actor.userId,
      };
      const updated = await db.transaction(async (tx) => {
        const next = await createCaseTypesRepo(tx).update(id, row.version, patch);
        if (!next) throw stale();
        const fields = Object.keys(patch).filter((k) => k !== 'updatedBy') as (keyof typeof patch)[];
        await recordAudit(tx, actor, {
          action: 'case_type.update',
          targetType: 'case_type',
          targetId: id,
          detail: {
            fields,
            before: Object.fromEntries(fields.map((f) => [f, row[f as keyof CaseTypeRow]])),
            after: Object.fromEntries(fields.map((f) => [f, next[f as keyof CaseTypeRow]])),
          },
        });
        return next;
      });
      return view(updated, await deploymentNow());
    },
  };
}

export type CaseTypesService = ReturnType<typeof createCaseTypesService>;
