/** What the entrepreneurship builders share: the organisation a record belongs to, and numbering. */
export type Org = { id: number; path: string };

export const at = (org: Org) => ({ orgId: org.id, orgPath: org.path });

let seq = 0;
/** A number no other record built in this test file has drawn (for unique record numbers and codes). */
export const nextSeq = () => {
  seq += 1;
  return seq;
};
