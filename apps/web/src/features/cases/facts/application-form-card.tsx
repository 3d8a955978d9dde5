import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatInstant } from '../../../app/format/date-time';
import { EmptyState } from '../../../app/ui/empty-state';
import { QueryErrorResult } from '../../../app/ui/query-error-result';
import type { CaseDetail } from '../case-types';
import { type CaseFactField, useCaseFacts } from './case-facts-api';
import { type ChangeMode, FactChangeModal } from './fact-change-modal';
import { type FieldNameMap, factText, fieldNameMap } from './fact-text';

type Registry = NonNullable<CaseFactField['registry']>;

/** The registry record a field's value came from: its own, or that of an object filled as a whole. */
function registryOf(field: CaseFactField, byPath: ReadonlyMap<string, CaseFactField>): Registry | null {
  for (let n = field.path.length; n > 0; n -= 1) {
    const registry = byPath.get(field.path.slice(0, n).join('.'))?.registry;
    if (registry) return registry;
  }
  return null;
}

const missing = (v: unknown) => v === null || v === undefined || v === '';

function Source({
  field,
  registry,
  names,
}: {
  field: CaseFactField;
  registry: Registry | null;
  names: FieldNameMap;
}) {
  const path = field.path.join('.');
  const o = field.override;
  if (o)
    return (
      <Space orientation="vertical" size={0} data-testid="fact-override">
        <Typography.Text type="warning">
          经办人修改：{o.byName}，{formatInstant(o.at)}
        </Typography.Text>
        <Typography.Text>
          原值：{factText(registry ? registry.value : field.declared, path, names) || '（无）'}；新值：
          {factText(o.value, path, names) || '（无）'}
        </Typography.Text>
        <Typography.Text>理由：{o.reason}</Typography.Text>
      </Space>
    );
  if (registry) return <span>来源：{[registry.source, registry.on].filter(Boolean).join(' ')}</span>;
  if (!missing(field.declared)) return <span>来源：申请填报</span>;
  return <Typography.Text type="secondary">—</Typography.Text>;
}

/**
 * 申请信息: every field of the policy's input with its Chinese title, the value pre-filled from the
 * registry with its source and date, and what is still missing (marked, left empty — never a
 * silent default). 修改 changes a pre-filled fact with a reason, or answers a declared field of a
 * draft; a changed fact shows the original and new value, the reason and who changed it.
 */
export function ApplicationFormCard({
  detail,
  onDone,
}: {
  detail: CaseDetail;
  onDone: (d: CaseDetail) => void;
}) {
  const facts = useCaseFacts(detail.id, detail.version);
  const [editing, setEditing] = useState<{ field: CaseFactField; mode: ChangeMode } | null>(null);
  if (facts.isError) return <QueryErrorResult error={facts.error} onRetry={() => facts.refetch()} />;
  const fields = facts.data?.fields ?? [];
  const byPath = new Map(fields.map((f) => [f.path.join('.'), f]));
  const names = fieldNameMap(fields);
  const canChange = detail.availableActions.includes('change_fact');
  const canDeclare = detail.availableActions.includes('update');
  const modeOf = (f: CaseFactField, registry: Registry | null): ChangeMode | null =>
    !registry && !f.override && canDeclare ? 'declare' : canChange ? 'change' : null;
  // one row per value the applicant gives; a listed item's parts only name what the list shows
  const rows = fields
    .filter((f) => !f.group && !f.path.includes('*'))
    .map((f) => ({ field: f, key: f.path.join('.'), registry: registryOf(f, byPath) }));
  const problems = facts.data?.problems ?? [];

  return (
    <Card title="申请信息" size="small" data-testid="case-application" loading={facts.isPending}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {problems.length ? (
          <Alert
            type="warning"
            showIcon
            data-testid="case-application-problems"
            title="申请信息尚不完整，补齐后方可提交、受理"
            description={
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {problems.map((p) => (
                  <li key={`${p.path}:${p.message}`}>{p.message}</li>
                ))}
              </ul>
            }
          />
        ) : null}
        <Table
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={rows}
          locale={{ emptyText: <EmptyState description="本事项的申请信息见上方专门表单" /> }}
          onRow={(r) => ({ 'data-testid': `fact-${r.key}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: '项目',
              key: 'title',
              width: 220,
              render: (_, r) => r.field.titles.join(' · '),
            },
            {
              title: '取值',
              key: 'value',
              render: (_, r) =>
                missing(r.field.value) ? (
                  r.field.required ? (
                    <Tag color="error" data-testid="fact-missing">
                      必填，未填写
                    </Tag>
                  ) : (
                    <Typography.Text type="secondary">（未填写）</Typography.Text>
                  )
                ) : (
                  <span data-testid="fact-value">{factText(r.field.value, r.key, names)}</span>
                ),
            },
            {
              title: '来源',
              key: 'source',
              width: 280,
              render: (_, r) => <Source field={r.field} registry={r.registry} names={names} />,
            },
            {
              title: '操作',
              key: 'action',
              width: 80,
              render: (_, r) => {
                const mode = modeOf(r.field, r.registry);
                return mode ? (
                  <Button
                    size="small"
                    data-testid={`fact-edit-${r.key}`}
                    onClick={() => setEditing({ field: r.field, mode })}
                  >
                    修改
                  </Button>
                ) : null;
              },
            },
          ]}
        />
      </Space>
      {editing ? (
        <FactChangeModal
          detail={detail}
          field={editing.field}
          mode={editing.mode}
          names={names}
          onDone={onDone}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Card>
  );
}
