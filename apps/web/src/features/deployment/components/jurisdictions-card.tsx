import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Input, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useState } from 'react';
import { type DeploymentJurisdiction, saveJurisdictions } from '../deployment-api';

/**
 * 管辖地区: the rules jurisdictions this deployment serves, each with its local name. Their case
 * types accept applications by default; the others' policies stay readable as reference.
 */
export function JurisdictionsCard({ jurisdictions }: { jurisdictions: DeploymentJurisdiction[] }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  // code → local name, for the jurisdictions ticked as this deployment's
  const [chosen, setChosen] = useState(
    () => new Map(jurisdictions.flatMap((j) => (j.localName === null ? [] : [[j.code, j.localName]]))),
  );
  const update = (code: string, localName: string | null) =>
    setChosen((before) => {
      const next = new Map(before);
      if (localName === null) next.delete(code);
      else next.set(code, localName);
      return next;
    });
  const save = useMutation({
    mutationFn: () =>
      saveJurisdictions([...chosen].map(([code, localName]) => ({ code, localName: localName.trim() }))),
    onSuccess: () => {
      message.success('管辖地区已保存');
      queryClient.invalidateQueries();
    },
    onError: (error) => message.error(error.message),
  });
  const blank = [...chosen.values()].some((name) => !name.trim());

  const columns: ColumnsType<DeploymentJurisdiction> = [
    {
      title: '本部署',
      key: 'chosen',
      width: 80,
      render: (_: unknown, j) => (
        <Checkbox
          aria-label={`${j.name}属于本部署`}
          checked={chosen.has(j.code)}
          onChange={(e) => update(j.code, e.target.checked ? (j.localName ?? '') : null)}
          data-testid={`jurisdiction-${j.code}`}
        />
      ),
    },
    { title: '政策制定地区', dataIndex: 'name', key: 'name', width: 140 },
    {
      title: '本地名称',
      key: 'localName',
      width: 200,
      render: (_: unknown, j) =>
        chosen.has(j.code) ? (
          <Input
            aria-label={`${j.name}的本地名称`}
            value={chosen.get(j.code)}
            maxLength={40}
            placeholder="如：肥城市"
            onChange={(e) => update(j.code, e.target.value)}
          />
        ) : (
          <Typography.Text type="secondary">仅供参考</Typography.Text>
        ),
    },
    {
      title: '政策',
      key: 'policies',
      render: (_: unknown, j) => (j.policies.length ? j.policies.join('、') : '（考核办法）'),
    },
  ];
  return (
    <Card
      title="管辖地区"
      style={{ marginBottom: 16 }}
      extra={
        <Button
          type="primary"
          loading={save.isPending}
          disabled={blank}
          onClick={() => save.mutate()}
          data-testid="jurisdictions-save"
        >
          保存
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        勾选本系统所在地区适用的政策：其经办事项默认受理申请；其他地区的政策仅供查阅和试算，需要时可在「经办事项设置」中单独开启。未勾选任何地区时，所有经办事项均受理申请。
      </Typography.Paragraph>
      <Table<DeploymentJurisdiction>
        rowKey="code"
        size="small"
        columns={columns}
        dataSource={jurisdictions}
        pagination={false}
        data-testid="jurisdictions-table"
      />
    </Card>
  );
}
