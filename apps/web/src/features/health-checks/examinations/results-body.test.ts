import { describe, expect, it } from 'vitest';
import { bodyOf, initialValues } from './results-body';

const pkg = [
  { code: 'general', name: '一般检查', referenceRange: '', unit: '' },
  { code: 'blood_glucose', name: '空腹血糖', referenceRange: '3.9–6.1', unit: 'mmol/L' },
  { code: 'chest_xray', name: '胸部X线', referenceRange: '', unit: '' },
  { code: 'ecg', name: '心电图', referenceRange: '', unit: '' },
];

describe('the examination form as the server takes it', () => {
  it('sends a declined item with its signature, a performed one with its value, and leaves blank ones out', () => {
    const body = bodyOf(
      pkg,
      {
        items: {
          general: { value: ' 血压 150/95 ', abnormal: true },
          blood_glucose: { value: '5.0', declined: true, signed: true },
          chest_xray: { declined: true },
          ecg: { value: '   ' },
        },
        conclusion: '血压偏高',
      },
      3,
    );
    expect(body).toEqual({
      version: 3,
      items: [
        { code: 'general', outcome: 'performed', value: '血压 150/95', abnormal: true },
        { code: 'blood_glucose', outcome: 'declined', signed: true },
        { code: 'chest_xray', outcome: 'declined', signed: false },
      ],
      conclusion: '血压偏高',
      advice: '',
      findings: [],
    });
  });

  it('fills the form back from a saved draft', () => {
    const values = initialValues({
      id: 'x',
      status: 'entered',
      statusLabel: '结果录入中',
      examinedOn: '2026-10-20',
      identityVerifiedAt: '2026-10-20T02:00:00.000Z',
      version: 2,
      draft: {
        items: [
          { code: 'general', outcome: 'performed', value: '正常', abnormal: false },
          { code: 'chest_xray', outcome: 'declined', signed: false },
        ],
        conclusion: '未见异常',
        advice: '定期体检',
        findings: [],
      },
    });
    expect(values.items).toEqual({
      general: { value: '正常', abnormal: false },
      chest_xray: { declined: true, signed: false },
    });
    expect(bodyOf(pkg, values, 2).items).toHaveLength(2);
  });
});
