import { MantineProvider } from "@mantine/core";
import { ModalsProvider } from "@mantine/modals";
import { Notifications } from "@mantine/notifications";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useEffect } from "react";
import { RouterProvider } from "react-router";
import { ApiError, setUnauthorizedHandler } from "./lib/api.ts";
import { ME_KEY } from "./lib/auth.ts";
import { router } from "./router.tsx";
import { theme } from "./theme.ts";

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refused request (403, 404, 401) will not succeed on a retry.
      retry: (count, e) => count < 2 && !(e instanceof ApiError && e.status >= 400 && e.status < 500),
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
  },
});

export function App() {
  useEffect(() => {
    // A session that ended (idle timeout, signed out elsewhere): back to the sign-in page.
    setUnauthorizedHandler(() => {
      queryClient.setQueryData(ME_KEY, null);
      const here = window.location.pathname + window.location.search;
      if (!window.location.pathname.startsWith("/dang-nhap")) {
        void router.navigate(`/dang-nhap?next=${encodeURIComponent(here)}`, { replace: true });
      }
    });
    return () => setUnauthorizedHandler(null);
  }, []);

  return (
    <QueryClientProvider client={queryClient}>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <ModalsProvider>
          <Notifications position="top-right" />
          <RouterProvider router={router} />
        </ModalsProvider>
      </MantineProvider>
    </QueryClientProvider>
  );
}
