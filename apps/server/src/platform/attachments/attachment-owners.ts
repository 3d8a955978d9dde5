import type { Actor } from '../access/actor.ts';

/** The organisation of an owner record, copied onto the files added to it. */
export interface OwnerOrg {
  orgId: number;
  orgPath: string;
}

/**
 * How a module's records own files: the module answers with its own scope rules, so the store
 * knows nothing about modules. `canRead` guards listing and downloading, `canWrite` adding and
 * removing (null when the actor may not change the record, e.g. out of scope or already locked).
 */
export interface AttachmentOwner {
  /** what the record is, in Chinese (for messages) */
  label: string;
  /** the kinds of evidence a record of this kind takes (code → Chinese label); none: any */
  categories?: Record<string, string>;
  canRead(actor: Actor, ownerId: string): Promise<boolean>;
  canWrite(actor: Actor, ownerId: string): Promise<OwnerOrg | null>;
}

/** The owner kinds of one app, registered by the modules when services are wired. */
export function createAttachmentOwners() {
  const owners = new Map<string, AttachmentOwner>();
  return {
    register(kind: string, owner: AttachmentOwner) {
      if (!/^[a-z][a-z0-9.-]*$/.test(kind)) throw new Error(`bad attachment owner kind ${kind}`);
      if (owners.has(kind)) throw new Error(`attachment owner kind ${kind} registered twice`);
      owners.set(kind, owner);
    },
    get: (kind: string) => owners.get(kind),
  };
}

export type AttachmentOwners = ReturnType<typeof createAttachmentOwners>;
