// Synthetic training programme records for the training benchmark, generated in SQL over the
// persons already in the database (demo generator + statistics-data.ts): designated institutions,
// CLASSES classes over the three years before `today`, TRAINEES trainees (distinct persons, each
// in their own organisation) with attendance counts, results, certificates for most of those who
// passed, and for about half of those who completed, work after the class in the registry (an
// employment registration, a labour contract or a paid insurance month within a few months).
// Deterministic (setseed), so two runs count the same figures.
import type pg from 'pg';

export interface TrainingShares {
  institutions: number;
  classes: number;
  trainees: number;
}

export async function generateTrainingData(client: pg.Client, today: string, shares: TrainingShares) {
  const q = (sql: string, params: unknown[] = []) => client.query(sql, params);
  await q('select setseed(0.13)');
  const [city] = (await q(`select id, path from organisations where parent_id is null order by id limit 1`))
    .rows as [{ id: number; path: string }];

  await q(
    `insert into training_institutions (number, name, credit_code, address, occupations, capacity, status,
        applied_on, designated_on, valid_from, valid_to, org_id, org_path)
    select 'JG-BENCH-' || lpad(g::text, 4, '0'), '基准职业培训学校' || g, '52370900BENCH' || lpad(g::text, 5, '0'),
      '泰安市基准路' || g || '号', '[{"occupation":"中式烹调师","levels":[3,4,5]}]'::jsonb, 2000,
      case when g % 10 = 0 then 'rectifying' else 'designated' end,
      $1::date - 1200, $1::date - 1150, $1::date - 1150, $1::date + 400, $2, $3
    from generate_series(1, $4::int) g`,
    [today, city.id, city.path, shares.institutions],
  );
  // Classes: last days spread evenly over the 1 095 days before today, 40 places each; ended ones closed.
  await q(
    `with i as (select id, org_id, org_path, row_number() over (order by number) - 1 as n from training_institutions)
    insert into training_classes (number, institution_id, programme, occupation, level, hours, starts_on, ends_on,
        place, capacity, status, org_id, org_path)
    select 'BJ-BENCH-' || lpad(g::text, 6, '0'), i.id,
      case when g % 10 < 8 then 'skills_reemployment' when g % 10 = 8 then 'entrepreneurship' else 'order_training' end,
      '中式烹调师', 5, 120, e - 40, e, '基准培训场地', 40,
      case when e < $1::date then 'closed' else 'running' end, i.org_id, i.org_path
    from generate_series(1, $2::int) g
    cross join lateral (select ($1::date - (g * 1095 / $2::int))::date + 20 as e) d
    join i on i.n = g % (select count(*) from i)`,
    [today, shares.classes],
  );
  // Trainees: distinct persons, the class by position; completed 85 %, not completed 10 %, withdrawn 5 %.
  await q(
    `with p as (select id, org_id, org_path, random() as r, random() as u,
        row_number() over (order by hashtext(id::text), id) - 1 as n from persons),
      c as (select id, programme, starts_on, ends_on, row_number() over (order by number) - 1 as n from training_classes
        where number like 'BJ-BENCH-%')
    insert into training_trainees (class_id, person_id, programme, starts_on, ends_on, "group", status, enrolled_on,
        attended_days, result, result_on, org_id, org_path)
    select c.id, p.id, c.programme, c.starts_on, c.ends_on, 'registered_unemployed', s.status, c.starts_on,
      case when s.status = 'completed' then 36 else 10 end,
      case when s.status <> 'completed' then null when s.r < 0.90 then 'passed' when s.r < 0.98 then 'failed' else 'absent' end,
      case when s.status = 'completed' then c.ends_on end, p.org_id, p.org_path
    from p
    join c on c.n = p.n % (select count(*) from c)
    cross join lateral (select p.r as r,
      case when c.ends_on >= $1::date then 'enrolled' when p.u < 0.85 then 'completed' when p.u < 0.95 then 'not_completed'
        else 'withdrawn' end as status) s
    where p.n < $2::int`,
    [today, shares.trainees],
  );
  // Certificates for 70 % of those who passed, issued on the class's last day.
  await q(`with w as (
      insert into qualification_certificates (person_id, number, occupation, level, issued_on, issuer, obtained_by, org_id, org_path)
      select person_id, 'BENCH-TR-' || replace(id::text, '-', ''), '中式烹调师', '5', ends_on, '鉴定中心', 'training', org_id, org_path
      from training_trainees where result = 'passed' and random() < 0.7
      returning id, person_id, issued_on)
    update training_trainees t set certificate_id = w.id from w
    where t.person_id = w.person_id and t.ends_on = w.issued_on and t.result = 'passed'`);
  // Work after the class for those who completed: a closed employment registration (30 %), a labour
  // contract (15 %) or a paid unemployment-insurance month only (10 %), 10 to 250 days after it.
  await q(`create temp table bench_after as
    select person_id, org_id, org_path, ends_on + (10 + random() * 240)::int as d, random() as r
    from training_trainees where status = 'completed'`);
  await q(
    `insert into employment_registrations (person_id, form, started_on, ended_on, end_reason, org_id, org_path)
    select person_id, 'employer', d, d + 200, 'resigned', org_id, org_path from bench_after where r < 0.30`,
  );
  await q(`with e as (select id, row_number() over (order by credit_code) - 1 as n from employers)
    insert into labour_contracts (person_id, employer_id, term_kind, signed_on, starts_on, ends_on, org_id, org_path)
    select a.person_id, e.id, 'fixed', a.d, a.d, a.d + 365, a.org_id, a.org_path
    from bench_after a join e on e.n = abs(hashtext(a.person_id::text)) % (select count(*) from e)
    where a.r >= 0.30 and a.r < 0.45`);
  await q(`insert into insurance_contributions (person_id, kind, month, status, base_fen, personal_fen, unit_fen, org_id, org_path)
    select person_id, 'unemployment', date_trunc('month', d)::date + interval '1 month', 'paid', 400000, 2000, 6000, org_id, org_path
    from bench_after where r >= 0.45 and r < 0.55
    on conflict do nothing`);
  await q('drop table bench_after');
  await q(
    'vacuum analyze training_institutions, training_classes, training_trainees, qualification_certificates',
  );
  await q('analyze employment_registrations, labour_contracts, insurance_contributions');
}
