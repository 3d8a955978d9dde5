import { getPolicy } from '@minsheng/rules/catalogue.ts';
import { describe, expect, it } from 'vitest';
import { noticeBasis } from './cases-print.rules.ts';

describe('the basis a decision notice cites', () => {
  it('names the document by its title, number and clause', () => {
    expect(noticeBasis(getPolicy('county-city.employment-assistance')!)).toBe(
      '《关于进一步做好促进就业工作的实施意见（县级市）》（001 篇3）三(三)5',
    );
  });

  it('cites the document clause over the validity clause, and the number alone without a title', () => {
    expect(
      noticeBasis({
        document: { doc: '青劳社〔2024〕69号', clause: '第二条' },
        validity: { clause: '全文' },
      }),
    ).toBe('（青劳社〔2024〕69号）第二条');
  });
});
