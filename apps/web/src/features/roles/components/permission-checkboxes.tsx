import { Checkbox, Col, Row, Typography } from 'antd';
import type { Permission } from '../role-types';

interface PermissionCheckboxesProps {
  permissions: Permission[];
  value?: string[];
  onChange?: (value: string[]) => void;
}

function groupBy(permissions: Permission[]): [string, Permission[]][] {
  const groups = new Map<string, Permission[]>();
  for (const p of permissions) groups.set(p.group, [...(groups.get(p.group) ?? []), p]);
  return [...groups.entries()];
}

/** Permission checkboxes grouped by their `group`, each group with a select-all box. */
export function PermissionCheckboxes({ permissions, value = [], onChange }: PermissionCheckboxesProps) {
  const selected = new Set(value);
  const setGroup = (group: Permission[], checked: boolean) => {
    const next = new Set(selected);
    for (const p of group) {
      if (checked) next.add(p.code);
      else next.delete(p.code);
    }
    onChange?.([...next]);
  };
  const toggle = (code: string, checked: boolean) =>
    onChange?.(checked ? [...value, code] : value.filter((c) => c !== code));

  return (
    <div data-testid="role-permissions">
      {groupBy(permissions).map(([group, items]) => {
        const count = items.filter((p) => selected.has(p.code)).length;
        return (
          <div key={group} style={{ marginBottom: 12 }}>
            <Checkbox
              checked={count === items.length}
              indeterminate={count > 0 && count < items.length}
              onChange={(e) => setGroup(items, e.target.checked)}
            >
              <Typography.Text strong>{group}</Typography.Text>
            </Checkbox>
            <Row style={{ paddingLeft: 24, marginTop: 4 }}>
              {items.map((p) => (
                <Col key={p.code} span={12}>
                  <Checkbox checked={selected.has(p.code)} onChange={(e) => toggle(p.code, e.target.checked)}>
                    {p.label}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      （{p.code}）
                    </Typography.Text>
                  </Checkbox>
                </Col>
              ))}
            </Row>
          </div>
        );
      })}
    </div>
  );
}
