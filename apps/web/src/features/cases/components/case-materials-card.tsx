import { Alert, Button, Card, Checkbox, Input, Table, Tag } from 'antd';
import { EmptyState } from '../../../app/ui/empty-state';
import { materialsEditable } from '../case-actions';
import { missingRequired, type Ticks, ticksChanged } from '../case-ticks';
import type { CaseDetail, CaseMaterial } from '../case-types';

interface MaterialsCardProps {
  detail: CaseDetail;
  ticks: Ticks;
  onTicks: (next: Ticks) => void;
  /** saves the ticks of a draft or returned case (PATCH); undefined when not allowed */
  onSave?: (() => void) | undefined;
  saving: boolean;
}

/** 材料: the checklist with provided/missing; ticks go with the next step (受理, 退回补正, 提交). */
export function CaseMaterialsCard({ detail, ticks, onTicks, onSave, saving }: MaterialsCardProps) {
  const editable = materialsEditable(detail.availableActions);
  const missing = missingRequired(detail.materials, ticks);
  const set = (code: string, patch: Partial<Ticks[string]>) => {
    const current = ticks[code] ?? { provided: false, note: null };
    onTicks({ ...ticks, [code]: { ...current, ...patch } });
  };
  const dirty = ticksChanged(detail.materials, ticks);

  return (
    <Card
      title="材料"
      size="small"
      extra={
        onSave && dirty ? (
          <Button size="small" onClick={onSave} loading={saving} data-testid="case-materials-save">
            保存材料清单
          </Button>
        ) : null
      }
      data-testid="case-materials"
    >
      {missing.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`缺少 ${missing.length} 项必备材料：${missing.map((m) => m.label).join('、')}`}
        />
      ) : (
        <Alert type="success" showIcon style={{ marginBottom: 12 }} title="必备材料齐全" />
      )}
      {editable && dirty ? (
        <Alert
          type="info"
          style={{ marginBottom: 12 }}
          title="材料勾选已修改，将随下一步操作（受理、退回补正、提交）一并保存"
        />
      ) : null}
      <Table<CaseMaterial>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={detail.materials}
        locale={{ emptyText: <EmptyState description="本事项无材料清单" /> }}
        columns={[
          { title: '材料', dataIndex: 'label', key: 'label' },
          {
            title: '是否必需',
            dataIndex: 'required',
            key: 'required',
            width: 90,
            render: (r: boolean) => (r ? <Tag color="blue">必需</Tag> : <Tag>非必需</Tag>),
          },
          {
            title: '提供情况',
            key: 'provided',
            width: 110,
            render: (_: unknown, m) => {
              const provided = ticks[m.code]?.provided ?? m.provided;
              if (editable)
                return (
                  <Checkbox
                    checked={provided}
                    onChange={(e) => set(m.code, { provided: e.target.checked })}
                    aria-label={`${m.label} 已提供`}
                    data-testid={`material-tick-${m.code}`}
                  >
                    已提供
                  </Checkbox>
                );
              return provided ? <Tag color="success">已提供</Tag> : <Tag color="error">缺少</Tag>;
            },
          },
          {
            title: '说明',
            key: 'note',
            render: (_: unknown, m) =>
              editable ? (
                <Input
                  size="small"
                  maxLength={200}
                  value={ticks[m.code]?.note ?? ''}
                  placeholder="如：复印件不清晰"
                  onChange={(e) => set(m.code, { note: e.target.value || null })}
                  aria-label={`${m.label} 说明`}
                />
              ) : (
                (m.note ?? '')
              ),
          },
        ]}
      />
    </Card>
  );
}
