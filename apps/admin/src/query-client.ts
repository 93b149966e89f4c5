import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { RequestError, UnauthenticatedError } from './graphql/client';

/**
 * The console's query client: no retries for what retrying cannot fix
 * (a missing session, a refused request), and one place that sends an
 * expired session to the sign-in page.
 */
export function createQueryClient(onUnauthenticated: () => void): QueryClient {
  const handle = (error: unknown) => {
    if (error instanceof UnauthenticatedError) onUnauthenticated();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: handle }),
    mutationCache: new MutationCache({ onError: handle }),
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        retry: (failures, error) =>
          !(error instanceof UnauthenticatedError) && !(error instanceof RequestError && error.status < 500) && failures < 2,
      },
    },
  });
}
