import { Button, Form, Select, Space } from 'antd';
import { useState } from 'react';

export interface LinkableAccount {
  id: string;
  username: string;
  displayName: string;
  /** the name of the unit the account already works for, or null */
  linkedTo: string | null;
}

/**
 * Picks a sign-in account of a unit's role (经办银行, 定点体检医院) and links it to the unit: the
 * accounts already working for another unit are named below the picker, not offered — a list of
 * only disabled options leaves screen readers an active option that does not exist.
 */
export function AccountLinkForm(props: {
  /** prefix of the element id and the test ids (`<prefix>-select`, `-taken`, `-link`) */
  prefix: string;
  /** the role's name, e.g. 经办银行 */
  role: string;
  /** the kind of unit, e.g. 银行 */
  unit: string;
  /** this unit's own name: its accounts are neither offered nor named as taken */
  own?: string;
  label: string;
  buttonLabel: string;
  accounts: readonly LinkableAccount[] | undefined;
  loading: boolean;
  linking: boolean;
  onLink: (userId: string) => Promise<unknown>;
}) {
  const [userId, setUserId] = useState<string>();
  const all = props.accounts ?? [];
  const options = all
    .filter((a) => a.linkedTo === null)
    .map((a) => ({ value: a.id, label: `${a.username}（${a.displayName}）` }));
  const taken = all.filter((a) => a.linkedTo !== null && a.linkedTo !== props.own);
  const none = props.accounts !== undefined && options.length === 0;
  const link = () => {
    if (userId)
      void props.onLink(userId).then(
        () => setUserId(undefined),
        () => undefined,
      );
  };
  return (
    <Form layout="vertical" onFinish={link}>
      <Form.Item
        label={props.label}
        htmlFor={`${props.prefix}-user`}
        extra={
          <span data-testid={`${props.prefix}-taken`}>
            须为「{props.role}」角色的账号，每个账号只能关联一家{props.unit}
            {taken.length > 0 &&
              `；已关联其他${props.unit}：${taken.map((a) => `${a.username}（${a.linkedTo}）`).join('、')}`}
          </span>
        }
      >
        <Space.Compact style={{ width: '100%' }}>
          <Select
            id={`${props.prefix}-user`}
            value={userId}
            onChange={setUserId}
            showSearch
            optionFilterProp="label"
            loading={props.loading}
            options={options}
            disabled={none}
            notFoundContent={`本辖区暂无${props.role}角色的账号`}
            placeholder={none ? '暂无未关联的账号' : '选择账号'}
            data-testid={`${props.prefix}-select`}
          />
          <Button
            type="primary"
            htmlType="submit"
            disabled={!userId}
            loading={props.linking}
            data-testid={`${props.prefix}-link`}
          >
            {props.buttonLabel}
          </Button>
        </Space.Compact>
      </Form.Item>
    </Form>
  );
}
