import { Modal, Select } from 'antd';
import { useState } from 'react';
import { employerRef, noticeHref, type PlanEmployer } from '../plans-api';

/** 打印单位通知: choose the employer, its notice opens in a new tab. */
export function PrintNoticeModal({
  planId,
  employers,
  onClose,
}: {
  planId: string;
  employers: PlanEmployer[];
  onClose: () => void;
}) {
  const [employerId, setEmployerId] = useState<string>();
  return (
    <Modal
      open
      title="打印单位通知"
      okText="打印"
      okButtonProps={{ disabled: !employerId, 'data-testid': 'notice-open' }}
      onOk={() => {
        window.open(noticeHref(planId, employerId!), '_blank', 'noopener');
        onClose();
      }}
      onCancel={onClose}
    >
      <Select
        showSearch
        optionFilterProp="label"
        aria-label="参检单位"
        placeholder="选择参检单位"
        style={{ width: '100%' }}
        value={employerId}
        onChange={setEmployerId}
        options={employers
          .filter((e) => e.allocated > 0)
          .map((e) => ({ value: employerRef(e), label: `${e.employerName}（已安排${e.allocated}人）` }))}
        notFoundContent="暂无已安排体检的单位"
      />
    </Modal>
  );
}
