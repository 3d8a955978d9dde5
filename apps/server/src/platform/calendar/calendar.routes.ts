import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ProvisionalDeadlinesService } from '../../modules/cases/deadlines/provisional-deadlines.service.ts';
import { dateRanges } from '../dates/date-ranges.ts';
import { isoDateIn, Version } from '../http/input-schemas.ts';
import { actorOf, requireActor, requirePermission } from '../http/session-hook.ts';
import type { CalendarService } from './calendar.service.ts';

const tags = ['工作日历'];
const CalculatorDate = isoDateIn(dateRanges.casework);
const YearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const DayEntry = z.object({ date: z.string().max(10), name: z.string().max(60) });
const YearSummary = z.object({
  year: z.number(),
  source: z.enum(['packaged', 'entered']),
  sourceDoc: z.string().nullable(),
  packaged: z.boolean(),
  enteredByName: z.string().nullable(),
  enteredAt: z.string().nullable(),
  version: z.number().nullable(),
  holidayCount: z.number(),
  workdayCount: z.number(),
});
const YearDetail = YearSummary.extend({ holidays: z.array(DayEntry), workdays: z.array(DayEntry) });
const CalendarDay = z.object({
  date: z.string(),
  working: z.boolean(),
  kind: z.enum(['workday', 'weekend', 'holiday', 'adjusted_workday']),
  name: z.string().optional(),
});
const Recounted = z.object({
  caseId: z.string(),
  number: z.string(),
  step: z.string(),
  before: z.string(),
  after: z.string(),
  provisionalYears: z.array(z.number()),
});
const ToRecheck = z.object({
  caseId: z.string(),
  number: z.string(),
  caseTypeName: z.string(),
  status: z.string(),
  version: z.number(),
  evaluatedOn: z.string().nullable(),
  years: z.array(z.number()),
  checkStatus: z.string(),
  yearsCovered: z.boolean(),
});

export const calendarRoutes =
  (calendar: CalendarService, provisional: ProvisionalDeadlinesService): FastifyPluginAsyncZod =>
  async (app) => {
    // Every fully signed-in user reads the calendar and uses the calculators; no permission to grant.
    const signedIn = {
      onRequest: async (req: FastifyRequest) => {
        requireActor(req);
      },
    };

    app.get(
      '/api/calendar/years',
      {
        ...signedIn,
        schema: {
          tags,
          summary: '工作日历覆盖的年份及来源（内置数据 / 本系统录入）',
          response: { 200: z.object({ today: z.string(), years: z.array(YearSummary) }) },
        },
      },
      async () => calendar.years(),
    );
    app.get(
      '/api/calendar/years/:year',
      {
        ...signedIn,
        schema: {
          tags,
          summary: '某年的法定节假日和调休上班日',
          params: YearParams,
          response: { 200: YearDetail },
        },
      },
      async (req) => calendar.year(req.params.year),
    );
    app.put(
      '/api/calendar/years/:year',
      {
        onRequest: requirePermission('calendar:write'),
        schema: {
          tags,
          summary: '录入或替换某年的节假日安排；按暂定日历计算的办理期限随之重算',
          params: YearParams,
          body: z.object({
            sourceDoc: z.string().trim().min(1, '请填写安排所依据的通知').max(200),
            holidays: z.array(DayEntry).max(100),
            workdays: z.array(DayEntry).max(40),
            replacePackaged: z.boolean().optional(),
            version: Version.optional(),
          }),
          response: {
            200: YearDetail.extend({ recounted: z.array(Recounted), toRecheck: z.array(ToRecheck) }),
          },
        },
      },
      async (req) => calendar.enter(actorOf(req), req.params.year, req.body),
    );
    app.get(
      '/api/calendar/provisional',
      {
        ...signedIn,
        schema: {
          tags,
          summary: '按暂定日历（仅扣除双休日）计算的办理期限和须重新核验的审核结果',
          response: {
            200: z.object({
              deadlines: z.array(
                z.object({
                  caseId: z.string(),
                  number: z.string(),
                  caseTypeName: z.string(),
                  status: z.string(),
                  step: z.string(),
                  dueOn: z.string(),
                  years: z.array(z.number()),
                }),
              ),
              evaluations: z.array(ToRecheck),
            }),
          },
        },
      },
      async (req) => provisional.list(actorOf(req)),
    );
    app.get(
      '/api/calendar/working-days',
      {
        ...signedIn,
        schema: {
          tags,
          summary: '某日之后第 N 个工作日，列出跳过的休息日、节假日和调休上班日',
          querystring: z.object({ start: CalculatorDate, days: z.coerce.number().int().min(0).max(1000) }),
          response: {
            200: z.object({
              start: z.string(),
              end: z.string(),
              workingDays: z.number(),
              notable: z.array(CalendarDay),
              provisionalYears: z.array(z.number()),
            }),
          },
        },
      },
      async (req) => calendar.addWorkingDays(req.query.start, req.query.days),
    );
    app.get(
      '/api/calendar/period-end',
      {
        ...signedIn,
        schema: {
          tags,
          summary: '期间届满日（民法典：开始当日不计入，最后一日是法定休假日的以休假日结束的次日为最后一日）',
          querystring: z.object({ start: CalculatorDate, days: z.coerce.number().int().min(1).max(3660) }),
          response: {
            200: z.object({
              start: z.string(),
              days: z.number(),
              nominalEnd: z.string(),
              end: z.string(),
              postponedOver: z.array(CalendarDay),
              provisionalYears: z.array(z.number()),
            }),
          },
        },
      },
      async (req) => calendar.periodEnd(req.query.start, req.query.days),
    );
  };
