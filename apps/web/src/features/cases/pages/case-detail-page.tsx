import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Col, Row, Space, Spin, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { ApiError } from '../../../app/api-error';
import { NotFoundPage } from '../../../app/ui/not-found-page';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorResult } from '../../../app/ui/query-error-result';
import { SetupEntitlement } from '../../entitlements/recurring/components/setup-entitlement';
import { casesKey, fetchCase, updateCase } from '../case-api';
import { type Ticks, tickList, ticksOf } from '../case-ticks';
import type { CaseDetail } from '../case-types';
import { CaseActionBar } from '../components/case-action-bar';
import { CaseEvaluationCard } from '../components/case-evaluation-card';
import { CaseHeader } from '../components/case-header';
import { CaseMaterialsCard } from '../components/case-materials-card';
import { CaseClaimsCard, CaseEventsCard, CaseNoticesCard } from '../components/case-record-cards';
import { ApplicationFormCard } from '../facts/application-form-card';
import { OverAgePanel } from '../over-age/over-age-panel';
import { OVER_AGE_POLICY } from '../over-age/over-age-types';

/** The officer's screen for one case: header with the actions, materials, facts and rule, history. */
function CaseDetailContent({ id }: { id: string }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const key = [...casesKey, 'detail', id];
  const query = useQuery({ queryKey: key, queryFn: () => fetchCase(id) });
  const [ticks, setTicks] = useState<Ticks>({});
  const detail = query.data;
  // Every new version of the case (a step, a reload) starts the ticks again from what is saved.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the version on purpose
  useEffect(() => {
    if (detail) setTicks(ticksOf(detail.materials));
  }, [detail?.id, detail?.version]);

  // The tab shown: the officer's choice until a step answers, then the case's natural one again.
  const [tab, setTab] = useState<string>();
  // A saved change keeps the officer on the tab (the application form is answered field by field).
  const onSaved = (updated: CaseDetail) => {
    queryClient.setQueryData(key, updated);
    // Lists and tasks change with every step.
    void queryClient.invalidateQueries({ queryKey: casesKey, predicate: (q) => q.queryKey[1] !== 'detail' });
  };
  const onDone = (updated: CaseDetail) => {
    setTab(undefined);
    onSaved(updated);
  };
  const onStale = () => void query.refetch();
  const saveMaterials = useMutation({
    mutationFn: () => updateCase(id, { version: detail?.version ?? 0, materials: tickList(ticks) }),
    meta: { silentError: true },
    onSuccess: (updated) => {
      message.success('材料清单已保存');
      onDone(updated);
    },
    onError: (error) => {
      message.error(error.message);
      if (error instanceof ApiError && error.code === 'STALE') onStale();
    },
  });

  if (query.isPending) return <Spin />;
  if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
  if (query.isError) return <QueryErrorResult error={query.error} onRetry={() => query.refetch()} />;
  const d = query.data;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <CaseHeader
        detail={d}
        actions={<CaseActionBar detail={d} ticks={ticks} onDone={onDone} onStale={onStale} />}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          {/* Case-type panels (e.g. over-age) go here, one line each, above the tabs. */}
          <OverAgePanel detail={d} onChanged={onStale} />
          <SetupEntitlement detail={d} />
          <Tabs
            // Once reviewed, the rule's result is what everyone opens the case for.
            activeKey={tab ?? (d.frozenEvaluation ? 'evaluation' : 'materials')}
            onChange={setTab}
            items={[
              {
                key: 'materials',
                label: '材料',
                children: (
                  <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                    <CaseMaterialsCard
                      detail={d}
                      ticks={ticks}
                      onTicks={setTicks}
                      onSave={
                        d.availableActions.includes('update') ? () => saveMaterials.mutate() : undefined
                      }
                      saving={saveMaterials.isPending}
                    />
                    <CaseNoticesCard detail={d} />
                  </Space>
                ),
              },
              // The over-age item keeps its application (附件1) in its own panel.
              ...(d.policyId !== OVER_AGE_POLICY
                ? [
                    {
                      key: 'application',
                      label: '申请信息',
                      children: <ApplicationFormCard detail={d} onDone={onSaved} />,
                    },
                  ]
                : []),
              { key: 'evaluation', label: '事实与规则', children: <CaseEvaluationCard detail={d} /> },
              {
                key: 'claims',
                label: '待遇',
                children: <CaseClaimsCard detail={d} />,
                disabled: d.claims.length === 0,
              },
            ]}
          />
        </Col>
        <Col xs={24} xl={8}>
          <CaseEventsCard detail={d} />
        </Col>
      </Row>
    </Space>
  );
}

export function CaseDetailPage() {
  const { id } = useParams();
  return (
    <PermissionGate permission="case:read">
      <CaseDetailContent key={id} id={id ?? ''} />
    </PermissionGate>
  );
}
