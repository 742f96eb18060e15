import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { unauthorizedAnswer } from './problem.js';
import { signOutOfPlatform, storageKeys, writeStored } from './stored.js';

/**
 * While a page uses the platform token (LenserFight, Hybrid Thinking): when a read answers 401 (the token expired,
 * an hour after it was minted, or was never good), the token is dropped and the sign-in form comes back saying
 * why. Without this the page stayed "signed in", every read failing, until the user found Sign out.
 */
export function useSignOutWhenRefused(token: string | undefined): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!token) return;
    return queryClient.getQueryCache().subscribe((event) => {
      const error = unauthorizedAnswer(event);
      if (!error) return;
      signOutOfPlatform();
      writeStored(storageKeys.platformRefused, `The API refused the token (${error.message}); sign in again.`);
    });
  }, [queryClient, token]);
}
