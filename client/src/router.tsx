import { createBrowserRouter, Navigate } from "react-router";
import { RequireSession } from "./features/auth/RequireSession";
import { PageLoading, RouteError } from "./components/RouteStates";

// Every page is its own chunk, loaded on first visit (the login page never loads the leads grid).
export const router = createBrowserRouter([
  {
    HydrateFallback: PageLoading,
    ErrorBoundary: RouteError,
    children: [
      {
        path: "/login",
        lazy: { Component: async () => (await import("./features/auth/LoginPage")).LoginPage },
      },
      {
        Component: RequireSession,
        children: [
          {
            lazy: { Component: async () => (await import("./features/shell/AppShell")).AppShell },
            children: [
              { index: true, element: <Navigate to="/leads" replace /> },
              {
                path: "/leads",
                lazy: { Component: async () => (await import("./features/leads/LeadsPage")).LeadsPage },
              },
              {
                path: "/leads/:leadId",
                lazy: { Component: async () => (await import("./features/lead-detail/LeadPage")).LeadPage },
              },
              {
                path: "/queue",
                lazy: { Component: async () => (await import("./features/routing/MyQueuePage")).MyQueuePage },
              },
              {
                path: "/workload",
                lazy: {
                  Component: async () => (await import("./features/routing/WorkloadPage")).WorkloadPage,
                },
              },
              {
                path: "/routing",
                lazy: {
                  Component: async () =>
                    (await import("./features/routing/RoutingAdminPage")).RoutingAdminPage,
                },
              },
              {
                path: "/pipeline",
                lazy: {
                  Component: async () => (await import("./features/pipeline/PipelinePage")).PipelinePage,
                },
              },
              {
                path: "/pipeline/insights",
                lazy: {
                  Component: async () =>
                    (await import("./features/pipeline/PipelineInsightsPage")).PipelineInsightsPage,
                },
              },
              {
                path: "/tasks",
                lazy: { Component: async () => (await import("./features/tasks/MyTasksPage")).MyTasksPage },
              },
              {
                path: "/duplicates",
                lazy: {
                  Component: async () => (await import("./features/dedup/DuplicatesPage")).DuplicatesPage,
                },
              },
              {
                path: "/capture",
                lazy: {
                  Component: async () => (await import("./features/capture/CaptureLogPage")).CaptureLogPage,
                },
              },
              {
                path: "/imports",
                lazy: { Component: async () => (await import("./features/imports/ImportsPage")).ImportsPage },
              },
              {
                path: "/forms",
                lazy: { Component: async () => (await import("./features/capture/FormsPage")).FormsPage },
              },
              {
                path: "/integrations",
                lazy: {
                  Component: async () =>
                    (await import("./features/integrations/IntegrationsPage")).IntegrationsPage,
                },
              },
              {
                path: "/scoring",
                lazy: { Component: async () => (await import("./features/scoring/ScoringPage")).ScoringPage },
              },
            ],
          },
        ],
      },
      { path: "*", element: <Navigate to="/leads" replace /> },
    ],
  },
]);
