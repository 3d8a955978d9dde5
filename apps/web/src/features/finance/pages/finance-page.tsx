import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Card, Result, Tabs } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { usePermissions } from '../../../app/auth/use-me';
import { PlanCreateModal } from '../components/plan-create-modal';
import { QueueTable } from '../components/queue-table';
import { financeKey, type QueueItem, type QueueStage, sendToFinance } from '../finance-api';

function ForwardQueue() {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const send = useMutation({
    mutationFn: (cases: QueueItem[]) => sendToFinance(cases.map((c) => ({ id: c.id, version: c.version }))),
    onSuccess: ({ sent }) => message.success(`已转送财政 ${sent} 件`),
    // Success moves the cases on; a 409 (someone acted first) shows the queue as it is now.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: financeKey }),
  });
  const confirm = (cases: QueueItem[]) =>
    new Promise<boolean>((resolve, reject) => {
      modal.confirm({
        title: `确认将 ${cases.length} 件案件转送财政？`,
        content: '转送后由财政部门编制用款计划并拨付。',
        okText: '转财政',
        okButtonProps: { 'data-testid': 'finance-send-confirm' },
        onOk: () => send.mutateAsync(cases).then(() => resolve(true), reject),
        onCancel: () => resolve(false),
      });
    });
  return (
    <QueueTable
      stage="forward"
      actionLabel="转财政"
      actionTestId="finance-send"
      busy={send.isPending}
      onAction={confirm}
    />
  );
}

function PaymentQueue() {
  const [planning, setPlanning] = useState<QueueItem[] | null>(null);
  return (
    <>
      <QueueTable
        stage="payment"
        actionLabel="生成用款计划"
        actionTestId="finance-plan"
        busy={false}
        onAction={(cases) => {
          setPlanning(cases);
          return undefined;
        }}
      />
      {planning ? <PlanCreateModal cases={planning} onClose={() => setPlanning(null)} /> : null}
    </>
  );
}

/** The finance queues: 待转财政 (the bureau forwards approved cases) and 待拨付 (finance plans payment). */
export function FinancePage() {
  const can = usePermissions();
  const [params, setParams] = useSearchParams();
  const tabs = [
    ...(can('case:approve')
      ? [{ key: 'forward' as const, label: '待转财政', children: <ForwardQueue /> }]
      : []),
    ...(can('case:finance')
      ? [{ key: 'payment' as const, label: '待拨付', children: <PaymentQueue /> }]
      : []),
  ];
  if (tabs.length === 0) return <Result status="403" title="无权访问" subTitle="您没有访问此页面的权限。" />;
  const active = tabs.find((t) => t.key === params.get('stage'))?.key ?? tabs[0]!.key;
  return (
    <Card title="财政拨付" extra={can('case:finance') ? <Link to="/finance/plans">用款计划</Link> : null}>
      <Tabs
        activeKey={active}
        onChange={(stage) => setParams({ stage: stage as QueueStage }, { replace: true })}
        items={tabs}
        destroyOnHidden
      />
    </Card>
  );
}
