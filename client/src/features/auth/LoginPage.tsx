import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useState, type FormEvent } from "react";
import { Navigate, useLocation, type Location } from "react-router";
import { describeError } from "../../api/errors";
import { useLogin } from "./useLogin";
import { useSession } from "./useSession";

/** Where the route guard sent us from, to return there after signing in. */
function returnPath(state: unknown): string {
  if (typeof state === "object" && state !== null && "from" in state) {
    const from = state.from as Location;
    return `${from.pathname}${from.search}`;
  }
  return "/leads";
}

export function LoginPage() {
  const tokens = useSession();
  const location = useLocation();
  const { login, loading, error } = useLogin();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");

  if (tokens) return <Navigate to={returnPath(location.state)} replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void login(email.trim(), password);
  };

  return (
    <Box component="main" sx={{ minHeight: "100vh", display: "grid", placeItems: "center", p: 2 }}>
      <Paper variant="outlined" sx={{ width: "100%", maxWidth: 400, p: 4 }}>
        <Stack component="form" spacing={2.5} onSubmit={submit} aria-labelledby="login-title">
          <Box>
            <Typography variant="overline" color="primary" sx={{ fontWeight: 700, letterSpacing: 2 }}>
              Leadline
            </Typography>
            <Typography id="login-title" variant="h5" component="h1">
              Sign in
            </Typography>
          </Box>
          {error && <Alert severity="error">{describeError(error)}</Alert>}
          <TextField
            label="Email"
            type="email"
            autoComplete="username"
            required
            autoFocus
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
          <TextField
            label="Password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <Button type="submit" variant="contained" size="large" loading={loading}>
            Sign in
          </Button>
          <Typography variant="body2" color="text.secondary">
            Demo: rep1@acme.example / leadline-demo
          </Typography>
        </Stack>
      </Paper>
    </Box>
  );
}
