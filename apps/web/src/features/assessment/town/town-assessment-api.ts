import { useQuery } from '@tanstack/react-query';
import { type Answer, type Body, dataOf, typedApi } from '../../../app/api/typed-client';

export type PlanList = Answer<'/api/town-assessment/plans', 'get'>;
export type PlanView = Answer<'/api/town-assessment/plans/{id}', 'get'>;
export type PlanIndicator = PlanView['indicators'][number];
export type PlanHistory = Answer<'/api/town-assessment/plans/{id}/history', 'get'>;
export type SubmissionList = Answer<'/api/town-assessment/submissions', 'get'>;
export type SubmissionItem = SubmissionList['items'][number];
export type SubmissionView = Answer<'/api/town-assessment/submissions/{id}', 'get'>;
export type SubmissionFigure = SubmissionView['figures'][number];
export type Ranking = Answer<'/api/town-assessment/plans/{id}/ranking', 'get'>;
export type AssessmentDocument = Answer<'/api/town-assessment/documents/{id}', 'get'>;
export type DocumentList = Answer<'/api/town-assessment/documents', 'get'>;
export type Period = Ranking['period'];
export type SubmissionStatus = SubmissionItem['status'];

type SubmissionBody = Body<'/api/town-assessment/submissions', 'post'>;
export type FigureBody = SubmissionBody['figures'][number];
type ReviewBody = Body<'/api/town-assessment/submissions/{id}/review', 'post'>;

export const townAssessmentKey = ['town-assessment'] as const;

export const usePlans = (year: number) =>
  useQuery({
    queryKey: [...townAssessmentKey, 'plans', year],
    queryFn: () => dataOf(typedApi.GET('/api/town-assessment/plans', { params: { query: { year } } })),
  });

export const usePlan = (id: string | undefined) =>
  useQuery({
    queryKey: [...townAssessmentKey, 'plan', id],
    queryFn: () => dataOf(typedApi.GET('/api/town-assessment/plans/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });

export const usePlanHistory = (id: string) =>
  useQuery({
    queryKey: [...townAssessmentKey, 'plan-history', id],
    queryFn: () =>
      dataOf(typedApi.GET('/api/town-assessment/plans/{id}/history', { params: { path: { id } } })),
  });

export const createPlan = (body: Body<'/api/town-assessment/plans', 'post'>) =>
  dataOf(typedApi.POST('/api/town-assessment/plans', { body }));

export const revisePlan = (id: string, body: Body<'/api/town-assessment/plans/{id}', 'put'>) =>
  dataOf(typedApi.PUT('/api/town-assessment/plans/{id}', { params: { path: { id } }, body }));

export const useSubmissions = (year: number) =>
  useQuery({
    queryKey: [...townAssessmentKey, 'submissions', year],
    queryFn: () => dataOf(typedApi.GET('/api/town-assessment/submissions', { params: { query: { year } } })),
  });

export const useSubmission = (id: string) =>
  useQuery({
    queryKey: [...townAssessmentKey, 'submission', id],
    queryFn: () =>
      dataOf(typedApi.GET('/api/town-assessment/submissions/{id}', { params: { path: { id } } })),
  });

export const createSubmission = (body: SubmissionBody) =>
  dataOf(typedApi.POST('/api/town-assessment/submissions', { body }));

export const saveFigures = (id: string, figures: FigureBody[]) =>
  dataOf(
    typedApi.PUT('/api/town-assessment/submissions/{id}/figures', {
      params: { path: { id } },
      body: { figures },
    }),
  );

export const submitSubmission = (id: string) =>
  dataOf(typedApi.POST('/api/town-assessment/submissions/{id}/submit', { params: { path: { id } } }));

export const withdrawSubmission = (id: string) =>
  dataOf(typedApi.POST('/api/town-assessment/submissions/{id}/withdraw', { params: { path: { id } } }));

export const reviewSubmission = (id: string, decisions: ReviewBody['decisions']) =>
  dataOf(
    typedApi.POST('/api/town-assessment/submissions/{id}/review', {
      params: { path: { id } },
      body: { decisions },
    }),
  );

export const useRanking = (planId: string, period: Period) =>
  useQuery({
    queryKey: [...townAssessmentKey, 'ranking', planId, period],
    queryFn: () =>
      dataOf(
        typedApi.GET('/api/town-assessment/plans/{id}/ranking', {
          params: { path: { id: planId }, query: { period } },
        }),
      ),
  });

export const generateDocument = (planId: string, period: Period, datedOn: string) =>
  dataOf(
    typedApi.POST('/api/town-assessment/plans/{id}/documents', {
      params: { path: { id: planId } },
      body: { period, datedOn },
    }),
  );

export const publishDocument = (id: string) =>
  dataOf(typedApi.POST('/api/town-assessment/documents/{id}/publish', { params: { path: { id } } }));

export const useDocuments = (year: number) =>
  useQuery({
    queryKey: [...townAssessmentKey, 'documents', year],
    queryFn: () => dataOf(typedApi.GET('/api/town-assessment/documents', { params: { query: { year } } })),
  });

export const useDocument = (id: string) =>
  useQuery({
    queryKey: [...townAssessmentKey, 'document', id],
    queryFn: () => dataOf(typedApi.GET('/api/town-assessment/documents/{id}', { params: { path: { id } } })),
  });
