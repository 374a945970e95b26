import "@mantine/core/styles.css";
import "./app/global.css";
import { StrictMode, Suspense, lazy } from "react";
import { createRoot } from "react-dom/client";
import { MantineProvider, Loader } from "@mantine/core";
import { ApolloProvider } from "@apollo/client/react";
import { BrowserRouter, Route, Routes } from "react-router";
import { client } from "./app/apollo";
import { cssVariablesResolver, theme } from "./app/theme";
import { SessionProvider } from "./app/session";
import { Layout } from "./app/Layout";
import { RequireRole } from "./app/RequireRole";
import { SignInPage } from "./auth/SignInPage";
import { HomePage } from "./services/HomePage";
import { NotFoundPage } from "./shared/ui/ProblemPage";

// the workspace is loaded on demand: the sign-in and public pages carry none of it
const PasswordChangePage = lazy(() => import("./auth/PasswordChangePage"));
const AccountPage = lazy(() => import("./auth/AccountPage"));
const ServiceListPage = lazy(() => import("./services/ServiceListPage"));
const ServiceCreatePage = lazy(() => import("./services/ServiceCreatePage"));
const DraftPage = lazy(() => import("./standards/editor/DraftPage"));
const SectionPage = lazy(() => import("./standards/editor/SectionPage"));
const CheckPage = lazy(() => import("./standards/editor/CheckPage"));
const ReviewQueuePage = lazy(() => import("./standards/review/ReviewQueuePage"));
const ReviewPage = lazy(() => import("./standards/review/ReviewPage"));
const AuthoritiesPage = lazy(() => import("./authorities/AuthoritiesPage"));
const UsersPage = lazy(() => import("./authorities/UsersPage"));
const CompletenessDeskPage = lazy(() => import("./completeness/CompletenessDeskPage"));
const ComparePage = lazy(() => import("./history/ComparePage"));
const AuditLogPage = lazy(() => import("./history/AuditLogPage"));

const workspace = (roles: Parameters<typeof RequireRole>[0]["roles"], page: React.ReactNode) => <RequireRole roles={roles}>{page}</RequireRole>;

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <ApolloProvider client={client}>
        <SessionProvider>
          <BrowserRouter>
            <Suspense fallback={<Loader aria-label="Загрузка" m="md" />}>
              <Routes>
                <Route element={<Layout />}>
                  <Route index element={<HomePage />} />
                  <Route path="sign-in" element={<SignInPage />} />
                  <Route path="password" element={<PasswordChangePage />} />
                  <Route path="account" element={workspace(undefined, <AccountPage />)} />
                  <Route path="services" element={workspace(["REGISTRAR", "APPROVER", "AUDITOR"], <ServiceListPage />)} />
                  <Route path="services/new" element={workspace(["REGISTRAR"], <ServiceCreatePage />)} />
                  <Route path="drafts/:versionId" element={workspace(undefined, <DraftPage />)} />
                  <Route path="drafts/:versionId/check" element={workspace(undefined, <CheckPage />)} />
                  <Route path="drafts/:versionId/:section" element={workspace(undefined, <SectionPage />)} />
                  <Route path="review" element={workspace(["APPROVER"], <ReviewQueuePage />)} />
                  <Route path="review/:versionId" element={workspace(["APPROVER"], <ReviewPage />)} />
                  <Route path="admin/authorities" element={workspace(["ADMIN"], <AuthoritiesPage />)} />
                  <Route path="admin/users" element={workspace(["ADMIN"], <UsersPage />)} />
                  <Route path="audit/completeness" element={workspace(["AUDITOR", "ADMIN"], <CompletenessDeskPage />)} />
                  <Route path="audit/compare" element={workspace(["AUDITOR", "ADMIN"], <ComparePage />)} />
                  <Route path="audit/log" element={workspace(["AUDITOR", "ADMIN"], <AuditLogPage />)} />
                  <Route path="*" element={<NotFoundPage />} />
                </Route>
              </Routes>
            </Suspense>
          </BrowserRouter>
        </SessionProvider>
      </ApolloProvider>
    </MantineProvider>
  </StrictMode>,
);
