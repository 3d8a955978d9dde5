import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { formatFen } from '../../../app/format/money';
import { stepLabel } from '../case-labels';
import type { CaseItem } from '../case-types';
import { CaseStatusTag, DueDate } from './case-tags';

type Column = ColumnsType<CaseItem>[number];

const number: Column = {
  title: '案件编号',
  dataIndex: 'number',
  key: 'number',
  // The row itself opens the case too; the link keeps it reachable by keyboard and middle-click.
  render: (n: string, c) => (
    <Link to={`/cases/${c.id}`} onClick={(e) => e.stopPropagation()}>
      {n}
    </Link>
  ),
};
const caseType: Column = { title: '事项', dataIndex: ['caseType', 'name'], key: 'caseType' };
const applicant: Column = {
  title: '申请人',
  dataIndex: 'applicantName',
  key: 'applicant',
};
const applicantKind: Column = { title: '申请方式', dataIndex: 'applicantKindLabel', key: 'applicantKind' };
const status: Column = {
  title: '状态',
  dataIndex: 'status',
  key: 'status',
  render: (s: string, c) => <CaseStatusTag status={s} label={c.statusLabel} />,
};
const awaiting: Column = {
  title: '待办环节',
  dataIndex: 'awaiting',
  key: 'awaiting',
  render: (a: CaseItem['awaiting']) => (a ? stepLabel(a.step) : '—'),
};
const due: Column = {
  title: '办理期限',
  dataIndex: 'dueOn',
  key: 'dueOn',
  render: (_: string | null, c) => <DueDate dueOn={c.dueOn} overdue={c.overdue} dueSoon={c.dueSoon} />,
};
const org: Column = { title: '所属机构', dataIndex: ['org', 'name'], key: 'org' };
const amount: Column = {
  title: '核定金额',
  key: 'amount',
  align: 'right',
  render: (_: unknown, c) => formatFen(c.approvedAmountFen ?? c.proposedAmountFen),
};

/** Columns of the task list (我的待办). */
export const taskColumns: ColumnsType<CaseItem> = [number, caseType, applicant, status, awaiting, due, org];

/** Columns of the case list (案件列表). */
export const caseColumns: ColumnsType<CaseItem> = [
  number,
  caseType,
  applicant,
  applicantKind,
  status,
  awaiting,
  due,
  amount,
  org,
];
