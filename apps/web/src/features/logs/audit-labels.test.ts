import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionLabels, targetTypeLabels } from './audit-labels';

/**
 * Every action and target type the server writes to the audit log (`recordAudit`) has a Chinese
 * name on the audit log page. Codes written as literals are read from the server source; codes
 * built at run time (template strings, helper parameters) are listed below per file, and a
 * `recordAudit` call building its code anywhere else fails the test until it is listed here.
 */

const serverSrc = path.resolve(import.meta.dirname, '../../../../server/src');

const sources: { file: string; text: string }[] = readdirSync(serverSrc, {
  recursive: true,
  encoding: 'utf8',
})
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => ({ file: f.split(path.sep).join('/'), text: readFileSync(path.join(serverSrc, f), 'utf8') }));

const read = (file: string) => sources.find((s) => s.file === file)!.text;

/** `export const <name> = [ 'a', 'b', … ]` of a server file, as the list of its strings. */
function stringList(file: string, name: string): string[] {
  const body = read(file).match(new RegExp(`export const ${name} = \\[([^\\]]*)\\]`))?.[1];
  if (!body) throw new Error(`${name} not found in ${file}`);
  return [...body.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
}

/**
 * Actions built at run time, by the file whose `recordAudit` call builds them (resolved by reading
 * the callers). Adding a value on the server means adding it here too.
 */
const builtActions: Record<string, string[]> = {
  // `case.${req.action}`: every step of the case lifecycle (caseActions, read from the server)
  'modules/cases/workflow/case-transition.ts': stringList(
    'modules/cases/workflow/case-lifecycle.ts',
    'caseActions',
  ).map((a) => `case.${a}`),
  // `payment_plan.${action}`: approvePlan / cancelPlan
  'modules/cases/finance/cases-finance.service.ts': ['payment_plan.approve', 'payment_plan.cancel'],
  // `notice.objection.${input.outcome}`
  'modules/cases/notices/cases-notice.service.ts': ['notice.objection.upheld', 'notice.objection.dismissed'],
  // audit(tx, actor, id, action): mentor, association_join|leave, follow_up, internship, rate_expert
  'modules/entrepreneurship/files/file-records.service.ts': [
    'entrepreneurship.file.mentor',
    'entrepreneurship.file.association_join',
    'entrepreneurship.file.association_leave',
    'entrepreneurship.file.follow_up',
    'entrepreneurship.file.internship',
    'entrepreneurship.file.rate_expert',
  ],
  // `guaranteed_loan.${step.action}`: stepLoan callers (loans, loan-servicing, loan-imports, loan-standing)
  'modules/entrepreneurship/loans/loan-transition.ts': [
    'apply',
    'review',
    'guarantee',
    'disburse',
    'extend',
    'compensate',
    'recover',
    'write_off',
    'repayment',
    'repaid',
    'overdue',
    'overdue_cured',
  ].map((a) => `guaranteed_loan.${a}`),
  // `entrepreneurship.project.${action}` (change: assign, review, publish, withdraw) and
  // `entrepreneurship.project.${input.status}` (outcome: taken, declined)
  'modules/entrepreneurship/projects/projects.service.ts': [
    'entrepreneurship.project.assign',
    'entrepreneurship.project.review',
    'entrepreneurship.project.publish',
    'entrepreneurship.project.withdraw',
    'entrepreneurship.project.taken',
    'entrepreneurship.project.declined',
  ],
  // `health_check.archive.${r.decision}`
  'modules/health-checks/archives/archives.service.ts': [
    'health_check.archive.approve',
    'health_check.archive.return_for_fix',
  ],
  // `${target.type}.view`
  'modules/health-checks/examinations/health-data-reveal.ts': [
    'health_check_examination.view',
    'health_check_finding.view',
  ],
  // `health_check.hospital.${input.decision}`: designate, refuse, revoke
  'modules/health-checks/hospitals/hospitals.service.ts': [
    'health_check.hospital.designate',
    'health_check.hospital.refuse',
    'health_check.hospital.revoke',
  ],
  // `health_check_examinee.${action}` (change: visit, absent)
  'modules/health-checks/plans/examinees.service.ts': [
    'health_check_examinee.visit',
    'health_check_examinee.absent',
  ],
  // `health_check_plan.${to === 'open' ? 'open' : 'close'}`
  'modules/health-checks/plans/plans.service.ts': ['health_check_plan.open', 'health_check_plan.close'],
  // `${type}.update` (editRegistryRecord callers: persons, employers)
  'modules/registry/registry-edit.ts': ['person.update', 'employer.update'],
  // `report.${input.decision}`
  'modules/reports/reports.service.ts': ['report.accept', 'report.return'],
  // `training_class.${action}` (change: update, approve, reject, start, close)
  'modules/training/classes/classes.service.ts': [
    'training_class.update',
    'training_class.approve',
    'training_class.reject',
    'training_class.start',
    'training_class.close',
  ],
  // `training.institution.${e.action}` (recordInstitutionEvent callers)
  'modules/training/institutions/institution-record.ts': [
    'apply',
    'edit',
    'reapply',
    'teacher_add',
    'teacher_update',
    'site_add',
    'site_update',
    'staff_link',
    'staff_unlink',
    'review_pass',
    'review_reject',
    'designate',
    ...stringList('modules/training/institutions/institution-lifecycle.ts', 'supervisionActions'),
  ].map((a) => `training.institution.${a}`),
  // audit(actor, action, worker): submit, verify / reject
  'modules/assessment/recruitment/recruitment-ledger.service.ts': [
    'recruitment.worker.submit',
    'recruitment.worker.verify',
    'recruitment.worker.reject',
  ],
  // audit(actor, action, targetType, …)
  'modules/assessment/recruitment/recruitment.service.ts': ['recruitment.unit.update'],
  // change(actor, s, action, …): save, submit, withdraw
  'modules/assessment/town/submissions.service.ts': [
    'town_assessment.submission_save',
    'town_assessment.submission_submit',
    'town_assessment.submission_withdraw',
  ],
  // the `audit:` specs of its callers (`action: '…'` literals, read from the source below)
  'modules/training/reports/progress-report.xlsx.ts': [],
  'platform/excel-export/list-export.ts': [],
  'platform/excel-import/run-import.ts': ['import.run'],
  // recordAudit itself
  'platform/audit/audit.service.ts': [],
};

/** Target types built at run time, by the file whose `recordAudit` call takes them. */
const builtTargetTypes: Record<string, string[]> = {
  'modules/health-checks/examinations/health-data-reveal.ts': [
    'health_check_examination',
    'health_check_finding',
  ],
  'modules/registry/registry-edit.ts': ['person', 'employer'],
  'modules/assessment/recruitment/recruitment.service.ts': ['recruitment_unit'],
  // the import kinds (`kind: '…'` of the *.import.ts files, read from the source below)
  'platform/excel-import/run-import.ts': [],
  'platform/excel-export/list-export.ts': [],
  'platform/audit/audit.service.ts': [],
};

/** The text of every `recordAudit(…)` call of a source, parentheses balanced. */
function auditCalls(text: string): string[] {
  const calls: string[] = [];
  for (let at = text.indexOf('recordAudit('); at >= 0; at = text.indexOf('recordAudit(', at + 1)) {
    let depth = 0;
    let end = at + 'recordAudit'.length;
    for (; end < text.length; end++) {
      if (text[end] === '(') depth++;
      else if (text[end] === ')' && --depth === 0) break;
    }
    calls.push(text.slice(at, end + 1));
  }
  return calls;
}

/** What follows `<key>:` on its line in an object literal; '(shorthand)' for `{ key, … }`. */
function entryValue(call: string, key: string): string | undefined {
  const m = call.match(new RegExp(`\\b${key}(?::[ \\t]*([^\\n]*)|\\s*[,}])`));
  return m ? (m[1] ?? '(shorthand)') : undefined;
}

/** A value made of string literals only (possibly chosen by a condition), not built at run time. */
const literalOnly = (value: string | undefined) =>
  value !== undefined &&
  !value.includes('${') &&
  /^[\w.\s!?:=|&]*'/.test(value) &&
  !/:\s*[\w.]+,?$/.test(value);

/** The string literals of the rest of the line after each `<key>:`. */
const literalsAfter = (text: string, key: string) =>
  [...text.matchAll(new RegExp(`\\b${key}:[ \\t]*([^\\n]*)`, 'g'))]
    .filter((m) => literalOnly(m[1]))
    .flatMap((m) => [...m[1]!.matchAll(/'([^'$]+)'/g)].map((l) => l[1]!));

function audited() {
  const actions = new Set<string>();
  const targetTypes = new Set<string>();
  const unlisted: string[] = [];
  for (const { file, text } of sources) {
    // `action: 'x.y'` / `targetType: '…'` literals: in recordAudit calls, the objects spread into
    // them, and the `audit:` specs handed to the export helpers
    for (const a of literalsAfter(text, 'action')) if (/^[a-z_]+(\.[a-z_]+)+$/.test(a)) actions.add(a);
    for (const t of literalsAfter(text, 'targetType')) targetTypes.add(t);
    if (file.endsWith('.import.ts'))
      for (const m of text.matchAll(/^\s*kind: '([a-z-]+)',$/gm)) targetTypes.add(m[1]!);
    for (const call of auditCalls(text)) {
      const entry = call.includes('{') ? call : '';
      const action = entryValue(entry, 'action');
      if (!literalOnly(action) && !(file in builtActions))
        unlisted.push(`${file}: action ${action ?? '(passed in)'}`);
      // no target type at all (a setting, say) is shown as '—'; a spread object's literals are read above
      const targetType = entryValue(entry, 'targetType');
      const named = entry !== '' && (targetType === undefined || literalOnly(targetType));
      if (!named && !(file in builtTargetTypes))
        unlisted.push(`${file}: targetType ${targetType ?? '(passed in)'}`);
    }
  }
  for (const list of Object.values(builtActions)) for (const a of list) actions.add(a);
  for (const list of Object.values(builtTargetTypes)) for (const t of list) targetTypes.add(t);
  return { actions: [...actions].sort(), targetTypes: [...targetTypes].sort(), unlisted };
}

describe('audit log labels', () => {
  const found = audited();

  it('reads the server source', () => {
    expect(found.actions.length).toBeGreaterThan(150);
    expect(found.actions).toContain('health_check_examinee.identity_verified');
    expect(found.targetTypes).toContain('person');
  });

  it('knows every recordAudit call that builds its code at run time', () => {
    expect(
      found.unlisted,
      'list the values these calls can write in builtActions / builtTargetTypes',
    ).toEqual([]);
  });

  it('names every audited action in Chinese', () => {
    expect(found.actions.filter((a) => !actionLabels[a])).toEqual([]);
  });

  it('names every audited target type in Chinese', () => {
    expect(found.targetTypes.filter((t) => !targetTypeLabels[t])).toEqual([]);
  });
});
