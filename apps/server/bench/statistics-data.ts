// Synthetic registry and case records for the statistics benchmark, generated in SQL from the
// persons the demo generator made (`minsheng demo generate --persons N --persons-only`): every
// row belongs to its person's organisation, dates spread over the three years before `today`.
// Deterministic (setseed), so two runs count the same figures.
import type pg from 'pg';

export interface Shares {
  /** cases to generate (the target: 200 000 at 1 000 000 persons) */
  cases: number;
}

export async function generateStatisticsData(client: pg.Client, today: string, shares: Shares) {
  const q = (sql: string, params: unknown[] = []) => client.query(sql, params);
  await q('select setseed(0.42)');
  const [{ id: userId }] = (await q('select id from users order by username limit 1')).rows as [
    { id: string },
  ];
  const day = (expr: string) => `($1::date - (${expr})::int)`;

  // 1 000 employers, so contracts have a counterpart.
  await q(`insert into employers (credit_code, name, type, industry, org_id, org_path)
    select '91370900BENCH' || lpad(g::text, 5, '0'), '基准单位' || g, 'enterprise', 'C', o.id, o.path
    from generate_series(1, 1000) g
    cross join lateral (select id, path from organisations where level = 'community' order by id offset (g % 10) limit 1) o`);

  // Employment: 70 % of persons have a current or past job (started within 3 years); 10 % a job
  // before it (so job changes exist); 20 % of jobs ended, a quarter of those by retirement.
  await q(
    `insert into employment_registrations (person_id, form, started_on, ended_on, end_reason, org_id, org_path)
    select id, 'employer', ${day('random() * 1095')}, null, null, org_id, org_path
    from persons where random() < 0.7`,
    [today],
  );
  await q(
    `update employment_registrations
    set ended_on = least($1::date, started_on + (30 + random() * 600)::int),
        end_reason = case when random() < 0.25 then 'retired' else 'resigned' end
    where random() < 0.2`,
    [today],
  );
  await q(
    `insert into employment_registrations (person_id, form, started_on, ended_on, end_reason, org_id, org_path)
    select person_id, 'flexible', started_on - 400, started_on - (1 + (random() * 60)::int), 'contract_expired', org_id, org_path
    from employment_registrations where random() < 0.1`,
  );
  // Contracts for half of the jobs.
  await q(`with e as (select id, row_number() over (order by credit_code) - 1 as n from employers)
    insert into labour_contracts (person_id, employer_id, term_kind, signed_on, starts_on, ends_on, org_id, org_path)
    select er.person_id, e.id, 'fixed', er.started_on, er.started_on, er.started_on + 730, er.org_id, er.org_path
    from employment_registrations er join e on e.n = abs(hashtext(er.person_id::text)) % 1000
    where er.ended_on is null and random() < 0.5`);
  // Unemployment: 15 % of persons, half of them re-employed since.
  await q(
    `insert into unemployment_registrations (person_id, registered_on, station_id, certificate_number, reason, ended_on, end_reason, org_id, org_path)
    select id, ${day('random() * 730')}, org_id, 'BENCH' || replace(id::text, '-', ''), 'contract_dissolved', null, null, org_id, org_path
    from persons where random() < 0.15`,
    [today],
  );
  await q(
    `update unemployment_registrations set ended_on = least($1::date, registered_on + (10 + random() * 300)::int), end_reason = 'employed'
    where random() < 0.5`,
    [today],
  );
  // Difficulty determinations for a third of the unemployed.
  await q(
    `insert into difficulty_determinations (person_id, unemployment_registration_id, category, evidence, decided_on, decided_by, org_id, org_path)
    select person_id, id, 'hardship_certificate', '特困证', registered_on + 5, $1, org_id, org_path
    from unemployment_registrations where random() < 0.33`,
    [userId],
  );
  // Contributions: 40 % of persons, the six months before a random month of the last two years.
  await q(
    `insert into insurance_contributions (person_id, kind, month, status, base_fen, personal_fen, unit_fen, org_id, org_path)
    select p.id, 'pension', (date_trunc('month', ${day('p.r * 730')}) - make_interval(months => m))::date,
      case when random() < 0.95 then 'paid' else 'arrears' end, 400000, 32000, 64000, p.org_id, p.org_path
    from (select id, org_id, org_path, random() as r from persons where random() < 0.4) p
    cross join generate_series(0, 5) m`,
    [today],
  );
  // Certificates: 5 % of persons, most by training.
  await q(
    `insert into qualification_certificates (person_id, number, occupation, level, issued_on, issuer, obtained_by, org_id, org_path)
    select id, 'BENCH-' || replace(id::text, '-', ''), '电工', '4', ${day('random() * 1095')}, '鉴定中心',
      case when random() < 0.8 then 'training' else 'competition' end, org_id, org_path
    from persons where random() < 0.05`,
    [today],
  );
  // Households for 2 % of persons (as heads), a fifth of them recognised zero-employment, half cleared since.
  await q(`insert into households (number, head_person_id, org_id, org_path)
    select 'BENCH-' || replace(id::text, '-', ''), id, org_id, org_path from persons where random() < 0.02`);
  await q(
    `insert into zero_employment_households (household_id, recognised_on, basis, status, eliminated_on, elimination_reason, org_id, org_path)
    select id, d, '认定', case when e then 'eliminated' else 'active' end, case when e then least($1::date, d + 60) end,
      case when e then 'member_employed' end, org_id, org_path
    from (select id, org_id, org_path, ${day('random() * 700')} as d, random() < 0.5 as e from households where random() < 0.2) h`,
    [today],
  );

  // Cases: the target number, spread over persons, case types and every status; decided ones
  // with a decision date and amount, open ones with a due date (a tenth overdue).
  await q(
    `with p as (select id, name, org_id, org_path, row_number() over (order by id) - 1 as n from persons),
      t as (select id, policy_id, row_number() over (order by id) - 1 as n from case_types),
      g as (select g, random() as r,
        (array['submitted','accepted','reviewed','approved','rejected','sent_to_finance','paid','reconciled'])[1 + g % 8] as status
        from generate_series(1, $2::int) g)
    insert into cases (number, case_type_id, policy_id, applicant_kind, person_id, applicant_name, status, decided_on,
        approved_amount_fen, due_on, submitted_at, accepted_at, org_id, org_path)
    select 'BM-' || lpad(g.g::text, 7, '0'), t.id, t.policy_id, 'person', p.id, p.name, g.status,
      case when decided then ${day('g.r * 700')} end,
      case when decided then (50000 + (g.r * 200000)::int) end,
      case when open then ($1::date + (g.r * 20)::int - 2) end,
      now() - make_interval(days => (g.r * 720)::int), now() - make_interval(days => (g.r * 700)::int),
      p.org_id, p.org_path
    from g
    cross join lateral (select g.status in ('approved','rejected','sent_to_finance','paid','reconciled') as decided,
      g.status in ('submitted','accepted','reviewed','approved','sent_to_finance') as open) s
    join p on p.n = (g.g * 4) % (select count(*) from persons)
    join t on t.n = g.g % (select count(*) from case_types)`,
    [today, shares.cases],
  );
  const [{ id: planId }] = (
    await q(`insert into payment_plans (number, title, status, org_id, org_path)
      select 'PP-BENCH', '基准用款计划', 'paid', id, path from organisations where parent_id is null limit 1 returning id`)
  ).rows as [{ id: string }];
  await q(
    `insert into payments (case_id, plan_id, amount_fen, status, payee_name, idempotency_key, paid_at)
    select id, $1, approved_amount_fen, 'paid', applicant_name, 'bench-' || id, (decided_on + 10)::timestamp at time zone 'Asia/Shanghai'
    from cases where status in ('paid', 'reconciled')`,
    [planId],
  );
  await q('vacuum analyze');
}
