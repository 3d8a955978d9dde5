import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { bureauDate } from '../../../platform/clock.ts';
import { loadDictLabels } from '../../../platform/dictionaries/dict-labels.ts';
import { obtainedByLabels } from '../certificates/certificates.schema.ts';
import type { CertificatesService } from '../certificates/certificates.service.ts';
import type { ContractsService } from '../contracts/contracts.service.ts';
import type { InsuranceSummaryService } from '../contributions/insurance-summary.service.ts';
import type { DifficultyService } from '../difficulty/difficulty.service.ts';
import type { HouseholdsService } from '../households/households.service.ts';
import type { PersonsService } from '../persons/persons.service.ts';
import type { RegistrationsService } from '../registrations/registrations.service.ts';
import type { ZeroEmploymentService } from '../zero-employment/zero-employment.service.ts';
import { type AuditFact, createPersonTimelineRepo, personHistoryActions } from './person-timeline.repo.ts';
import {
  contractsSource,
  difficultySource,
  householdSource,
  registrationsSource,
} from './person-timeline.sources.ts';

/** One dated fact of a person's history, as the person page shows it. */
export interface TimelineEvent {
  /** The day it happened, China time (YYYY-MM-DD). */
  date: string;
  /** The instant, when the fact was recorded with one (registrations, edits); orders same-day events. */
  at?: string;
  /** Stable machine name, e.g. `person.registered`, `certificate.obtained`. */
  kind: string;
  title: string;
  detail?: string;
  /** The record behind the event, for a link. */
  ref?: { type: string; id: string };
}

/**
 * A source of events about one person whose scope the service has already checked. Each
 * colleague module adds one source (households, registrations, contracts …) — one line in
 * `sources` below — built on its own service functions, which apply their own scope again.
 */
export type TimelineSource = (actor: Actor, personId: string) => Promise<TimelineEvent[]>;

const fieldLabels: Record<string, string> = {
  name: '姓名',
  ethnicity: '民族',
  education: '文化程度',
  hukouType: '户口性质',
  hukouPlace: '户籍地类别',
  address: '居住地址',
  phoneMasked: '联系电话',
  orgId: '所属机构',
};

/** 「姓名、联系电话」 for the audit detail `{ fields: [...] }` of an edit (unknown names are left out). */
function changedFields(detail: Record<string, unknown> | null): string {
  const fields = new Set(Array.isArray(detail?.fields) ? detail.fields : []);
  // In the form's order, whatever order the edit listed them in.
  return Object.entries(fieldLabels)
    .flatMap(([field, label]) => (fields.has(field) ? [label] : []))
    .join('、');
}

const instant = (at: Date) => ({ date: bureauDate(at), at: at.toISOString() });

type PersonDetail = Awaited<ReturnType<PersonsService['get']>>;

/** Registration and edits: the person row, enriched by the audit entries about it. */
function registryEvents(
  person: PersonDetail,
  history: AuditFact[],
  registeredAt: string | undefined,
): TimelineEvent[] {
  const created = history.find((h) => h.action === 'person.create');
  const ref = { type: 'person', id: person.id };
  const events: TimelineEvent[] = [
    {
      ...instant(person.createdAt),
      kind: 'person.registered',
      title: '登记为劳动者',
      detail: `登记机构：${registeredAt ?? person.org.name}${created ? `；经办人：${created.actorName}` : ''}`,
      ref,
    },
  ];
  for (const h of history) {
    if (h.action !== 'person.update') continue;
    const fields = changedFields(h.detail);
    events.push({
      ...instant(h.at),
      kind: 'person.updated',
      title: '修改人员信息',
      detail: `${fields ? `修改了${fields}；` : ''}经办人：${h.actorName}`,
      ref,
    });
  }
  return events;
}

function certificateSource(db: Db, certificates: CertificatesService): TimelineSource {
  return async (actor, personId) => {
    const [{ items }, labels] = await Promise.all([
      certificates.listOfPerson(actor, personId),
      loadDictLabels(db, ['certificate_level']),
    ]);
    return items.map((c) => ({
      date: c.issuedOn,
      kind: 'certificate.obtained',
      title: `取得职业资格证书：${c.occupation}（${labels('certificate_level', c.level)}）`,
      detail: `证书编号 ${c.number}；发证机构 ${c.issuer}；取得方式 ${obtainedByLabels[c.obtainedBy]}`,
      ref: { type: 'certificate', id: c.id },
    }));
  };
}

/** Newest first: by day, then by instant where both have one (an event without one sorts first in its day). */
export function byNewestFirst(a: TimelineEvent, b: TimelineEvent): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  // Within a day, events known only by their date come first, then recorded instants newest first.
  if (a.at === b.at) return 0;
  if (a.at === undefined) return -1;
  if (b.at === undefined) return 1;
  return a.at < b.at ? 1 : -1;
}

export function createPersonTimelineService(deps: {
  db: Db;
  persons: PersonsService;
  certificates: CertificatesService;
  households: HouseholdsService;
  zeroEmployment: ZeroEmploymentService;
  registrations: RegistrationsService;
  difficulty: DifficultyService;
  contracts: ContractsService;
  insuranceSummary: InsuranceSummaryService;
}) {
  const { db } = deps;
  const repo = createPersonTimelineRepo(db);
  // One line per module.
  const sources: TimelineSource[] = [
    certificateSource(db, deps.certificates),
    householdSource(db, deps.households, deps.zeroEmployment),
    registrationsSource(db, deps.registrations),
    difficultySource(db, deps.difficulty),
    contractsSource(deps.contracts, deps.insuranceSummary),
  ];

  return {
    /** Everything dated the registry knows about the person, newest first; 404 outside the actor's scope. */
    async timeline(actor: Actor, personId: string) {
      // The person's own lookup answers 404 outside scope before any other source runs.
      const person = await deps.persons.get(actor, personId);
      const [history, bySource] = await Promise.all([
        repo.entriesAbout('person', personId, personHistoryActions),
        Promise.all(sources.map((source) => source(actor, personId))),
      ]);
      // The organisation it was registered in (the person may have moved since).
      const createdIn = history.find((h) => h.action === 'person.create')?.detail?.orgId;
      const registeredAt = typeof createdIn === 'number' ? await repo.orgName(createdIn) : undefined;
      const events = [...registryEvents(person, history, registeredAt), ...bySource.flat()];
      // Sources list their events oldest first; reversed, the stable sort keeps a same-day
      // "ended" after-the-fact event above its "started" one.
      return { items: events.reverse().sort(byNewestFirst) };
    },
  };
}

export type PersonTimelineService = ReturnType<typeof createPersonTimelineService>;
