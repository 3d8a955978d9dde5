import { List, Space, Typography } from 'antd';
import type { HospitalDetail } from '../hospitals-api';

/** The designation conditions as a checklist: ✓ or ✗, the sentence, the clause of 000 第四篇. */
export function HospitalCheckList({ check }: { check: HospitalDetail['check'] }) {
  const failed = check.conditions.filter((c) => !c.met).length;
  return (
    <>
      <Typography.Paragraph data-testid="hospital-check-summary">
        {check.ok ? (
          <Typography.Text type="success">全部条件符合，可确定为体检定点</Typography.Text>
        ) : (
          <Typography.Text type="danger">{`有 ${failed} 项条件不符合，不能确定为体检定点`}</Typography.Text>
        )}
      </Typography.Paragraph>
      <List
        size="small"
        dataSource={check.conditions}
        data-testid="hospital-check"
        renderItem={(c) => (
          <List.Item data-testid={`condition-${c.code}`} data-met={c.met}>
            <Space align="start">
              <Typography.Text
                type={c.met ? 'success' : 'danger'}
                strong
                aria-label={c.met ? '符合' : '不符合'}
              >
                {c.met ? '✓' : '✗'}
              </Typography.Text>
              <span>{c.text}</span>
              <Typography.Text type="secondary">{c.clause}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </>
  );
}
