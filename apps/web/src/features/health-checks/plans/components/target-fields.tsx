import { Form, Radio, Select } from 'antd';
import { employerRef, type PlanEmployer } from '../plans-api';

export type TargetKind = 'examinees' | 'employer' | 'all';

/** Whom a bulk step applies to: the selected examinees, one employer's, or (notice only) all booked. */
export function TargetFields({
  employers,
  selected,
  allowAll,
}: {
  employers: PlanEmployer[];
  selected: number;
  allowAll?: boolean;
}) {
  return (
    <>
      <Form.Item name="kind" label="范围" rules={[{ required: true }]}>
        <Radio.Group>
          <Radio value="examinees" disabled={selected === 0}>
            所选职工（{selected}人）
          </Radio>
          <Radio value="employer">按参检单位</Radio>
          {allowAll && <Radio value="all">全部已安排职工</Radio>}
        </Radio.Group>
      </Form.Item>
      <Form.Item noStyle dependencies={['kind']}>
        {({ getFieldValue }) =>
          getFieldValue('kind') === 'employer' && (
            <Form.Item
              name="employerId"
              label="参检单位"
              rules={[{ required: true, message: '请选择参检单位' }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                aria-label="参检单位"
                options={employers.map((e) => ({
                  value: employerRef(e),
                  label: `${e.employerName}（${e.examinees}人，已安排${e.allocated}人）`,
                }))}
              />
            </Form.Item>
          )
        }
      </Form.Item>
    </>
  );
}

/** The target as the API takes it. */
export const targetOf = (v: { kind: TargetKind; employerId?: string }, ids: string[]) =>
  v.kind === 'examinees'
    ? ({ kind: 'examinees', ids } as const)
    : v.kind === 'employer'
      ? ({ kind: 'employer', employerId: v.employerId! } as const)
      : ({ kind: 'all' } as const);
