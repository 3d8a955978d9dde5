import { Tag } from 'antd';
import {
  type NoticeStatus,
  noticeStatusLabels,
  type ObjectionStatus,
  objectionStatusLabels,
} from '../notice-types';

const noticeColors: Record<NoticeStatus, string> = {
  draft: 'default',
  published: 'processing',
  closed: 'success',
};
const objectionColors: Record<ObjectionStatus, string> = {
  open: 'warning',
  upheld: 'error',
  dismissed: 'default',
};

export const NoticeStatusTag = ({ status }: { status: NoticeStatus }) => (
  <Tag color={noticeColors[status]}>{noticeStatusLabels[status]}</Tag>
);

export const ObjectionStatusTag = ({ status }: { status: ObjectionStatus }) => (
  <Tag color={objectionColors[status]}>{objectionStatusLabels[status]}</Tag>
);
