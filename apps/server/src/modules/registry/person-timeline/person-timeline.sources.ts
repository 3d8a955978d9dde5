import { DIFFICULTY_CATEGORY_LABELS, type DifficultyCategory } from '@minsheng/rules/national/difficulty.ts';
import type { Db } from '../../../db/client.ts';
import { bureauDate } from '../../../platform/clock.ts';
import { loadDictLabels } from '../../../platform/dictionaries/dict-labels.ts';
import { contractTermKindLabels } from '../contracts/contracts.schema.ts';
import type { ContractsService } from '../contracts/contracts.service.ts';
import type { InsuranceSummaryService } from '../contributions/insurance-summary.service.ts';
import type { DifficultyService } from '../difficulty/difficulty.service.ts';
import type { HouseholdsService } from '../households/households.service.ts';
import type { RegistrationsService } from '../registrations/registrations.service.ts';
import type { ZeroEmploymentService } from '../zero-employment/zero-employment.service.ts';
import { createPersonTimelineRepo } from './person-timeline.repo.ts';
import type { TimelineEvent, TimelineSource } from './person-timeline.service.ts';

// Event sources of the registry modules beside persons. Each reads through its module's own
// service (which checks the person's scope again) and turns its dated records into events.

const join = (...parts: (string | false | null | undefined)[]) => parts.filter(Boolean).join('；');

/** Joining the current household (from the audit log) and its zero-employment recognitions. */
export function householdSource(
  db: Db,
  households: HouseholdsService,
  zeroEmployment: ZeroEmploymentService,
): TimelineSource {
  const repo = createPersonTimelineRepo(db);
  return async (actor, personId) => {
    const { household } = await households.ofPerson(actor, personId);
    if (!household) return [];
    const ref = { type: 'household', id: household.id };
    const [entries, { items: recognitions }, label] = await Promise.all([
      repo.entriesAbout('household', household.id, ['household.create', 'household.member.add']),
      zeroEmployment.history(actor, household.id),
      loadDictLabels(db, ['zero_employment_assistance_kind', 'zero_employment_elimination_reason']),
    ]);
    const events: TimelineEvent[] = [];
    const joined = entries.findLast(
      (e) => e.detail?.personId === personId || e.detail?.headPersonId === personId,
    );
    if (joined) {
      events.push({
        date: bureauDate(joined.at),
        at: joined.at.toISOString(),
        kind: 'household.joined',
        title:
          joined.action === 'household.create'
            ? `作为户主登记家庭 ${household.number}`
            : `加入家庭 ${household.number}`,
        detail: `经办人：${joined.actorName}`,
        ref,
      });
    }
    for (const r of recognitions) {
      events.push({
        date: r.recognisedOn,
        kind: 'zero_employment.recognised',
        title: '所在家庭认定为零就业家庭',
        detail: join(`户号 ${household.number}`, r.basis),
        ref,
      });
      for (const a of r.assistance.filter((x) => x.personId === personId)) {
        events.push({
          date: a.actedOn,
          kind: 'zero_employment.assisted',
          title: `零就业家庭帮扶：${label('zero_employment_assistance_kind', a.kind)}`,
          detail: join(a.description, `记录人：${a.recordedBy}`),
          ref,
        });
      }
      if (r.eliminatedOn) {
        events.push({
          date: r.eliminatedOn,
          kind: 'zero_employment.eliminated',
          title: '所在家庭消除零就业',
          detail: join(label('zero_employment_elimination_reason', r.eliminationReason), r.eliminationNote),
          ref,
        });
      }
    }
    return events;
  };
}

