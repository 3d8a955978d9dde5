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
  Space,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { errorMessage } from '../../../app/api-error';
import { bureauTodayDay } from '../../../app/bureau-clock';
import { EmptyState } from '../../../app/ui/empty-state';
import { exampleJson } from '../example-input';
import { evaluatePolicy } from '../policy-api';
import type { EvaluationResult, PolicyDetail } from '../policy-types';
import { EvaluationResultView } from './evaluation-result';

const monospace = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

export function WhatIfPanel({ policy }: { policy: PolicyDetail }) {
  const [on, setOn] = useState<Dayjs | null>(bureauTodayDay);
  const [inputText, setInputText] = useState(() => exampleJson(policy.inputSchema));
  const [confirmed, setConfirmed] = useState<string[]>([]);
  const [jsonError, setJsonError] = useState<string | null>(null);
  const [result, setResult] = useState<EvaluationResult | null>(null);

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

  return (
    <Row gutter={24}>
      <Col xs={24} xl={11}>
        <Form layout="vertical" onFinish={submit}>
          <Form.Item label="试算日期（申请或审核之日）" required>
            <DatePicker
              value={on}
              onChange={setOn}
              allowClear={false}
              style={{ width: 220 }}
              data-testid="whatif-on"
            />
          </Form.Item>
          <Form.Item label="申请信息（JSON）" extra="已按输入结构生成示例，请按实际情况修改各字段后试算。">
            <Input.TextArea
              value={inputText}
              onChange={(e) => setInputText(e.target.value)}
              autoSize={{ minRows: 14, maxRows: 32 }}
              spellCheck={false}
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
