import {
  CheckCircleTwoTone,
  CloseCircleTwoTone,
  MinusCircleTwoTone,
  QuestionCircleTwoTone,
} from '@ant-design/icons';
import { Collapse, Descriptions, List, Space, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatYuan } from '../../../app/format/money';
import { EmptyState } from '../../../app/ui/empty-state';
import { checkStatusTags, conditionStatusTags, outcomeTags } from '../policy-labels';
import type { ConditionStatus, EvaluationResult, PolicyDetail } from '../policy-types';
import { FigureLinks } from './figure-links';

const statusIcons: Record<ConditionStatus, ReactNode> = {
  pass: <CheckCircleTwoTone twoToneColor="#52c41a" />,
  fail: <CloseCircleTwoTone twoToneColor="#ff4d4f" />,
  not_applicable: <MinusCircleTwoTone twoToneColor="#bfbfbf" />,
  not_evaluated: <QuestionCircleTwoTone twoToneColor="#faad14" />,
};

const preStyle = {
  margin: 0,
  padding: 12,
  border: '1px solid #d9d9d9',
  borderRadius: 6,
  background: '#fafafa',
  whiteSpace: 'pre-wrap' as const,
  wordBreak: 'break-all' as const,
  fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  fontSize: 13,
  lineHeight: 1.7,
};

interface EvaluationResultViewProps {
  policy: PolicyDetail;
  result: EvaluationResult;
}

export function EvaluationResultView({ policy, result }: EvaluationResultViewProps) {
  const outcome = outcomeTags[result.outcome];
  const amountLabel = (id: string) => policy.amounts.find((a) => a.id === id)?.label ?? id;
  const amountRows = Object.entries(result.amounts).map(([id, yuan]) => ({
    id,
    label: amountLabel(id),
    yuan,
  }));
  const outputs = Object.entries(result.outputs);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="evaluation-result">
      <Space wrap align="center">
        <Typography.Text strong>试算结论：</Typography.Text>
        <Tag
          color={outcome.color}
          style={{ fontSize: 15, padding: '2px 12px' }}
          data-testid="evaluation-outcome"
        >
          {outcome.label}
        </Tag>
        <Typography.Text type="secondary">
          试算日期 {result.on}，参数取值日期 {result.parameterDate}
        </Typography.Text>
      </Space>

      <div>
        <Typography.Title level={5}>补贴金额</Typography.Title>
        <Table
          rowKey="id"
          size="small"
          bordered
          pagination={false}
          dataSource={amountRows}
          locale={{
            emptyText: <EmptyState description="无金额（不符合条件或待审核事项未通过时不计算金额）" />,
          }}
          columns={[
            { title: '项目', dataIndex: 'label', key: 'label' },
            {
              title: '金额',
              dataIndex: 'yuan',
              key: 'yuan',
              align: 'right',
              width: 200,
              render: (yuan: string) => <Typography.Text strong>{formatYuan(yuan)}</Typography.Text>,
            },
          ]}
          data-testid="evaluation-amounts"
        />
      </div>

      {outputs.length ? (
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, md: 2 }}
          title="其他结果"
          items={outputs.map(([key, value]) => ({
            key,
            label: key,
            children: value === null ? '—' : String(value),
          }))}
        />
      ) : null}

      <div>
        <Typography.Title level={5}>条件判断</Typography.Title>
        <List
          size="small"
          bordered
          dataSource={result.conditions}
          data-testid="evaluation-conditions"
          renderItem={(c) => (
            <List.Item>
              <Space align="start">
                {statusIcons[c.status]}
                <div>
                  <Space wrap size={4}>
                    <Tag color={conditionStatusTags[c.status].color}>
                      {conditionStatusTags[c.status].label}
                    </Tag>
                    <Typography.Text>{c.sentence}</Typography.Text>
                  </Space>
                  {c.detail ? (
                    <div>
                      <Typography.Text type="secondary">{c.detail}</Typography.Text>
                    </div>
                  ) : null}
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {c.label} · 依据：{c.citation}
                    </Typography.Text>
                  </div>
                </div>
              </Space>
            </List.Item>
          )}
        />
      </div>

      {result.checks.length ? (
        <div>
          <Typography.Title level={5}>人工审核事项</Typography.Title>
          <List
            size="small"
            bordered
            dataSource={result.checks}
            renderItem={(c) => (
              <List.Item>
                <Space align="start" wrap size={4}>
                  <Tag color={checkStatusTags[c.status].color}>{checkStatusTags[c.status].label}</Tag>
                  <Typography.Text>{c.label}</Typography.Text>
                  <FigureLinks figures={c.figures} />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    依据：{c.citation}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </div>
      ) : null}

      <div>
        <Typography.Title level={5}>说明</Typography.Title>
        <pre style={preStyle} data-testid="evaluation-explanation">
          {result.explanation}
        </pre>
      </div>

      <Collapse
        size="small"
        items={[
          {
            key: 'trace',
            label: '计算过程（技术明细）',
            children: (
              <pre style={{ ...preStyle, maxHeight: 400, overflow: 'auto' }}>
                {JSON.stringify(result.trace, null, 2)}
              </pre>
            ),
          },
        ]}
      />
    </Space>
  );
}
