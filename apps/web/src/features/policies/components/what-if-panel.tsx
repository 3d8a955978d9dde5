import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Checkbox,
  Col,
  Collapse,
  DatePicker,
  Form,
  Input,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { errorMessage } from '../../../app/api-error';
import { bureauTodayDay } from '../../../app/bureau-clock';
import { EmptyState } from '../../../app/ui/empty-state';
import { exampleJson } from '../example-input';
import { evaluatePolicy } from '../policy-api';
import type { EvaluationResult, PolicyDetail, PolicyExample } from '../policy-types';
import { EvaluationResultView } from './evaluation-result';

const monospace = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

export function WhatIfPanel({ policy }: { policy: PolicyDetail }) {
  const [on, setOn] = useState<Dayjs | null>(bureauTodayDay);
  const [inputText, setInputText] = useState(() => exampleJson(policy.inputSchema));
  const [confirmed, setConfirmed] = useState<string[]>([]);
  const [jsonError, setJsonError] = useState<string | null>(null);
  const [result, setResult] = useState<EvaluationResult | null>(null);
  /** the worked example loaded, whose past claims go with its input */
  const [example, setExample] = useState<PolicyExample | null>(null);

  const run = useMutation({
    mutationFn: evaluatePolicy.bind(null, policy.id),
    meta: { silentError: true },
    onMutate: () => setResult(null),
    onSuccess: setResult,
  });

  const submit = () => {
    let input: unknown;
    try {
      input = JSON.parse(inputText);
    } catch (error) {
      setJsonError(`申请信息不是有效的 JSON：${errorMessage(error)}`);
      return;
    }
    setJsonError(null);
    if (!on) return;
    run.mutate({
      on: on.format('YYYY-MM-DD'),
      input,
      confirmedChecks: Object.fromEntries(confirmed.map((id) => [id, true])),
      ...(example?.pastClaims.length ? { pastClaims: example.pastClaims } : {}),
    });
  };

  const format = () => {
    try {
      setInputText(JSON.stringify(JSON.parse(inputText), null, 2));
      setJsonError(null);
    } catch (error) {
      setJsonError(`申请信息不是有效的 JSON：${errorMessage(error)}`);
    }
  };

  /** A worked example (one of the policy's checked test scenarios): its date, input and checks. */
  const loadExample = (index: number | undefined) => {
    const chosen = index === undefined ? null : (policy.examples[index] ?? null);
    setExample(chosen);
    if (!chosen) return;
    setOn(dayjs(chosen.on));
    setInputText(JSON.stringify(chosen.input, null, 2));
    setConfirmed(Object.keys(chosen.confirmedChecks).filter((id) => chosen.confirmedChecks[id]));
    setJsonError(null);
  };

  return (
    <Row gutter={24}>
      <Col xs={24} xl={11}>
        <Form layout="vertical" onFinish={submit}>
          {policy.examples.length ? (
            <Form.Item
              label="载入示例"
              extra="示例取自本政策的测试用例，其结论和金额均经核对；载入后可修改再试算。"
            >
              <Select<number>
                allowClear
                placeholder="选择一个示例"
                aria-label="载入示例"
                value={example ? policy.examples.indexOf(example) : undefined}
                onChange={loadExample}
                options={policy.examples.map((e, i) => ({ value: i, label: e.name }))}
                data-testid="whatif-example"
              />
            </Form.Item>
          ) : null}
          <Form.Item label="试算日期（申请或审核之日）" required>
            <DatePicker
              value={on}
              onChange={setOn}
              allowClear={false}
              style={{ width: 220 }}
              aria-label="试算日期"
              data-testid="whatif-on"
            />
          </Form.Item>
          <Form.Item
            label="申请信息（JSON）"
            extra={
              example
                ? `已载入示例「${example.name}」，可修改各字段后试算。`
                : '已按输入结构生成示例，请按实际情况修改各字段后试算。'
            }
          >
            <Input.TextArea
              value={inputText}
              onChange={(e) => setInputText(e.target.value)}
              autoSize={{ minRows: 14, maxRows: 32 }}
              spellCheck={false}
              aria-label="申请信息（JSON）"
              style={{ fontFamily: monospace, fontSize: 13 }}
              data-testid="whatif-input"
            />
          </Form.Item>
          <Space style={{ marginBottom: 16 }}>
            <Button size="small" onClick={format}>
              格式化
            </Button>
            <Button
              size="small"
              onClick={() => {
                setInputText(exampleJson(policy.inputSchema));
                setExample(null);
                setJsonError(null);
              }}
            >
              重新生成示例
            </Button>
          </Space>
          <Collapse
            size="small"
            style={{ marginBottom: 16 }}
            items={[
              {
                key: 'schema',
                label: '输入结构（JSON Schema）',
                children: (
                  <pre
                    style={{
                      margin: 0,
                      maxHeight: 320,
                      overflow: 'auto',
                      fontFamily: monospace,
                      fontSize: 12,
                    }}
                  >
                    {JSON.stringify(policy.inputSchema, null, 2)}
                  </pre>
                ),
              },
            ]}
          />
          <Form.Item label="人工审核事项（勾选表示已审核确认）">
            {policy.checks.length ? (
              <Checkbox.Group
                value={confirmed}
                onChange={(values) => setConfirmed(values as string[])}
                style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
                data-testid="whatif-checks"
              >
                {policy.checks.map((check) => (
                  <Checkbox key={check.id} value={check.id}>
                    {check.label}
                    {check.clause ? (
                      <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
                        （{check.clause}）
                      </Typography.Text>
                    ) : null}
                  </Checkbox>
                ))}
              </Checkbox.Group>
            ) : (
              <Typography.Text type="secondary">本政策无人工审核事项</Typography.Text>
            )}
          </Form.Item>
          {jsonError ? <Alert type="error" showIcon title={jsonError} style={{ marginBottom: 16 }} /> : null}
          <Button type="primary" htmlType="submit" loading={run.isPending} data-testid="whatif-submit">
            试算
          </Button>
        </Form>
      </Col>
      <Col xs={24} xl={13}>
        {run.isError ? (
          <Alert
            type="error"
            showIcon
            title="试算失败"
            description={errorMessage(run.error)}
            style={{ marginBottom: 16, whiteSpace: 'pre-wrap' }}
            data-testid="whatif-error"
          />
        ) : null}
        {result ? (
          <EvaluationResultView policy={policy} result={result} />
        ) : run.isError ? null : (
          <EmptyState
            description="填写申请信息后点击「试算」查看结论、金额和依据"
            style={{ marginTop: 48 }}
          />
        )}
      </Col>
    </Row>
  );
}
