let expired = false;

/** Remembers that the session ended by expiry or forced logout, for the login page to explain. */
export function markSessionExpired(): void {
  expired = true;
}

export function isSessionExpired(): boolean {
  return expired;
}

export function clearSessionExpired(): void {
  expired = false;
}
