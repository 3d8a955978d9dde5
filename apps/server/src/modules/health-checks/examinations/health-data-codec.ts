import type { FieldCipher } from '../../../platform/crypto.ts';
import type { PackageItem } from '../plans/plans.schema.ts';
import { type ItemEntry, joinEntries, type Results, splitEntries } from './examination-entry.ts';
import type { ExaminationRow } from './examinations.repo.ts';
import type { FindingCode } from './finding-codes.ts';

/** What the hospital enters for one examination (保存 and 出具结论 take the same form). */
export interface ResultsInput {
  version: number;
  items: ItemEntry[];
  conclusion: string;
  advice: string;
  findings: FindingCode[];
}

/** The stored columns of an entry form: counts and declined items clear, the rest encrypted. */
export function encodeHealthData(cipher: FieldCipher, items: readonly PackageItem[], input: ResultsInput) {
  const { results, declined } = splitEntries(items, input.items);
  const findings = [...new Set(input.findings)];
  return {
    results,
    declined,
    findings,
    patch: {
      performedItems: Object.keys(results).length,
      declinedItems: declined,
      resultsEnc: cipher.encrypt(JSON.stringify(results)),
      conclusionEnc: cipher.encrypt(input.conclusion),
      adviceEnc: cipher.encrypt(input.advice),
      findingsEnc: cipher.encrypt(JSON.stringify(findings)),
    },
  };
}

/** An examination's health data, decrypted (the caller has checked and audited the reveal). */
export function decodeHealthData(cipher: FieldCipher, exam: ExaminationRow, items: readonly PackageItem[]) {
  const results: Results = exam.resultsEnc ? JSON.parse(cipher.decrypt(exam.resultsEnc)) : {};
  const findings: FindingCode[] = exam.findingsEnc ? JSON.parse(cipher.decrypt(exam.findingsEnc)) : [];
  return {
    results,
    entries: joinEntries(items, results, exam.declinedItems),
    conclusion: exam.conclusionEnc ? cipher.decrypt(exam.conclusionEnc) : '',
    advice: exam.adviceEnc ? cipher.decrypt(exam.adviceEnc) : '',
    findings,
  };
}
