import { fenToYuan } from '@minsheng/rules/engine/money.ts';
import { type LoanEventFacts, loanEventText, recordedOrder } from '../loans/loan-event-text.ts';

export interface TimelineEntry {
  on: string;
  kind:
    | 'file'
    | 'training'
    | 'plan'
    | 'review'
    | 'guidance'
    | 'internship'
    | 'association'
    | 'rating'
    | 'project'
    | 'loan'
    | 'business'
    | 'incubation';
  title: string;
  detail: string | null;
  /** the page of the record, when it has one of its own */
  link: string | null;
}

const followUpKinds = { visit: '走访', phone: '电话回访', guidance: '指导' } as const;
const businessStates = {
  not_started: '未启动',
  preparing: '筹备中',
  operating: '经营中',
  closed: '已停业',
} as const;
const traineeStatuses = {
  enrolled: '在读',
  withdrawn: '退学',
  completed: '结业',
  not_completed: '未结业',
} as const;
const traineeResults = { passed: '合格', failed: '不合格', absent: '缺考' } as const;
const linkStatuses = { recommended: '推荐', taken: '采用', declined: '未采用' } as const;
const eventTitles: Record<string, string> = {
  mentor: '指派创业导师',
  association_join: '加入创业者联谊会',
  association_leave: '退出创业者联谊会',
};

export interface TimelineParts {
  file: {
    registeredOn: string;
    course: string;
    trainedOn: string | null;
    assessment: 'passed' | 'failed' | null;
  };
  training: {
    classId: string;
    classNumber: string;
    institutionName: string;
    startsOn: string;
    endsOn: string;
    status: keyof typeof traineeStatuses;
    result: keyof typeof traineeResults | null;
    resultOn: string | null;
    certificateNumber: string | null;
  } | null;
  plans: { id: string; title: string; submittedOn: string; status: string; decidedOn: string | null }[];
  reviews: {
    planId: string;
    expertName: string;
    feasible: boolean | null;
    score: number | null;
    opinion: string | null;
    reviewedOn: string | null;
  }[];
  events: { action: string; onDate: string; detail: Record<string, unknown> | null }[];
  followUps: {
    onDate: string;
    kind: keyof typeof followUpKinds;
    businessState: keyof typeof businessStates;
    note: string;
    expertName: string | null;
  }[];
  internships: { hostName: string; startsOn: string; endsOn: string | null; note: string | null }[];
  ratings: { expertName: string; score: number; comment: string | null; ratedOn: string }[];
  projectLinks: {
    projectNumber: string;
    projectName: string;
    status: keyof typeof linkStatuses;
    recommendedOn: string;
    takenOn: string | null;
  }[];
  loans: {
    id: string;
    number: string;
    status: string;
    principalFen: number | null;
    requestedFen: number;
    disbursedOn: string | null;
    maturesOn: string | null;
    appliedOn: string;
  }[];
  /** the loans' events (application, review, guarantee, disbursement … write-off), any order */
  loanEvents: (LoanEventFacts & { loanId: string; onDate: string; at: Date })[];
  businesses: { id: string; name: string; creditCode: string; openedOn: string; closedOn: string | null }[];
  /** stays in incubation bases (entry, exit with its reason) */
  residencies: { baseName: string; enteredOn: string; exitedOn: string | null; exitReason: string | null }[];
}

