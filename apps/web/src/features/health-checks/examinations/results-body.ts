import type { ExaminationPage, ItemEntry, PackageItem, ResultsBody } from './examinations-api';

export type ItemValues = { value?: string; abnormal?: boolean; declined?: boolean; signed?: boolean };
/** The examination form's values: per package item a result with 异常, or 放弃 with 本人已签字. */
export interface ResultValues {
  items: Record<string, ItemValues>;
  conclusion?: string;
  advice?: string;
  findings?: ResultsBody['findings'];
}
export type Exam = NonNullable<ExaminationPage['examination']>;

/** The form filled back from the saved draft. */
export function initialValues(exam: Exam): ResultValues {
  const items: Record<string, ItemValues> = {};
  for (const e of exam.draft?.items ?? [])
    items[e.code] =
      e.outcome === 'declined'
        ? { declined: true, signed: e.signed ?? false }
        : { value: e.value ?? '', abnormal: e.abnormal ?? false };
  return {
    items,
    conclusion: exam.draft?.conclusion ?? '',
    advice: exam.draft?.advice ?? '',
    findings: (exam.draft?.findings ?? []) as ResultsBody['findings'],
  };
}

/** The form as the server takes it: an item declined, or performed when it has a value, else left out. */
export function bodyOf(pkg: PackageItem[], v: ResultValues, version: number): ResultsBody {
  const items: ItemEntry[] = [];
  for (const { code } of pkg) {
    const i = v.items?.[code] ?? {};
    if (i.declined) items.push({ code, outcome: 'declined', signed: Boolean(i.signed) });
    else if (i.value?.trim())
      items.push({ code, outcome: 'performed', value: i.value.trim(), abnormal: Boolean(i.abnormal) });
  }
  return {
    version,
    items,
    conclusion: v.conclusion ?? '',
    advice: v.advice ?? '',
    findings: v.findings ?? [],
  };
}
