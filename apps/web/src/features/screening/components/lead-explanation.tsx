import {
  CheckCircleTwoTone,
  CloseCircleTwoTone,
  ExclamationCircleTwoTone,
  MinusCircleTwoTone,
} from '@ant-design/icons';
import { Descriptions, List, Tag, Typography } from 'antd';
import { formatYuan } from '../../../app/format/money';
import type { LeadCondition, LeadDetail } from '../screening-api';

const icons: Record<LeadCondition['status'], React.ReactNode> = {
  pass: <CheckCircleTwoTone twoToneColor="#52c41a" aria-label="符合" />,
  fail: <CloseCircleTwoTone twoToneColor="#ff4d4f" aria-label="不符合" />,
  not_applicable: <MinusCircleTwoTone twoToneColor="#bfbfbf" aria-label="不适用" />,
  not_evaluated: <MinusCircleTwoTone twoToneColor="#bfbfbf" aria-label="未判断" />,
};

/** A condition passed on the applicant's word (an assumed field) is not shown as verified. */
const onTheirWord = <ExclamationCircleTwoTone twoToneColor="#faad14" aria-label="待核实" />;

/** The policy's conditions as of today on the registry and the profile's assumptions, and the amounts. */
export function LeadExplanation({ explanation }: { explanation: NonNullable<LeadDetail['explanation']> }) {
  return (
    <>
      <List
        size="small"
        dataSource={explanation.conditions}
        data-testid="lead-conditions"
        renderItem={(c) => (
          <List.Item data-testid={`lead-condition-${c.id}`} data-status={c.status}>
            <List.Item.Meta
              avatar={c.assumed && c.status === 'pass' ? onTheirWord : icons[c.status]}
              title={
                <>
                  {c.label}
                  {c.assumed && (
                    <Tag color="warning" style={{ marginLeft: 8 }}>
                      按申报假设，待核实
                    </Tag>
                  )}
                </>
              }
              description={
                <>
                  <div>{c.sentence}</div>
                  <Typography.Text type="secondary">{c.citation || c.clause}</Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
      {explanation.amounts.length > 0 && (
        <Descriptions size="small" bordered column={1} style={{ marginTop: 16 }} data-testid="lead-amounts">
          {explanation.amounts.map((a) => (
            <Descriptions.Item key={a.id} label={a.label}>
              {formatYuan(a.yuan)}
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
    </>
  );
}
