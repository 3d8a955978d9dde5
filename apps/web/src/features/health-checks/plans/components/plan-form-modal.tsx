import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, InputNumber, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router-dom';
import { bureauTodayDay } from '../../../../app/bureau-clock';
import { FormModal, useFormSave } from '../../../../app/ui/form-modal';
import { createPlan, type PackageItem, type PlanDetail, plansKey, updatePlan } from '../plans-api';

interface Values {
  year: number;
  name: string;
  period: [Dayjs, Dayjs];
  eligibilityMonth: Dayjs;
  items?: PackageItem[];
}

const FEE = /^\d{1,5}(\.\d{1,2})?$/;

/** The package as an editable list: code, name, fee (yuan, exact), reference range and unit. */
function PackageItems() {
  return (
    <Form.List name="items">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <Space key={f.key} align="baseline" wrap>
              <Form.Item
                name={[f.name, 'code']}
                rules={[
                  {
                    required: true,
                    pattern: /^[a-z][a-z0-9_]{1,39}$/,
                    message: '代码为小写字母、数字或下划线',
                  },
                ]}
              >
                <Input aria-label="代码" placeholder="代码" style={{ width: 130 }} maxLength={40} />
              </Form.Item>
              <Form.Item name={[f.name, 'name']} rules={[{ required: true, message: '请填写项目名称' }]}>
                <Input aria-label="项目名称" placeholder="项目名称" style={{ width: 200 }} maxLength={60} />
              </Form.Item>
              <Form.Item
                name={[f.name, 'fee']}
                rules={[{ required: true, pattern: FEE, message: '费用为最多两位小数的元数' }]}
              >
                <Input
                  aria-label="费用（元）"
                  placeholder="费用（元）"
                  style={{ width: 110 }}
                  maxLength={8}
                />
              </Form.Item>
              <Form.Item name={[f.name, 'referenceRange']}>
                <Input aria-label="参考值" placeholder="参考值" style={{ width: 120 }} maxLength={60} />
              </Form.Item>
              <Form.Item name={[f.name, 'unit']}>
                <Input aria-label="单位" placeholder="单位" style={{ width: 90 }} maxLength={20} />
              </Form.Item>
              <MinusCircleOutlined aria-label="删除项目" onClick={() => remove(f.name)} />
            </Space>
          ))}
          <Button type="dashed" onClick={() => add({ referenceRange: '', unit: '' })} icon={<PlusOutlined />}>
            添加体检项目
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** 新建年度计划 (with the standard package) or 修改计划 (a draft, package included). */
export function PlanFormModal({ plan, onClose }: { plan?: PlanDetail; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const save = useFormSave(form, {
    mutationFn: (v: Values) => {
      const body = {
        year: v.year,
        name: v.name,
        startOn: v.period[0].format('YYYY-MM-DD'),
        endOn: v.period[1].format('YYYY-MM-DD'),
        eligibilityMonth: v.eligibilityMonth.format('YYYY-MM'),
      };
      return plan
        ? updatePlan(plan.id, { ...body, items: v.items, version: plan.version })
        : createPlan(body);
    },
    successMessage: plan ? '已保存体检计划' : '已制定年度体检计划',
    conflictField: 'year',
    onSaved: () => {
      void queryClient.invalidateQueries({ queryKey: plansKey });
      onClose();
    },
  });
  const year = bureauTodayDay().year();
  return (
    <FormModal
      title={plan ? '修改体检计划' : '新建年度计划'}
      form={form}
      saving={save.isPending}
      submitTestId="plan-save"
      width={plan ? 900 : 560}
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={
          plan
            ? {
                year: plan.year,
                name: plan.name,
                period: [dayjs(plan.startOn), dayjs(plan.endOn)],
                eligibilityMonth: dayjs(`${plan.eligibilityMonth}-01`),
                items: plan.items,
              }
            : { year, name: `${year}年度市直职工健康体检` }
        }
        onFinish={(v) =>
          save.mutate(v, {
            onSuccess: (saved) => {
              if (!plan) void navigate(`/health-checks/plans/${(saved as PlanDetail).id}`);
            },
          })
        }
      >
        <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
          <InputNumber min={2000} max={2100} precision={0} />
        </Form.Item>
        <Form.Item
          name="name"
          label="计划名称"
          rules={[{ required: true, min: 2, message: '请填写计划名称' }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="period" label="体检期间" rules={[{ required: true, message: '请选择体检期间' }]}>
          <DatePicker.RangePicker />
        </Form.Item>
        <Form.Item
          name="eligibilityMonth"
          label="参保缴费月份"
          extra="该月已缴基本医疗保险的职工列入参检名单"
          rules={[{ required: true, message: '请选择参保缴费月份' }]}
        >
          <DatePicker picker="month" />
        </Form.Item>
        {plan ? (
          <>
            <Typography.Title level={5}>体检项目及费用</Typography.Title>
            <PackageItems />
          </>
        ) : (
          <Typography.Paragraph type="secondary">
            体检项目默认采用标准体检项目及费用，计划编制中可修改。
          </Typography.Paragraph>
        )}
      </Form>
    </FormModal>
  );
}