/** Everything that happened on a file, as one list in date order (same day: the order recorded). */
export function fileTimeline(p: TimelineParts, today: string): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  const add = (
    on: string,
    kind: TimelineEntry['kind'],
    title: string,
    detail: string | null = null,
    link: string | null = null,
  ) => out.push({ on, kind, title, detail, link });

  add(p.file.registeredOn, 'file', `登记建档（${p.file.course}）`);
  const t = p.training;
  if (t) {
    add(
      t.startsOn,
      'training',
      `参加创业培训 ${t.classNumber}`,
      t.institutionName,
      `/training/classes/${t.classId}`,
    );
    if (t.endsOn <= today)
      add(
        t.endsOn,
        'training',
        `培训${traineeStatuses[t.status]}`,
        t.certificateNumber ? `证书 ${t.certificateNumber}` : null,
      );
    if (t.result && t.resultOn) add(t.resultOn, 'training', `考核${traineeResults[t.result]}`);
  } else if (p.file.trainedOn) {
    const result = p.file.assessment ? `，考核${traineeResults[p.file.assessment]}` : '';
    add(p.file.trainedOn, 'training', `外部培训结业${result}`);
  }
  const titles = new Map(p.plans.map((x) => [x.id, x.title]));
  for (const plan of p.plans) {
    add(plan.submittedOn, 'plan', `提交创业计划书《${plan.title}》`);
    if (plan.decidedOn)
      add(
        plan.decidedOn,
        'plan',
        plan.status === 'approved' ? '计划书评审通过' : '计划书需修改',
        `《${plan.title}》`,
      );
  }
  for (const r of p.reviews)
    if (r.reviewedOn)
      add(
        r.reviewedOn,
        'review',
        `${r.expertName} 评审：${r.feasible ? '可行' : '不可行'}${r.score === null ? '' : `（${r.score} 分）`}`,
        [`《${titles.get(r.planId) ?? ''}》`, r.opinion].filter(Boolean).join(' '),
      );
  for (const e of p.events)
    add(
      e.onDate,
      e.action === 'mentor' ? 'guidance' : 'association',
      eventTitles[e.action] ?? e.action,
      e.detail?.name ? String(e.detail.name) : null,
    );
  for (const f of p.followUps)
    add(
      f.onDate,
      'guidance',
      `${followUpKinds[f.kind]}：${businessStates[f.businessState]}`,
      [f.expertName, f.note].filter(Boolean).join(' '),
    );
  for (const i of p.internships) {
    add(i.startsOn, 'internship', `开始创业见习：${i.hostName}`, i.note);
    if (i.endsOn) add(i.endsOn, 'internship', `见习结束：${i.hostName}`);
  }
  for (const r of p.ratings) add(r.ratedOn, 'rating', `评价专家 ${r.expertName}：${r.score} 分`, r.comment);
  for (const l of p.projectLinks) {
    add(l.recommendedOn, 'project', `推荐创业项目 ${l.projectNumber} ${l.projectName}`);
    if (l.status !== 'recommended')
      add(l.takenOn ?? l.recommendedOn, 'project', `${linkStatuses[l.status]}项目 ${l.projectName}`);
  }
  const loanEvents = [...p.loanEvents].sort(recordedOrder);
  for (const l of p.loans) {
    const link = `/entrepreneurship/loans/${l.id}`;
    const history = loanEvents
      .filter((e) => e.loanId === l.id)
      .flatMap((e) => {
        const text = loanEventText(e);
        return text ? [{ on: e.onDate, ...text }] : [];
      });
    for (const h of history.length > 0 ? history : ledgerOnly(l))
      add(h.on, 'loan', `${h.title} ${l.number}`, h.detail, link);
  }
  for (const b of p.businesses) {
    const link = `/entrepreneurship/businesses/${b.id}`;
    add(b.openedOn, 'business', `开业：${b.name}`, `统一社会信用代码 ${b.creditCode}`, link);
    if (b.closedOn) add(b.closedOn, 'business', `停业：${b.name}`, null, link);
  }
  for (const r of p.residencies) {
    add(r.enteredOn, 'incubation', `入驻孵化基地：${r.baseName}`);
    if (r.exitedOn) add(r.exitedOn, 'incubation', `退出孵化基地：${r.baseName}`, r.exitReason);
  }
  // stable sort: entries of the same day keep the order above (registration, training, plan, …)
  return out.sort((a, b) => a.on.localeCompare(b.on));
}

/** A loan booked without its history (a ledger taken over as it stood): its application and lending. */
function ledgerOnly(l: TimelineParts['loans'][number]) {
  const out = [
    { on: l.appliedOn, title: '申请创业担保贷款', detail: `申请 ${fenToYuan(l.requestedFen)} 元` },
  ];
  if (l.disbursedOn)
    out.push({
      on: l.disbursedOn,
      title: '贷款放款',
      detail: `${fenToYuan(l.principalFen ?? 0)} 元，${l.maturesOn ?? ''} 到期`,
    });
  return out;
}
