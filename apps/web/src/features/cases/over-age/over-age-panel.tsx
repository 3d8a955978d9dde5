import { PrinterOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Space, Spin } from 'antd';
import { usePermissions } from '../../../app/auth/use-me';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import type { CaseDetail } from '../case-types';
import { BillPaidForm, ServiceYearsForm } from './over-age-agency-forms';
import { fetchOverAge, overAgeKey } from './over-age-api';
import { OverAgeApplicationForm } from './over-age-application-form';
import { OverAgeBillView } from './over-age-bill-view';
import { monthText, OVER_AGE_POLICY } from './over-age-types';

const confirmable = new Set(['submitted', 'accepted', 'reviewed']);

/**
 * 青岛超龄固定工 on the case page: the application (附件1) on drafts, the agency's service-year
 * confirmation, the back-payment bill after approval with its payment, the pension start month, and
 * the two printable forms. Renders nothing for other case types.
 */
export function OverAgePanel({ detail, onChanged }: { detail: CaseDetail; onChanged: () => void }) {
  if (detail.policyId !== OVER_AGE_POLICY) return null;
  return <OverAgeContent detail={detail} onChanged={onChanged} />;
}

function OverAgeContent({ detail, onChanged }: { detail: CaseDetail; onChanged: () => void }) {
  const can = usePermissions();
  const queryClient = useQueryClient();
  const key = overAgeKey(detail.id);
  const query = useQuery({ queryKey: [...key, detail.version], queryFn: () => fetchOverAge(detail.id) });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: key });
    onChanged();
  };
  if (query.isPending) return <Spin />;
  if (query.isError) return <QueryErrorAlert error={query.error} />;
  const o = query.data;
  const editable = detail.availableActions.includes('update') && can('case:create');
  const c = o.confirmation;

  return (
    <Card
      title="超龄固定工补缴与养老待遇（青劳社〔2024〕69号）"
      style={{ marginBottom: 16 }}
      data-testid="over-age-panel"
    >
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Space wrap>
          <Button
            icon={<PrinterOutlined />}
            href={`/print/cases/${detail.id}/over-age-application`}
            target="_blank"
          >
            打印申请表（附件1）
          </Button>
          <Button
            icon={<PrinterOutlined />}
            href={`/print/cases/${detail.id}/over-age-pension-review`}
            target="_blank"
          >
            打印养老待遇审查表（附件2）
          </Button>
        </Space>

        <section>
          <h4>申请信息</h4>
          {!o.applicationComplete && (
            <Alert
              type="warning"
              showIcon
              title={`申请信息不完整：${o.applicationIssues.map((i) => i.message).join('；')}`}
              style={{ marginBottom: 12 }}
            />
          )}
          {editable && (
            <OverAgeApplicationForm
              caseId={detail.id}
              version={detail.version}
              application={detail.application}
              onSaved={refresh}
            />
          )}
        </section>

        <section>
          <h4>工龄认定（市劳动保险经办机构）</h4>
          {c ? (
            <Descriptions size="small" column={2} data-testid="over-age-confirmation">
              <Descriptions.Item label="连续工龄">{c.serviceYears} 年</Descriptions.Item>
              <Descriptions.Item label="其中视同工龄">{c.deemedServiceYears} 年</Descriptions.Item>
              <Descriptions.Item label="电子档案编号">{c.archiveNumber}</Descriptions.Item>
              <Descriptions.Item label="认定人">
                {c.confirmedByName}（{c.confirmedAt.slice(0, 10)}）
              </Descriptions.Item>
              <Descriptions.Item label="认定依据" span={2}>
                {c.basis}
              </Descriptions.Item>
            </Descriptions>
          ) : (
            <Alert type="info" showIcon title="尚未确认工龄：确认前不能审核" />
          )}
          {can('case:review') && confirmable.has(detail.status) && (
            <div style={{ marginTop: 12 }}>
              <ServiceYearsForm caseId={detail.id} current={c} onSaved={refresh} />
            </div>
          )}
        </section>

        {o.bill && (
          <section>
            <h4>补缴核定单</h4>
            <OverAgeBillView bill={o.bill} />
            <div style={{ marginTop: 12 }}>
              {o.payment ? (
                <Descriptions size="small" column={2} data-testid="over-age-payment">
                  <Descriptions.Item label="缴费收据号">{o.payment.receiptNumber}</Descriptions.Item>
                  <Descriptions.Item label="缴费日期">{o.payment.paidOn}</Descriptions.Item>
                  <Descriptions.Item label="登记人">{o.payment.recordedByName}</Descriptions.Item>
                  <Descriptions.Item label="养老金起发月份">
                    {monthText(o.pensionStartMonth)}
                  </Descriptions.Item>
                </Descriptions>
              ) : can('case:finance') ? (
                <BillPaidForm caseId={detail.id} decidedOn={detail.decidedOn} onSaved={refresh} />
              ) : (
                <Alert type="info" showIcon title="待申请人到区（市）劳动保险经办机构缴费" />
              )}
            </div>
          </section>
        )}
      </Space>
    </Card>
  );
}
