import type { RouteObject } from 'react-router-dom';

/** 职工健康体检 (000 第四篇): the hospitals pages. */
export const healthCheckHospitalsRoutes: RouteObject[] = [];
