import { Select, Space } from 'antd';
import type { ReportTemplate, TemplatePeriod } from '../report-api';

interface Props {
  templates: ReportTemplate[];
  value: TemplatePeriod;
  onChange: (next: TemplatePeriod) => void;
  /** also offer "all" (list filters) instead of requiring a choice */
  allowClear?: boolean;
  testId: string;
}

/** A report template and one of its recent periods (with the deadline of each). */
export function TemplatePeriodPicker({ templates, value, onChange, allowClear, testId }: Props) {
  const template = templates.find((t) => t.code === value.templateCode);
  return (
    <Space wrap>
      <Select
        allowClear={allowClear}
        placeholder="报表"
        aria-label="报表"
        style={{ width: 320 }}
        value={value.templateCode}
        options={templates.map((t) => ({ value: t.code, label: t.title }))}
        onChange={(templateCode) => onChange({ templateCode, period: undefined })}
        data-testid={`${testId}-template`}
      />
      <Select
        allowClear={allowClear}
        placeholder="报告期"
        aria-label="报告期"
        style={{ width: 300 }}
        disabled={!template}
        value={value.period}
        options={(template?.recentPeriods ?? []).map((p) => ({
          value: p.key,
          label: `${p.label}（报送时限 ${p.dueOn}）`,
        }))}
        onChange={(period) => onChange({ ...value, period })}
        data-testid={`${testId}-period`}
      />
    </Space>
  );
}
