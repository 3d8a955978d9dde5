import { createContext } from 'react';
import type { CurrentUser } from './auth-types';

/**
 * The signed-in user, provided by the full-stage guard. Pages read it from here rather than from the
 * session query, so signing out (which empties the query) never re-renders a page without a user:
 * the guard swaps the whole subtree for a redirect instead.
 */
export const CurrentUserContext = createContext<CurrentUser | null>(null);
