import { z } from 'zod';
import { field } from './facts.ts';
import { isoDate } from './schema.ts';

/**
 * Input fields about a person that several policies ask in the same words and that the registry
 * holds (person registration, difficulty determinations): one definition each, with its title,
 * coded-value labels and fact.
 */
export const genderField = z
  .enum(['male', 'female'])
  .meta(field('性别', { fact: 'person.gender', enumLabels: { male: '男', female: '女' } }));

export const birthDateField = isoDate().meta(field('出生日期', { fact: 'person.birthDate' }));

/** Statutory retirement category of `national/retirement.ts` (2025 gradual-delay schedules). */
export const retirementCategoryField = z.enum(['male', 'female_cadre', 'female_worker']).meta(
  field('退休年龄类别', {
    fact: 'person.retirementCategory',
    enumLabels: {
      male: '男职工（原法定退休年龄60周岁）',
      female_cadre: '女干部（原法定退休年龄55周岁）',
      female_worker: '女工人（原法定退休年龄50周岁）',
    },
  }),
);

export const localHukouField = z.boolean().meta(field('具有本市户籍', { fact: 'person.localHukou' }));

export const hukouTypeField = z
  .enum(['urban', 'rural'])
  .meta(field('户口性质', { fact: 'person.hukouType', enumLabels: { urban: '城镇', rural: '农村' } }));

/**
 * 就业困难人员: an open determination in the registry. A determination stays open after the
 * person finds work until an officer records its exit (e.g. 已稳定就业), so the fact read on the
 * decision date also answers "was hired / placed / started as a difficulty person" unless an exit
 * was recorded in between; the officer then corrects the pre-filled value with a reason.
 */
export const difficultyPersonField = z
  .boolean()
  .meta(field('就业困难人员', { fact: 'person.difficultyPerson' }));
