import type { PackageItem } from './plans.schema.ts';

/**
 * The package a new plan starts with: the items 第五条's equipment serves (彩色B超、心电图、X光、
 * 生化分析、尿分析) and the physical examination by 内科、外科 (第二条), with the fee per item the 医保处
 * agrees with the hospitals. The fees are the bureau's contract prices, not policy text: the plan's
 * author edits them per year.
 */
export const standardPackage: readonly PackageItem[] = [
  { code: 'general', name: '一般检查（身高、体重、血压）', fee: '10.00', referenceRange: '', unit: '' },
  { code: 'internal', name: '内科检查', fee: '10.00', referenceRange: '', unit: '' },
  { code: 'surgical', name: '外科检查', fee: '10.00', referenceRange: '', unit: '' },
  { code: 'blood_routine', name: '血常规', fee: '20.00', referenceRange: '白细胞 3.5–9.5', unit: '×10⁹/L' },
  { code: 'urine_routine', name: '尿常规', fee: '10.00', referenceRange: '阴性', unit: '' },
  { code: 'liver_function', name: '肝功能（ALT）', fee: '45.00', referenceRange: '9–50', unit: 'U/L' },
  { code: 'kidney_function', name: '肾功能（肌酐）', fee: '30.00', referenceRange: '57–111', unit: 'μmol/L' },
  { code: 'blood_glucose', name: '空腹血糖', fee: '10.00', referenceRange: '3.9–6.1', unit: 'mmol/L' },
  { code: 'blood_lipids', name: '血脂（总胆固醇）', fee: '40.00', referenceRange: '<5.2', unit: 'mmol/L' },
  { code: 'ecg', name: '心电图', fee: '25.00', referenceRange: '', unit: '' },
  { code: 'chest_xray', name: '胸部X线（DR）', fee: '45.00', referenceRange: '', unit: '' },
  {
    code: 'ultrasound_abdomen',
    name: '腹部彩色B超（不少于5分钟）',
    fee: '80.00',
    referenceRange: '',
    unit: '',
  },
];
