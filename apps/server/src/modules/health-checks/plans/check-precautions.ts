/**
 * 体检禁忌及注意事项 handed to every examinee with the notice (第十条: 向体检职工发放体检禁忌及注意事项
 * 等宣传材料). General guidance of health-check centres, not policy text; the last two lines restate
 * 第二十条 (a declined item is signed for) and 第十条 (ambulance and bedside checks on request).
 */
export const checkPrecautions: readonly string[] = [
  '体检前一日晚餐宜清淡，晚8时后禁食，体检当日早晨空腹（可少量饮水），以便抽血和腹部B超检查。',
  '体检前3日内避免饮酒、剧烈运动和高脂饮食。',
  '请携带本人居民身份证，医院核验身份后方可体检，不得由他人代检。',
  '孕妇及可能怀孕者请事先告知医生，不做胸部X线检查。',
  '女性月经期间不宜做尿常规检查，可待经期结束后补检。',
  '患高血压、糖尿病等慢性病者请照常服药（降糖药待抽血后服用），并携带病历。',
  '请穿着宽松衣物，勿佩戴金属饰物。',
  '自愿放弃某项检查的，须在体检表相应位置签字确认。',
  '因疾病无法自行到院的，可由单位或本人向体检医院申请派救护车接送；无法移动的，可申请到床体检。',
];
