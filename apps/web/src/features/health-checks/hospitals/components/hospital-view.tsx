import { Card, Space } from 'antd';
import { PageTitle } from '../../../../app/ui/page-title';
import type { HospitalDetail } from '../hospitals-api';
import { HospitalCheckList } from './hospital-check-list';
import { HospitalDecision } from './hospital-decision';
import { HospitalEditForm } from './hospital-edit-form';
import { HospitalFacts } from './hospital-facts';
import { HospitalStaffCard } from './hospital-staff-card';
import { HospitalStatusTag } from './hospital-status-tag';

/**
 * One hospital: its facts and the designation conditions checked item by item. The 医保处 (`manage`)
 * also edits the record, decides, and links staff accounts; a hospital's staff read it only.
 */
export function HospitalView({
  hospital: h,
  manage,
  title,
}: {
  hospital: HospitalDetail;
  manage: boolean;
  title: string;
}) {
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={
          <PageTitle>
            {title} <HospitalStatusTag status={h.status} label={h.statusLabel} />
          </PageTitle>
        }
        extra={manage ? <HospitalDecision hospital={h} /> : null}
      >
        <HospitalFacts hospital={h} />
      </Card>
      <Card title={<h2 style={{ fontSize: 15, margin: 0 }}>定点条件核对</h2>}>
        <HospitalCheckList check={h.check} />
      </Card>
      {manage && (
        <Card title={<h2 style={{ fontSize: 15, margin: 0 }}>资质、设施与人员配备</h2>}>
          <HospitalEditForm hospital={h} />
        </Card>
      )}
      {manage && <HospitalStaffCard hospital={h} />}
    </Space>
  );
}
