import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../catalogue.ts';
import { policyExamples } from '../examples.ts';
import { policyDocuments } from '../policies/documents.ts';
import { cite, citedName, documentNamer } from './documents.ts';
import { evaluate } from './evaluate.ts';

const promotion = 'county-city.employment-promotion';
const configured = { [promotion]: { number: '肥政发〔2009〕7号' } };

describe('citing documents', () => {
  it('names a document by title and number, or by title alone while the number is unknown', () => {
    expect(citedName('珠海市高技能人才培训鉴定补贴办法', '珠劳社〔2024〕82号')).toBe(
      '《珠海市高技能人才培训鉴定补贴办法》（珠劳社〔2024〕82号）',
    );
    expect(citedName('关于进一步做好促进就业工作的实施意见', null)).toBe(
      '《关于进一步做好促进就业工作的实施意见》',
    );
    expect(cite('《办法》（某〔2024〕1号）', '第三条')).toBe('《办法》（某〔2024〕1号）第三条');
    expect(cite('本市企业最低工资标准', '第二条')).toBe('本市企业最低工资标准 第二条');
  });

  it('gives every catalogued policy a registered document, and no legacy reference inside a name', () => {
    const ids = new Set(policyDocuments.map((d) => d.id));
    expect(ids.size).toBe(policyDocuments.length);
    for (const { policy } of catalogue) expect(ids.has(policy.document.document ?? ''), policy.id).toBe(true);
    const names = policyDocuments.map((d) => citedName(d.title, d.number));
    for (const d of policyDocuments)
      for (const legacy of d.legacyRefs ?? []) for (const n of names) expect(n).not.toContain(legacy);
  });

  it('never cites a seed file in a policy, its parameters or its evaluation', () => {
    for (const { policy } of catalogue) {
      const example = policyExamples(policy.id)[0];
      const text = JSON.stringify([
        policy.document,
        policy.jurisdiction,
        Object.values(policy.parameters),
        example ? evaluate(policy, example.input, { on: example.on }) : null,
      ]);
      expect(text, policy.id).not.toMatch(/00[0-3] ?(篇|第.篇|[城能])/);
    }
  });
});

describe('documentNamer', () => {
  it('rewrites references, citations and explanation lines to the configured number', () => {
    const namer = documentNamer(policyDocuments, configured);
    const policy = catalogue.find((e) => e.policy.id === 'county-city.employment-assistance')!.policy;
    const example = policyExamples(policy.id)[0]!;
    const result = namer.rewrite(evaluate(policy, example.input, { on: example.on }));
    const name = '《关于进一步做好促进就业工作的实施意见》（肥政发〔2009〕7号）';
    expect(result.conditions[0]!.citation).toMatch(new RegExp(`^${name.replace(/[()（）《》〔〕]/g, '.')}`));
    expect(result.explanationLines.filter((l) => l.includes(name)).length).toBeGreaterThan(0);
    expect(namer.rewrite(policy.document)).toMatchObject({ doc: name, number: '肥政发〔2009〕7号' });
    expect(namer.name(promotion)).toBe(name);
  });

  it('reads the seed reference an earlier version froze on a case as the configured name', () => {
    const namer = documentNamer(policyDocuments, configured);
    expect(
      namer.rewrite({ citation: '001 篇3 三(三)5', ref: { doc: '001 篇3', clause: '三(三)5' } }),
    ).toEqual({
      citation: '《关于进一步做好促进就业工作的实施意见》（肥政发〔2009〕7号）三(三)5',
      ref: { doc: '《关于进一步做好促进就业工作的实施意见》（肥政发〔2009〕7号）', clause: '三(三)5' },
    });
  });

  it('uses a configured display title, and falls back to the packaged number when none is set', () => {
    const namer = documentNamer(policyDocuments, {
      [promotion]: { title: '肥城市人民政府关于进一步做好促进就业工作的实施意见' },
      'zhuhai.high-skill-subsidy': { title: ' ' },
    });
    expect(namer.name(promotion)).toBe('《肥城市人民政府关于进一步做好促进就业工作的实施意见》');
    expect(namer.name('zhuhai.high-skill-subsidy')).toBe(
      '《珠海市高技能人才培训鉴定补贴办法》（珠劳社〔2024〕82号）',
    );
  });

  it('is idempotent and leaves text without document names alone (property)', () => {
    const namer = documentNamer(policyDocuments, configured);
    const fragments = fc.constantFrom(
      '《关于进一步做好促进就业工作的实施意见》',
      '（肥政发〔2009〕7号）',
      '001 篇3',
      ' ',
      '三(三)5',
      '符合：',
      '《珠海市高技能人才培训鉴定补贴办法》（珠劳社〔2024〕82号）',
    );
    fc.assert(
      fc.property(
        fc.array(fragments, { maxLength: 8 }).map((parts) => parts.join('')),
        (text) => {
          const once = namer.rewrite(text);
          expect(namer.rewrite(once)).toBe(once);
          expect(once).not.toContain('001 篇3');
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.string().filter((s) => !s.includes('《') && !s.includes('001 篇')),
        (text) => {
          expect(namer.rewrite(text)).toBe(text);
        },
      ),
    );
  });
});
