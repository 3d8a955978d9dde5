import { InputNumber, Segmented, Space } from 'antd';
import { OrgFilter } from '../../../orgs/components/org-filter';
import type { ProgressWhere } from '../progress-api';

/** Organisation, year and 全年 / 上半年 / 下半年 of a progress page or report. */
export function ProgressFilters(props: {
  where: ProgressWhere;
  onChange: (next: Record<string, number | undefined>) => void;
}) {
  const { where, onChange } = props;
  return (
    <Space wrap>
      <OrgFilter
        value={where.orgId}
        onChange={(orgId) => onChange({ orgId })}
        width={200}
        data-testid="training-progress-org"
      />
      <InputNumber
        aria-label="年度"
        min={2000}
        max={2100}
        value={where.year}
        onChange={(year) => year && onChange({ year })}
        addonAfter="年"
        style={{ width: 120 }}
        data-testid="training-progress-year"
      />
      <Segmented
        value={where.half ?? 0}
        onChange={(v) => onChange({ half: v === 0 ? undefined : Number(v) })}
        options={[
          { label: '全年', value: 0 },
          { label: '上半年', value: 1 },
          { label: '下半年', value: 2 },
        ]}
        data-testid="training-progress-half"
      />
    </Space>
  );
}
