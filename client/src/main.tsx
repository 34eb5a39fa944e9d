import { ApolloProvider } from "@apollo/client/react";
import CssBaseline from "@mui/material/CssBaseline";
import { ThemeProvider } from "@mui/material/styles";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router/dom";
import { createApolloClient } from "./api/client";
import { router } from "./router";
import { theme } from "./theme";

const client = createApolloClient();
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <ApolloProvider client={client}>
        {/* Without transitions: a URL change (filter, sort) rendered in a transition that Apollo's
            own updates keep interrupting made useQuery alternate between old and new variables,
            fetching both in an endless loop. */}
        <RouterProvider router={router} useTransitions={false} />
      </ApolloProvider>
    </ThemeProvider>
  </StrictMode>,
);
