import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, InputNumber, Spin, Switch } from 'antd';
import { applyFieldErrors } from '../../../app/ui/form-errors';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorResult } from '../../../app/ui/query-error-result';
import { fetchSettings, type SecuritySettings, saveSettings, settingsKey } from '../security-api';

function SettingsForm({ settings }: { settings: SecuritySettings }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<SecuritySettings>();
  const save = useMutation({
    mutationFn: saveSettings,
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsKey, saved);
      message.success('安全设置已保存');
    },
    onError: (error) => applyFieldErrors(form, error),
  });

  const number = (name: keyof SecuritySettings, label: string, min: number, max: number, unit?: string) => (
    <Form.Item
      name={name}
      label={label}
      rules={[
        { required: true, message: `请输入${label}` },
        { type: 'number', min, max, message: `${label}应在 ${min} 至 ${max} 之间` },
      ]}
    >
      <InputNumber
        min={min}
        max={max}
        precision={0}
        suffix={unit}
        style={{ width: 200 }}
        data-testid={`setting-${name}`}
      />
    </Form.Item>
  );

  return (
    <Form<SecuritySettings>
      form={form}
      layout="vertical"
      initialValues={settings}
      // The switch cannot be turned off: the server takes `true` only (等保三级).
      onFinish={(values) => save.mutate({ ...values, adminMfaRequired: true })}
      style={{ maxWidth: 480 }}
    >
      {number('passwordMinLength', '密码最小长度', 8, 64, '位')}
      {number('passwordMinClasses', '密码最少字符类别数', 3, 4, '类')}
      {number('lockoutThreshold', '连续失败锁定次数', 3, 10, '次')}
      {number('lockoutMinutes', '锁定时长', 5, 1440, '分钟')}
      {number('idleTimeoutMinutes', '会话空闲超时', 5, 120, '分钟')}
      {number('sessionMaxHours', '会话最长有效期（无论是否活动）', 1, 24, '小时')}
      {number('addressFailureLimit', '同一网络地址在锁定时长内的登录失败上限', 10, 200, '次')}
      <Form.Item
        name="adminMfaRequired"
        label="管理员必须启用双因素认证"
        valuePropName="checked"
        extra="等保三级要求，不能关闭"
      >
        <Switch checkedChildren="是" unCheckedChildren="否" disabled />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="settings-save">
        保存
      </Button>
    </Form>
  );
}

function SettingsContent() {
  const settings = useQuery({ queryKey: settingsKey, queryFn: fetchSettings });
  return (
    <Card title="安全设置">
      {settings.isPending ? (
        <Spin />
      ) : settings.isError ? (
        <QueryErrorResult error={settings.error} onRetry={() => settings.refetch()} />
      ) : (
        <SettingsForm settings={settings.data} />
      )}
    </Card>
  );
}

export function SecuritySettingsPage() {
  return (
    <PermissionGate permission="security:manage">
      <SettingsContent />
    </PermissionGate>
  );
}
