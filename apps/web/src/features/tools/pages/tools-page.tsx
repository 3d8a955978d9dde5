import { Space } from 'antd';
import { IdCheckTool } from '../components/id-check-tool';
import { RetirementTool } from '../components/retirement-tool';
import { WorkingDaysTool } from '../components/working-days-tool';

/** 办事工具: the calculators every officer needs at the counter. */
export function ToolsPage() {
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <WorkingDaysTool />
      <IdCheckTool />
      <RetirementTool />
    </Space>
  );
}
