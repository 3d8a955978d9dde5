import { Alert, Checkbox, Descriptions, Form, Input, Typography } from 'antd';
import { fenToYuan, formatFen, typedYuanProblem } from '../../../app/format/money';
import { outcomeTags } from '../../policies/policy-labels';
import { missingRequired, type Ticks } from '../case-ticks';
import type { CaseDetail } from '../case-types';
import { usePolicyOf } from './case-evaluation-card';

interface FormProps {
  detail: CaseDetail;
  ticks: Ticks;
}

export function NoteField({ label, testId }: { label: string; testId: string }) {
  return (
    <Form.Item name="note" label={label}>
      <Input.TextArea rows={2} maxLength={500} data-testid={testId} />
    </Form.Item>
  );
}

/** 受理 / 提交: the checklist as it will be saved; missing required items block acceptance. */
export function MaterialsSummary({ detail, ticks, blocking }: FormProps & { blocking: boolean }) {
  const missing = missingRequired(detail.materials, ticks);
  if (!missing.length)
    return <Alert type="success" showIcon style={{ marginBottom: 16 }} title="必备材料齐全" />;
  return (
    <Alert
      type={blocking ? 'error' : 'warning'}
      showIcon
      style={{ marginBottom: 16 }}
      title={`缺少必备材料：${missing.map((m) => m.label).join('、')}`}
      description={blocking ? '材料不齐全不能受理，请在材料清单中勾选已收到的材料，或退回补正。' : undefined}
    />
  );
}

/** 退回补正: every missing required item at once (with what is wrong), extra items and a note. */
export function ReturnForm({ detail, ticks }: FormProps) {
  const missing = missingRequired(detail.materials, ticks);
  return (
    <>
      <Typography.Paragraph>
        一次性补正材料告知书将列明以下全部缺少的材料{missing.length ? '' : '（当前没有缺少的必备材料）'}：
      </Typography.Paragraph>
      {missing.map((m) => (
        <Form.Item
          key={m.code}
          name={['missingNotes', m.code]}
          label={m.label}
          initialValue={ticks[m.code]?.note ?? ''}
        >
          <Input
            maxLength={200}
            placeholder="补正要求（选填），如：须提供原件"
            data-testid={`return-note-${m.code}`}
          />
        </Form.Item>
      ))}
      <Form.Item name="extraText" label="其他需补正的事项（每行一项）">
        <Input.TextArea rows={3} maxLength={2000} data-testid="return-extra-items" />
      </Form.Item>
      <NoteField label="告知说明" testId="return-note" />
    </>
  );
}

/** Human checks to confirm (人工核查), from the frozen result or, before the first review, the policy. */
export function ChecksFields({ detail }: { detail: CaseDetail }) {
  const policy = usePolicyOf(detail.policyId);
  const checks = detail.frozenEvaluation?.checks ?? policy.data?.checks ?? [];
  if (!checks.length) return null;
  return (
    <div style={{ marginBottom: 8 }} data-testid="review-checks">
      <Typography.Text strong>人工核查</Typography.Text>
      <Typography.Text type="secondary">
        （勾选已核实的项目；未勾选的保持待审核，批准前须全部确认）
      </Typography.Text>
      {checks.map((c) => (
        <div key={c.id} style={{ marginTop: 8 }}>
          <Form.Item
            name={['checks', c.id, 'confirmed']}
            valuePropName="checked"
            initialValue={detail.humanChecks[c.id]?.confirmed ?? false}
            noStyle
          >
            <Checkbox data-testid={`review-check-${c.id}`}>{c.label}</Checkbox>
          </Form.Item>
          <Form.Item
            name={['checks', c.id, 'note']}
            initialValue={detail.humanChecks[c.id]?.note ?? ''}
            noStyle
          >
            <Input
              size="small"
              maxLength={200}
              placeholder="核查说明（选填）"
              style={{ marginTop: 4, marginLeft: 24, width: 'calc(100% - 24px)' }}
              aria-label={`${c.label} 核查说明`}
            />
          </Form.Item>
        </div>
      ))}
    </div>
  );
}

export function ReviewForm({ detail }: FormProps) {
  return (
    <>
      <Typography.Paragraph type="secondary">
        按今日（决定日）的登记信息和申请填报信息运行政策规则，冻结事实与结果。请逐项核对纸质材料并勾选已确认的核查项。
      </Typography.Paragraph>
      <ChecksFields detail={detail} />
      <NoteField label="审核意见" testId="review-note" />
    </>
  );
}

export function ReEvaluateForm({ detail }: FormProps) {
  return (
    <>
      <Typography.Paragraph type="secondary">
        按今日的登记信息重新运行规则；原因记入办理记录和审计日志。
      </Typography.Paragraph>
      <ChecksFields detail={detail} />
      <Form.Item
        name="reason"
        label="重新核验原因"
        rules={[{ required: true, whitespace: true, message: '请填写重新核验的原因' }]}
      >
        <Input.TextArea rows={2} maxLength={500} data-testid="re-evaluate-reason" />
      </Form.Item>
    </>
  );
}

/** The server's minimum (cases/case-decision.rules.ts): a few words are no reason to change money. */
const OVERRIDE_REASON_MIN = 10;

export function OverrideForm({ detail }: FormProps) {
  return (
    <>
      <Typography.Paragraph>规则核定金额：{formatFen(detail.proposedAmountFen)}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        下调金额经批准即生效；高于规则核定金额的，须由调整人以外的另一人批准，且不得超过本事项设定的上调上限。
      </Typography.Paragraph>
      <Form.Item
        name="amountYuan"
        label="核定金额（元）"
        initialValue={detail.overrideAmountFen !== null ? fenToYuan(detail.overrideAmountFen) : undefined}
        rules={[
          { required: true, message: '请填写金额' },
          {
            validator: (_, v: string | undefined) => {
              const problem = v ? typedYuanProblem(v) : null;
              return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
            },
          },
        ]}
      >
        <Input inputMode="decimal" placeholder="如 1300.00" suffix="元" data-testid="override-amount" />
      </Form.Item>
      <Form.Item
        name="reason"
        label="调整理由"
        rules={[
          {
            validator: (_, v: string | undefined) =>
              (v?.trim().length ?? 0) >= OVERRIDE_REASON_MIN
                ? Promise.resolve()
                : Promise.reject(new Error(`调整核定金额须写明理由（至少 ${OVERRIDE_REASON_MIN} 个字）`)),
          },
        ]}
      >
        <Input.TextArea rows={2} maxLength={500} data-testid="override-reason" />
      </Form.Item>
    </>
  );
}

export function ApproveForm({ detail }: FormProps) {
  const result = detail.frozenEvaluation;
  const pending = result?.checks.filter((c) => c.status === 'pending') ?? [];
  return (
    <>
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label="核验结论">
          {result ? outcomeTags[result.outcome].label : '未审核'}
        </Descriptions.Item>
        <Descriptions.Item label="批准金额">
          {formatFen(detail.overrideAmountFen ?? detail.proposedAmountFen)}
        </Descriptions.Item>
      </Descriptions>
      {pending.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`尚有人工核查项未确认：${pending.map((c) => c.label).join('、')}，请先重新核验并确认`}
        />
      ) : null}
      <NoteField label="审批意见" testId="approve-note" />
    </>
  );
}

export function RejectForm() {
  return (
    <Form.Item
      name="reasonsText"
      label="不予批准理由（每行一条）"
      rules={[{ required: true, whitespace: true, message: '不予批准须写明理由' }]}
    >
      <Input.TextArea rows={4} maxLength={5000} data-testid="reject-reasons" />
    </Form.Item>
  );
}
