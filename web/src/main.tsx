import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configureClient } from '../../src/client/fetcher.js';
import { apiBases } from './api-bases.js';
import { App } from './App.js';
import { readStored, storageKeys } from './stored.js';
import './app.css';

const platformToken = () => readStored(storageKeys.platformToken);
configureClient({
  apis: {
    lenserfight: { baseUrl: apiBases.lenserfight, getToken: platformToken },
    hybrid: { baseUrl: apiBases.hybrid, getToken: platformToken },
    lightning: { baseUrl: apiBases.lightning },
    hypershift: { baseUrl: apiBases.hypershift },
    orchestrator: { baseUrl: apiBases.orchestrator, getToken: () => readStored(storageKeys.orchestratorAccess) },
  },
});

// An API's error answer is final: asking again would only delay showing it.
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false }, mutations: { retry: false } },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
