import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  availableActions,
  awaiting,
  type CaseAction,
  caseActions,
  decide,
  finalStatuses,
  type LifecycleContext,
  transitions,
} from './case-lifecycle.ts';
import { type CaseStatus, caseStatuses } from './case-status.ts';

const plain: LifecycleContext = { requiresPublicNotice: false, paysMoney: true };
const noticed: LifecycleContext = { requiresPublicNotice: true, paysMoney: true };
const noMoney: LifecycleContext = { requiresPublicNotice: false, paysMoney: false };

/** Runs the actions that are allowed, skipping refused ones; answers the statuses visited. */
function run(actions: readonly CaseAction[], ctx: LifecycleContext): CaseStatus[] {
  let status: CaseStatus = 'draft';
  const visited: CaseStatus[] = [status];
  for (const a of actions) {
    const d = decide(status, a, ctx);
    if (!d.ok) continue;
    status = d.to;
    visited.push(status);
  }
  return visited;
}

const walk = (actions: CaseAction[], ctx = plain) => run(actions, ctx).at(-1);
const contexts = fc.constantFrom(plain, noticed, noMoney);
const sequences = fc.array(fc.constantFrom(...caseActions), { maxLength: 40 });

describe('the case lifecycle', () => {
  it('takes a case from draft to reconciled along the documented path', () => {
    expect(
      walk(['submit', 'accept', 'review', 'approve', 'send_to_finance', 'approve_plan', 'pay', 'reconcile']),
    ).toBe('reconciled');
  });

  it('goes through the public notice when the case type requires one', () => {
    const path = ['submit', 'accept', 'review', 'approve'] as CaseAction[];
    expect(decide('approved', 'send_to_finance', noticed)).toEqual({
      ok: false,
      permission: 'case:approve',
      reason: '该事项须先公示，公示期满无异议后方可转财政',
    });
    expect(walk([...path, 'publish_notice', 'close_notice', 'send_to_finance'], noticed)).toBe(
      'sent_to_finance',
    );
    expect(walk([...path, 'publish_notice', 'uphold_objection'], noticed)).toBe('rejected');
  });

  it('returns a submitted case for supplements and takes it back on resubmission', () => {
    expect(walk(['submit', 'return'])).toBe('returned');
    expect(walk(['submit', 'return', 'resubmit', 'accept'])).toBe('accepted');
    expect(decide('returned', 'accept', plain)).toEqual({
      ok: false,
      permission: 'case:accept',
      reason: '案件当前状态为「退回补正」，不能受理',
    });
  });

  it('sends a failed payment back to finance, which may plan it again', () => {
    expect(decide('paid', 'fail_payment', plain)).toMatchObject({ ok: true, to: 'payment_failed' });
    expect(decide('payment_failed', 'approve_plan', plain)).toMatchObject({
      ok: true,
      to: 'payment_planned',
    });
    expect(awaiting('payment_failed', plain)).toEqual({
      permission: 'case:finance',
      actor: 'finance',
      step: 'finance_approval',
    });
  });

  it('keeps the status for re-evaluation and amount overrides', () => {
    expect(decide('reviewed', 're_evaluate', plain)).toMatchObject({ ok: true, to: 'reviewed' });
    expect(decide('reviewed', 'override_amount', plain)).toMatchObject({ ok: true, to: 'reviewed' });
    expect(decide('approved', 're_evaluate', plain).ok).toBe(false);
  });

  it('ends approval of a case type that pays nothing', () => {
    expect(decide('approved', 'send_to_finance', noMoney)).toMatchObject({
      ok: false,
      reason: '该事项不涉及资金拨付',
    });
    expect(awaiting('approved', noMoney)).toBeNull();
  });

  it('offers each role only its own actions', () => {
    expect(
      availableActions('submitted', plain, new Set(['case:read', 'case:create', 'case:accept'])),
    ).toEqual(['withdraw', 'accept', 'return']);
    expect(availableActions('reviewed', plain, new Set(['case:review', 'case:approve']))).toEqual([
      're_evaluate',
      'override_amount',
      'approve',
      'reject',
    ]);
    expect(availableActions('reviewed', plain, new Set(['case:finance', 'case:pay']))).toEqual([]);
  });

  it('names who must act on every non-final status', () => {
    for (const s of caseStatuses) {
      if (finalStatuses.has(s) || s === 'approved') continue;
      expect(awaiting(s, plain), s).not.toBeNull();
    }
    for (const s of finalStatuses) expect(awaiting(s, noticed)).toBeNull();
  });
});

describe('lifecycle properties', () => {
  it('never reaches paid without having been approved, reviewed, accepted and submitted', () => {
    fc.assert(
      fc.property(sequences, contexts, (actions, ctx) => {
        const visited = run(actions, ctx);
        const i = visited.indexOf('paid');
        if (i < 0) return;
        const before = visited.slice(0, i);
        for (const s of ['approved', 'reviewed', 'accepted', 'submitted'] as const)
          expect(before).toContain(s);
      }),
    );
  });

  it('never sends a case that requires a notice to finance before the notice has passed', () => {
    fc.assert(
      fc.property(sequences, (actions) => {
        const visited = run(actions, noticed);
        const i = visited.indexOf('sent_to_finance');
        if (i >= 0) expect(visited.slice(0, i)).toContain('notice_passed');
      }),
    );
  });

  it('never leaves a final status', () => {
    fc.assert(
      fc.property(sequences, contexts, (actions, ctx) => {
        const visited = run(actions, ctx);
        const i = visited.findIndex((s) => finalStatuses.has(s));
        if (i >= 0) expect(visited.slice(i).every((s) => s === visited[i])).toBe(true);
      }),
    );
  });

  it('moves money only for case types that pay', () => {
    fc.assert(
      fc.property(sequences, (actions) => {
        const visited = run(actions, noMoney);
        for (const s of ['sent_to_finance', 'payment_planned', 'paid', 'reconciled'] as const)
          expect(visited).not.toContain(s);
      }),
    );
  });

  it('answers every status and action with either a next status or a Chinese reason', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...caseStatuses),
        fc.constantFrom(...caseActions),
        contexts,
        (s, a, ctx) => {
          const d = decide(s, a, ctx);
          expect(d.permission).toBe(transitions[a].permission);
          if (d.ok) expect(caseStatuses).toContain(d.to);
          else expect(d.reason).toMatch(/[\u4e00-\u9fff]/);
        },
      ),
    );
  });
});
