/** Assessment (考核) actions: town employment assessment and recruitment-service assessment. */
export const assessmentActions: Record<string, string> = {
  // 乡镇就业和社会保障工作考核
  'town_assessment.plan_create': '制定乡镇考核方案',
  'town_assessment.plan_revise': '修订乡镇考核方案',
  'town_assessment.submission_create': '新建乡镇考核季报',
  'town_assessment.submission_save': '保存乡镇考核季报',
  'town_assessment.submission_submit': '上报乡镇考核季报',
  'town_assessment.submission_withdraw': '撤回乡镇考核季报',
  'town_assessment.submission_review': '审核乡镇考核季报',
  'town_assessment.document_generate': '生成乡镇考核通报',
  'town_assessment.document_publish': '印发乡镇考核通报',
  // 招工服务考核
  'recruitment.unit.create': '新增招工考核单位',
  'recruitment.unit.update': '修改招工考核单位',
  'recruitment.worker.create': '登记招工台账记录',
  'recruitment.worker.submit': '提交招工台账记录',
  'recruitment.worker.verify': '招工台账记录核实通过',
  'recruitment.worker.reject': '招工台账记录核实不通过',
  'recruitment.score': '计算招工考核得分',
  'recruitment.publish': '公布招工考核结果',
};