/** Employment and unemployment registrations: opened and closed. */
export function registrationsSource(db: Db, registrations: RegistrationsService): TimelineSource {
  return async (actor, personId) => {
    const [{ items: jobs }, { items: spells }, label] = await Promise.all([
      registrations.employmentOfPerson(actor, personId),
      registrations.unemploymentOfPerson(actor, personId),
      loadDictLabels(db, [
        'employment_form',
        'employment_end_reason',
        'unemployment_reason',
        'unemployment_end_reason',
      ]),
    ]);
    const events: TimelineEvent[] = [];
    for (const e of jobs) {
      const ref = { type: 'employment_registration', id: e.id };
      const where = e.employerName ?? label('employment_form', e.form);
      events.push({
        date: e.startedOn,
        kind: 'employment.started',
        title: `就业登记：${where}`,
        detail: `就业形式：${label('employment_form', e.form)}`,
        ref,
      });
      if (e.endedOn) {
        events.push({
          date: e.endedOn,
          kind: 'employment.ended',
          title: `就业登记终止：${where}`,
          ...(e.endReason ? { detail: `终止原因：${label('employment_end_reason', e.endReason)}` } : {}),
          ref,
        });
      }
    }
    for (const u of spells) {
      const ref = { type: 'unemployment_registration', id: u.id };
      events.push({
        date: u.registeredOn,
        kind: 'unemployment.registered',
        title: `失业登记（${u.stationName}）`,
        detail: join(
          u.certificateNumber && `《就业创业证》${u.certificateNumber}`,
          u.reason && `失业原因：${label('unemployment_reason', u.reason)}`,
        ),
        ref,
      });
      if (u.endedOn) {
        events.push({
          date: u.endedOn,
          kind: 'unemployment.closed',
          title: '失业登记注销',
          ...(u.endReason ? { detail: `注销原因：${label('unemployment_end_reason', u.endReason)}` } : {}),
          ref,
        });
      }
    }
    return events;
  };
}

/** Difficulty determinations (就业困难人员认定) and exits. */
export function difficultySource(db: Db, difficulty: DifficultyService): TimelineSource {
  return async (actor, personId) => {
    const [{ items }, label] = await Promise.all([
      difficulty.listOfPerson(actor, personId),
      loadDictLabels(db, ['difficulty_exit_reason']),
    ]);
    return items.flatMap((d): TimelineEvent[] => {
      const ref = { type: 'difficulty_determination', id: d.id };
      const category = DIFFICULTY_CATEGORY_LABELS[d.category as DifficultyCategory] ?? d.category;
      const determined: TimelineEvent = {
        date: d.decidedOn,
        kind: 'difficulty.determined',
        title: `认定为就业困难人员：${category}`,
        detail: `认定人：${d.decidedByName}`,
        ref,
      };
      if (!d.exitedOn) return [determined];
      return [
        determined,
        {
          date: d.exitedOn,
          kind: 'difficulty.exited',
          title: `退出就业困难人员：${category}`,
          ...(d.exitReason ? { detail: `退出原因：${label('difficulty_exit_reason', d.exitReason)}` } : {}),
          ref,
        },
      ];
    });
  };
}

/**
 * Labour contracts (started, ended early or run out) and social insurance summarised per kind: one
 * event at the first insured month with the totals, never one per month.
 */
export function contractsSource(
  contracts: ContractsService,
  insurance: InsuranceSummaryService,
): TimelineSource {
  return async (actor, personId) => {
    const [{ items }, summary] = await Promise.all([
      contracts.listOfPerson(actor, personId),
      insurance.ofPerson(actor, personId),
    ]);
    const events: TimelineEvent[] = [];
    for (const c of items) {
      const ref = { type: 'labour_contract', id: c.id };
      events.push({
        date: c.startsOn,
        kind: 'contract.started',
        title: `劳动合同开始：${c.employer.name}`,
        detail: join(
          `${contractTermKindLabels[c.termKind]}${c.endsOn ? `，至${c.endsOn}` : ''}`,
          c.position && `岗位：${c.position}`,
        ),
        ref,
      });
      if (c.endedOn) {
        events.push({
          date: c.endedOn,
          kind: 'contract.ended',
          title: `劳动合同解除（终止）：${c.employer.name}`,
          ...(c.endReason ? { detail: `原因：${c.endReason}` } : {}),
          ref,
        });
      } else if (c.endsOn && c.endsOn < summary.asOf) {
        events.push({
          date: c.endsOn,
          kind: 'contract.ended',
          title: `劳动合同期满：${c.employer.name}`,
          ref,
        });
      }
    }
    for (const k of summary.kinds) {
      if (!k.firstMonth || k.insuredMonths === 0) continue;
      events.push({
        date: `${k.firstMonth}-01`,
        kind: 'insurance.started',
        title: `开始缴纳${k.label}`,
        detail: join(
          `累计缴费 ${k.insuredMonths} 个月（${k.firstMonth} 至 ${k.lastMonth}）`,
          k.continuousMonthsToDate > 0 && `目前连续缴费 ${k.continuousMonthsToDate} 个月`,
          k.arrearsMonths > 0 && `欠费 ${k.arrearsMonths} 个月`,
        ),
      });
    }
    return events;
  };
}
