import { Tag } from 'antd';
import { useBureauToday } from '../../../app/bureau-clock';
import type { PolicySummary } from '../policy-types';

/** 「from 至 to」, with a tag when the policy has expired or is not yet in force. */
export function ValidityText({ validity }: { validity: PolicySummary['validity'] }) {
  const today = useBureauToday();
  const expired = validity.to !== null && validity.to < today;
  const pending = validity.from > today;
  return (
    <span>
      {validity.from} 至 {validity.to ?? '长期'}
      {expired ? (
        <Tag color="default" style={{ marginLeft: 6 }}>
          已失效
        </Tag>
      ) : null}
      {pending ? (
        <Tag color="blue" style={{ marginLeft: 6 }}>
          未生效
        </Tag>
      ) : null}
    </span>
  );
}
