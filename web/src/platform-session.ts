import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { focusPage } from './navigation.js';
import { unauthorizedAnswer } from './problem.js';
import { signOutOfPlatform, storageKeys, writeStored } from './stored.js';

/**
 * While a page uses the platform token (LenserFight, Hybrid Thinking): when a read or an action answers 401 (the
 * token expired, an hour after it was minted, or was never good), the token is dropped and the sign-in form comes
 * back saying why. Without this the page stayed "signed in", every read or submit failing, until the user found
 * Sign out. Actions count too: a page whose reads are done (a lens list loaded an hour ago) sends only those.
 */
export function useSignOutWhenRefused(token: string | undefined): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!token) return;
    const refused = (event: Parameters<typeof unauthorizedAnswer>[0]) => {
      const error = unauthorizedAnswer(event);
      if (!error) return;
      signOutOfPlatform();
      writeStored(storageKeys.platformRefused, `The API refused the token (${error.message}); sign in again.`);
    };
    const reads = queryClient.getQueryCache().subscribe(refused);
    const actions = queryClient.getMutationCache().subscribe(refused);
    return () => {
      reads();
      actions();
    };
  }, [queryClient, token]);
}

/**
 * The Sign out button: the page gives way to the sign-in form, which drops the focus the button had to the
 * document's start; it goes to the page's heading instead, so the next Tab reaches the form, not the navigation.
 */
export function signOut(): void {
  signOutOfPlatform();
  focusPage();
}
