import { addDays, type IsoDate } from '@minsheng/rules/engine/dates.ts';
import { type SQL, sql } from 'drizzle-orm';
import { type Db, type Executor, queryRows } from '../db/client.ts';
import { demoCalendar } from './demo-services.ts';

/**
 * The training programme at scale, generated in SQL over the persons already in the database (the
 * demo generator's `--training-classes`, and the training benchmark): designated institutions,
 * classes over the three years before `today` (ended ones closed, the others running), trainees
 * (distinct persons not yet trained, each in their own organisation) with a sign-in row for every
 * attended day, completion decided as closing decides it (attended days against the class's
 * working days on the platform calendar and its threshold), results for those who completed,
 * certificates for most of those who passed, and for about half of those who completed, work after
 * the class in the registry (an employment registration, a labour contract or a paid insurance
 * month within a few months). Seeded (setseed), so the shares are stable from run to run.
 *
 * Not decided by the rules: every trainee is recorded as 城镇其他登记失业人员 whatever the registry
 * says of them (the figures count trainees, not groups).
 */

/** Places per class, and so persons needed per class. */
export const TRAINEES_PER_CLASS = 40;
const PREFIX = 'SCALE';

export interface TrainingScale {
  classes: number;
  /** default TRAINEES_PER_CLASS per class */
  trainees?: number;
  /** default one per 80 classes */
  institutions?: number;
}

export interface TrainingScaleCounts {
  institutions: number;
  classes: number;
  trainees: number;
  attendance: number;
  certificates: number;
}

