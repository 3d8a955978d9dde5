import { DomainError } from '../../platform/errors.ts';
import type { IndicatorPort } from './indicator-port.ts';

/** Until the statistics indicator service is merged: reports cannot be counted yet. */
export const pendingIndicators: IndicatorPort = {
  indicatorValue: async () => {
    throw new DomainError('CONFLICT', '统计指标服务尚未接入，暂不能生成报表');
  },
};
