import { describeRoleMatrix, type RoleUser } from '../../../test/role-matrix.ts';
import { createTestApp } from '../../../test/test-app.ts';

const t = await createTestApp();
// every holder of screening:read gets the list (its own scope of it: leads.test.ts checks which);
// another street's lead is 404 there, not 403
const readers: RoleUser[] = ['reviewer', 'officer1', 'officer2', 'worker1'];

describeRoleMatrix(t, [
  { endpoint: 'GET /api/screening/leads', allowed: readers, call: (c) => c.get('/api/screening/leads') },
]);
