import { Descriptions, Table, Typography } from 'antd';
import { formatYuan } from '../../../app/format/money';
import { type BillLine, monthText, type OverAgeBill } from './over-age-types';

const columns = [
  { title: '项目', dataIndex: 'label', key: 'label' },
  {
    title: '金额',
    dataIndex: 'amountYuan',
    key: 'amountYuan',
    align: 'right' as const,
    render: (v: string, l: BillLine) => (l.payable ? <strong>{formatYuan(v)}</strong> : formatYuan(v)),
  },
  { title: '依据', dataIndex: 'citation', key: 'citation' },
];

/** 补缴核定单 with the monthly pension it leads to, as frozen at review. */
export function OverAgeBillView({ bill }: { bill: OverAgeBill }) {
  return (
    <>
      <Table<BillLine>
        size="small"
        rowKey="id"
        pagination={false}
        columns={columns}
        dataSource={bill.lines}
        data-testid="over-age-bill"
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>应缴合计</Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <Typography.Text strong data-testid="over-age-bill-total">
                {formatYuan(bill.totalYuan)}
              </Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2}>养老保险费 + 医疗保险费</Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      <Table<BillLine>
        style={{ marginTop: 12 }}
        size="small"
        rowKey="id"
        pagination={false}
        columns={columns}
        dataSource={bill.monthlyPension}
      />
      <Descriptions size="small" column={2} style={{ marginTop: 12 }}>
        <Descriptions.Item label="确认连续工龄">{bill.serviceYears ?? '—'} 年</Descriptions.Item>
        <Descriptions.Item label="医疗保险补足年限">{bill.medicalMissingYears ?? '—'} 年</Descriptions.Item>
        <Descriptions.Item label="养老金起发月份">{monthText(bill.pensionStartMonth)}</Descriptions.Item>
        <Descriptions.Item label="医疗待遇起始月份">
          {monthText(bill.medicalBenefitsFromMonth)}
        </Descriptions.Item>
        <Descriptions.Item label="核定日期">{bill.evaluatedOn}</Descriptions.Item>
        <Descriptions.Item label="参数日期">{bill.parameterDate}</Descriptions.Item>
      </Descriptions>
    </>
  );
}
