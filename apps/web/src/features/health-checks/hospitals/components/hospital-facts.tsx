import { Descriptions } from 'antd';
import { examinerTitleLabels, gradeLabels, type HospitalDetail } from '../hospitals-api';

const yes = (b: boolean) => (b ? '是' : '否');

/** What is recorded of a hospital, read-only. */
export function HospitalFacts({ hospital: h }: { hospital: HospitalDetail }) {
  return (
    <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
      <Descriptions.Item label="机构代码">{h.code}</Descriptions.Item>
      <Descriptions.Item label="地址">{h.address || '—'}</Descriptions.Item>
      <Descriptions.Item label="联系人及电话">{h.contact || '—'}</Descriptions.Item>
      <Descriptions.Item label="医院等级">{gradeLabels[h.grade] ?? h.grade}</Descriptions.Item>
      <Descriptions.Item label="综合医院">{yes(h.general)}</Descriptions.Item>
      <Descriptions.Item label="市直医疗保险定点">{yes(h.insuranceDesignated)}</Descriptions.Item>
      <Descriptions.Item label="总主检">
        {h.chiefExaminerName || '—'}
        {h.chiefExaminerTitle ? `（${examinerTitleLabels[h.chiefExaminerTitle]}）` : ''}
      </Descriptions.Item>
      <Descriptions.Item label="主检人数">{h.examiners}</Descriptions.Item>
      <Descriptions.Item label="计划日均受检人数">{h.plannedDailyVolume}</Descriptions.Item>
      <Descriptions.Item label="认定日期">{h.decidedOn ?? '—'}</Descriptions.Item>
      {h.decisionNote ? (
        <Descriptions.Item label="原因" span={2}>
          {h.decisionNote}
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}