/** Persons who are in no class yet, who may become trainees. */
export async function untrainedPersons(db: Executor): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from persons p
      where not exists (select 1 from training_trainees t where t.person_id = p.id)`,
  );
  return row!.n;
}

/** Whether this generator already ran on the database (its numbers are fixed). */
export async function hasTrainingScale(db: Executor): Promise<boolean> {
  const rows = await queryRows(
    db,
    sql`select 1 from training_classes where number like ${`BJ-${PREFIX}-%`} limit 1`,
  );
  return rows.length > 0;
}

export async function generateTrainingScale(
  db: Db,
  opts: TrainingScale & { today: IsoDate; progress?: (step: string) => void },
): Promise<TrainingScaleCounts> {
  const { today, classes } = opts;
  const trainees = opts.trainees ?? classes * TRAINEES_PER_CLASS;
  const institutions = opts.institutions ?? Math.max(1, Math.ceil(classes / 80));
  const capacity = Math.max(TRAINEES_PER_CLASS, Math.ceil(trainees / classes));
  const progress = opts.progress ?? (() => {});
  return db.transaction(async (tx) => {
    const q = (query: SQL) => tx.execute(query);
    const available = await untrainedPersons(tx);
    if (available < trainees)
      throw new Error(`生成 ${trainees} 名学员需要同样多名未参加培训的人员，现有 ${available} 名`);
    await q(sql`select setseed(0.13)`);
    const [city] = await queryRows<{ id: number; path: string }>(
      tx,
      sql`select id, path from organisations where parent_id is null order by id limit 1`,
    );

    await q(sql`insert into training_institutions (number, name, credit_code, address, occupations, capacity, status,
        applied_on, designated_on, valid_from, valid_to, org_id, org_path)
      select ${`JG-${PREFIX}-`} || lpad(g::text, 4, '0'), '规模演示职业培训学校' || g,
        ${`52370900${PREFIX}`} || lpad(g::text, 5, '0'), '泰安市演示路' || g || '号',
        '[{"occupation":"中式烹调师","levels":[3,4,5]},{"occupation":"创业培训（SYB）","levels":[]}]'::jsonb,
        ${capacity * 100}, 'designated', ${today}::date - 1200, ${today}::date - 1150, ${today}::date - 1150,
        ${today}::date + 400, ${city!.id}, ${city!.path}
      from generate_series(1, ${institutions}::int) g`);

    // Classes: last days spread evenly over the 1 095 days before today + 20; each lasts 41 days.
    // Ended ones are closed; the others have started. Every tenth is an order class for a registered
    // employer (a skills class when there is none), every tenth an entrepreneurship class (no level).
    await q(sql`with i as (select id, row_number() over (order by number) - 1 as n from training_institutions
          where number like ${`JG-${PREFIX}-%`}),
        e as (select id, row_number() over (order by id) - 1 as n, count(*) over () as total from employers)
      insert into training_classes (number, institution_id, programme, occupation, level, hours, starts_on, ends_on,
          place, employer_id, fee_per_trainee_fen, capacity, status, reviewed_at, closing_report, closed_at, org_id, org_path)
      select ${`BJ-${PREFIX}-`} || lpad(g::text, 6, '0'), i.id, k.programme,
        case when k.programme = 'entrepreneurship' then '创业培训（SYB）' else '中式烹调师' end,
        case when k.programme = 'entrepreneurship' then null else 5 end,
        120, d.e - 40, d.e, '规模演示培训场地', e.id,
        case when k.programme = 'entrepreneurship' then null else 95000 end, ${capacity},
        case when d.e < ${today}::date then 'closed' else 'running' end, (d.e - 50)::timestamptz,
        case when d.e < ${today}::date then '按期结业（规模演示数据）' end,
        case when d.e < ${today}::date then (d.e + 1)::timestamptz end, ${city!.id}, ${city!.path}
      from generate_series(1, ${classes}::int) g
      cross join lateral (select (${today}::date - (g * 1095 / ${classes}::int))::date + 20 as e) d
      join i on i.n = g % (select count(*) from i)
      left join e on g % 10 = 9 and e.n = g % e.total
      cross join lateral (select case when g % 10 < 8 then 'skills_reemployment' when g % 10 = 8 then 'entrepreneurship'
        when e.id is not null then 'order_training' else 'skills_reemployment' end as programme) k`);
    progress(`${institutions} 个定点培训机构，${classes} 个培训班`);

    // The class days: the platform calendar's working days (with the bureau's entries, as the class
    // service reads it) over the classes' dates.
    const calendar = await demoCalendar(tx);
    const [span] = await queryRows<{ first: string; last: string }>(
      tx,
      sql`select min(starts_on)::text as first, max(ends_on)::text as last from training_classes
        where number like ${`BJ-${PREFIX}-%`}`,
    );
    const days: string[] = [];
    for (let d = span!.first; d <= span!.last; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) days.push(d);
    await q(sql`create temp table scale_days on commit drop as
      select unnest(string_to_array(${days.join(',')}, ','))::date as d`);
    await q(sql`create temp table scale_classes on commit drop as
      select c.id, c.status, c.starts_on, c.ends_on, c.completion_threshold_percent as threshold,
        row_number() over (order by c.number) - 1 as n,
        (select count(*) from scale_days s where s.d between c.starts_on and c.ends_on)::int as days
      from training_classes c where c.number like ${`BJ-${PREFIX}-%`}`);

    // Trainees, planned first (each row written once): distinct untrained persons, the class by
    // position, enrolled on its first day. Each gets an attendance rate (most 97 %, one in ten 50 %);
    // one in twenty withdraws after 5–10 days.
    await q(sql`create temp table scale_plan on commit drop as
      with p as (select id, org_id, org_path, row_number() over (order by hashtext(id::text), id) - 1 as n
          from persons p where not exists (select 1 from training_trainees t where t.person_id = p.id))
      select x.*, case when x.u < 0.15 then 0.5 else 0.97 end as rate,
        case when x.u < 0.05 and x.starts_on + 10 < ${today}::date then x.starts_on + 5 + (x.u * 100)::int end
          as withdrawn_on
      from (select gen_random_uuid() as id, p.id as person_id, p.org_id, p.org_path, s.id as class_id, s.n as class_n,
          s.status as class_status, s.days, s.threshold, s.starts_on, s.ends_on, k.programme, random() as u
        from p join scale_classes s on s.n = p.n % ${classes}::int join training_classes k on k.id = s.id
        where p.n < ${trainees}::int order by p.n) x`);
    await q(sql`analyze scale_plan`);

    // Sign-ins on the class's working days up to yesterday (before a withdrawal), in slices.
    await q(sql`create temp table scale_signins (trainee_id uuid, d date) on commit drop`);
    const slices = Math.min(10, classes);
    for (let k = 0; k < slices; k++) {
      const [from, to] = [Math.floor((k * classes) / slices), Math.floor(((k + 1) * classes) / slices) - 1];
      await q(sql`insert into scale_signins
        select p.id, d.d from scale_plan p
        join scale_days d on d.d between p.starts_on and least(p.ends_on, ${today}::date - 1)
        where p.class_n between ${from} and ${to} and (p.withdrawn_on is null or d.d < p.withdrawn_on)
          and random() < p.rate`);
      progress(`签到 ${k + 1}/${slices}`);
    }

    // Closing, as the class service decides it: completed when attended × 100 ≥ threshold × days;
    // those who completed are appraised (passed 90 %, failed 8 %, absent 2 %) on the last day.
    await q(sql`insert into training_trainees (id, class_id, person_id, programme, starts_on, ends_on, "group", status,
        enrolled_on, withdrawn_on, attended_days, result, result_on, org_id, org_path)
      select p.id, p.class_id, p.person_id, p.programme, p.starts_on, p.ends_on, 'registered_unemployed', o.status,
        p.starts_on, p.withdrawn_on, a.n, case when o.status = 'completed' then
          case when p.u < 0.15 + 0.85 * 0.90 then 'passed' when p.u < 0.15 + 0.85 * 0.98 then 'failed' else 'absent' end
        end, case when o.status = 'completed' then p.ends_on end, p.org_id, p.org_path
      from scale_plan p
      left join (select trainee_id, count(*)::int as n from scale_signins group by trainee_id) c on c.trainee_id = p.id
      cross join lateral (select coalesce(c.n, 0) as n) a
      cross join lateral (select case when p.withdrawn_on is not null then 'withdrawn'
        when p.class_status <> 'closed' then 'enrolled'
        when p.days > 0 and a.n * 100 >= p.threshold * p.days then 'completed' else 'not_completed' end as status) o`);
    progress(`${trainees} 名学员，结业和考核结果`);
    await q(sql`insert into training_attendance (trainee_id, on_date, source)
      select trainee_id, d, 'import' from scale_signins order by trainee_id, d`);
    progress('签到记录');

    // Certificates for 70 % of those who passed, issued on the class's last day.
    await q(sql`with w as (
        insert into qualification_certificates (person_id, number, occupation, level, issued_on, issuer, obtained_by,
          org_id, org_path)
        select t.person_id, ${`${PREFIX}-TR-`} || replace(t.id::text, '-', ''), c.occupation, '5', t.ends_on, '鉴定中心',
          'training', t.org_id, t.org_path
        from training_trainees t join scale_plan p on p.id = t.id join training_classes c on c.id = t.class_id
        where t.result = 'passed' and c.level is not null and random() < 0.7
        returning id, person_id, issued_on)
      update training_trainees t set certificate_id = w.id from w
      where t.person_id = w.person_id and t.ends_on = w.issued_on and t.result = 'passed'`);

    // Work after the class for those who completed: a closed employment registration (30 %), a
    // labour contract (15 %) or a paid unemployment-insurance month only (10 %), 10–250 days after it.
    await q(sql`create temp table scale_after on commit drop as
      select t.person_id, t.org_id, t.org_path, t.ends_on + (10 + random() * 240)::int as d, random() as r
      from training_trainees t join scale_plan p on p.id = t.id where t.status = 'completed'`);
    await q(sql`insert into employment_registrations (person_id, form, started_on, ended_on, end_reason, org_id, org_path)
      select person_id, 'employer', d, d + 200, 'resigned', org_id, org_path from scale_after where r < 0.30`);
    await q(sql`with e as (select id, row_number() over (order by credit_code) - 1 as n from employers)
      insert into labour_contracts (person_id, employer_id, term_kind, signed_on, starts_on, ends_on, org_id, org_path)
      select a.person_id, e.id, 'fixed', a.d, a.d, a.d + 365, a.org_id, a.org_path
      from scale_after a join e on e.n = abs(hashtext(a.person_id::text)) % (select count(*) from e)
      where a.r >= 0.30 and a.r < 0.45`);
    await q(sql`insert into insurance_contributions (person_id, kind, month, status, base_fen, personal_fen, unit_fen,
        org_id, org_path)
      select person_id, 'unemployment', date_trunc('month', d)::date + interval '1 month', 'paid', 400000, 2000, 6000,
        org_id, org_path
      from scale_after where r >= 0.45 and r < 0.55
      on conflict do nothing`);
    progress('证书和培训后就业');

    const [counts] = await queryRows<{ attendance: number; certificates: number }>(
      tx,
      sql`select (select count(*)::int from scale_signins) as attendance,
        (select count(*)::int from training_trainees t join scale_plan p on p.id = t.id
          where t.certificate_id is not null) as certificates`,
    );
    return { institutions, classes, trainees, ...counts! };
  });
}

/** Fresh planner statistics and visibility maps for the tables the generator filled (no transaction). */
export async function analyzeTrainingScale(db: Db) {
  await db.execute(
    sql`vacuum analyze training_institutions, training_classes, training_trainees, training_attendance,
      qualification_certificates, employment_registrations, labour_contracts, insurance_contributions`,
  );
}
