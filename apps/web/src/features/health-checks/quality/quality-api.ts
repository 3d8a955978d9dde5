import { type Answer, type Body, dataOf, typedApi } from '../../../app/api/typed-client';

const base = '/api/health-checks/quality';
export type QualityChoices = Answer<'/api/health-checks/quality/choices', 'get'>;
export type QualityOverview = Answer<typeof base, 'get'>;
export type QualitySample = QualityOverview['samples'][number];
export type QualitySurvey = QualityOverview['surveys'][number];
export type QualityRate = QualityOverview['rates'][number];
export type SampleBody = Body<'/api/health-checks/quality/samples', 'post'>;
export type SurveyBody = Body<'/api/health-checks/quality/surveys', 'post'>;

export const qualityKey = ['health-checks', 'quality'] as const;

/** The plans and hospitals the user may pick (shared by the quality and settlement pages). */
export const fetchChoices = () => dataOf(typedApi.GET('/api/health-checks/quality/choices'));

export const fetchQuality = (hospitalId: string, planId: string) =>
  dataOf(typedApi.GET(base, { params: { query: { hospitalId, planId } } }));

export const fetchSampleable = (hospitalId: string, planId: string, q: string) =>
  dataOf(
    typedApi.GET('/api/health-checks/quality/examinations', {
      params: { query: { hospitalId, planId, ...(q ? { q } : {}) } },
    }),
  );

export const addSample = (body: SampleBody) =>
  dataOf(typedApi.POST('/api/health-checks/quality/samples', { body }));
export const addSurvey = (body: SurveyBody) =>
  dataOf(typedApi.POST('/api/health-checks/quality/surveys', { body }));
