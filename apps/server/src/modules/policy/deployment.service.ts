import { catalogue, listJurisdictions } from '@minsheng/rules/catalogue.ts';
import { citedName, type DocumentNamer, documentNamer } from '@minsheng/rules/engine/documents.ts';
import { policyDocuments } from '@minsheng/rules/policies/documents.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import type { Clock } from '../../platform/clock.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { createDeploymentRepo } from './deployment.repo.ts';

export interface JurisdictionInput {
  code: string;
  localName: string;
}

export interface DocumentInput {
  number: string | null;
  title: string | null;
}

const blankToNull = (s: string | null) => (s?.trim() ? s.trim() : null);

/**
 * What this deployment is: the rules jurisdictions it serves (their case types accept applications
 * by default) and the numbers and titles of the policy documents where the source text has none.
 * Every citation the server returns is named through `namer()` when it is read, so a number set
 * today also names the documents of cases evaluated before.
 */
export function createDeploymentService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  const repo = createDeploymentRepo(db);

  /** rules jurisdiction code → the local name it goes by here (read through `executor` inside a transaction) */
  async function jurisdictions(executor: Executor = db): Promise<Map<string, string>> {
    return new Map((await createDeploymentRepo(executor).jurisdictions()).map((j) => [j.code, j.localName]));
  }

  async function namer(): Promise<DocumentNamer> {
    const rows = await repo.documentSettings();
    return documentNamer(
      policyDocuments,
      Object.fromEntries(rows.map(({ setting: s }) => [s.documentId, { number: s.number, title: s.title }])),
    );
  }

  return {
    jurisdictions,
    namer,

    /** The settings page: every jurisdiction and document of the rules, with what is set here. */
    async view() {
      const local = await jurisdictions();
      const settings = new Map((await repo.documentSettings()).map((r) => [r.setting.documentId, r]));
      const names = await namer();
      return {
        jurisdictions: listJurisdictions().map((j) => ({
          code: j.code,
          name: j.name,
          localName: local.get(j.code) ?? null,
          policies: j.policyIds.map((id) => catalogue.find((e) => e.policy.id === id)!.policy.name),
        })),
        documents: policyDocuments.map((d) => {
          const set = settings.get(d.id);
          return {
            id: d.id,
            jurisdiction: d.jurisdiction,
            title: d.title,
            number: d.number,
            issuer: d.issuer ?? null,
            setting: set
              ? {
                  number: set.setting.number,
                  title: set.setting.title,
                  setAt: set.setting.setAt.toISOString(),
                  setByName: set.setByName,
                }
              : null,
            citedAs: names.name(d.id),
            policies: catalogue.filter((e) => e.policy.document.document === d.id).map((e) => e.policy.name),
          };
        }),
      };
    },

    async setJurisdictions(actor: Actor, input: JurisdictionInput[]) {
      const known = new Map(listJurisdictions().map((j) => [j.code, j]));
      const seen = new Set<string>();
      input.forEach((j, i) => {
        if (!known.has(j.code))
          throw invalid(`管辖地区代码 ${j.code} 不在政策目录中`, [
            { path: `jurisdictions.${i}.code`, message: '未知代码' },
          ]);
        if (seen.has(j.code))
          throw invalid(`管辖地区「${known.get(j.code)!.name}」重复`, [
            { path: `jurisdictions.${i}.code`, message: '重复' },
          ]);
        seen.add(j.code);
      });
      const now = clock.now();
      return db.transaction(async (tx) => {
        const r = createDeploymentRepo(tx);
        const before = await r.jurisdictions();
        const rows = input.map((j) => ({
          code: j.code,
          localName: j.localName.trim(),
          setBy: actor.userId,
          setAt: now,
        }));
        await r.replaceJurisdictions(rows);
        await recordAudit(tx, actor, {
          action: 'deployment.set_jurisdictions',
          targetType: 'deployment',
          targetId: 'jurisdictions',
          detail: {
            before: before.map((j) => ({ code: j.code, localName: j.localName })),
            after: rows.map((j) => ({ code: j.code, localName: j.localName })),
          },
        });
        return rows.map((j) => ({ code: j.code, localName: j.localName }));
      });
    },

    async setDocument(actor: Actor, id: string, input: DocumentInput) {
      const document = policyDocuments.find((d) => d.id === id);
      if (!document) throw notFound('政策文件');
      const number = blankToNull(input.number);
      const title = blankToNull(input.title);
      return db.transaction(async (tx) => {
        const r = createDeploymentRepo(tx);
        const before = await r.document(id);
        await r.saveDocument({ documentId: id, number, title, setBy: actor.userId, setAt: clock.now() });
        await recordAudit(tx, actor, {
          action: 'deployment.set_document',
          targetType: 'policy_document',
          targetId: id,
          detail: {
            before: before ? { number: before.number, title: before.title } : null,
            after: { number, title },
          },
        });
        return { id, number, title, citedAs: citedName(title ?? document.title, number ?? document.number) };
      });
    },
  };
}

export type DeploymentService = ReturnType<typeof createDeploymentService>;
