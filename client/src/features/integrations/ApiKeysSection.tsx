import { useMutation, useQuery } from "@apollo/client/react";
import { Role } from "@leadline/shared";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import MenuItem from "@mui/material/MenuItem";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useState, type FormEvent } from "react";
import { describeError } from "../../api/errors";
import { graphql } from "../../api/gql";
import { formatDateTime, humanize } from "../../format";
import { SecretDialog } from "../../components/SecretDialog";

const apiKeysQuery = graphql(`
  query ApiKeys {
    apiKeys(first: 100) {
      edges {
        node {
          id
          name
          role
          hint
          createdAt
          expiresAt
          revokedAt
          lastUsedAt
          lastUsedIp
          createdBy {
            id
            name
          }
        }
      }
    }
  }
`);

const createApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
      }
    }
  }
`);

const revokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(input: { id: $id }) {
      apiKey {
        id
        revokedAt
      }
    }
  }
`);

const KEY_ROLES = [Role.VIEWER, Role.MEMBER, Role.MANAGER, Role.ADMIN, Role.OWNER];

/** API keys: create one (its secret shown once), see when and where each was last used, revoke. */
export function ApiKeysSection() {
  const { data, error } = useQuery(apiKeysQuery, { fetchPolicy: "cache-and-network" });
  const [create, creating] = useMutation(createApiKeyMutation, { refetchQueries: [apiKeysQuery] });
  const [revoke, revoking] = useMutation(revokeApiKeyMutation);
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>(Role.VIEWER);
  const [expires, setExpires] = useState("");
  const [secret, setSecret] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await create({
      variables: { input: { name, role, expiresAt: expires ? new Date(expires).toISOString() : null } },
    });
    if (result.data) {
      setSecret(result.data.createApiKey.secret);
      setName("");
      setExpires("");
    }
  };

  return (
    <Box component="section" aria-labelledby="api-keys-title">
      <Typography id="api-keys-title" variant="h6" component="h2">
        API keys
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        Integrations send a key as <code>Authorization: Bearer &lt;key&gt;</code>; it acts for you, with its
        own role.
      </Typography>
      <Box component="form" onSubmit={submit} sx={{ display: "flex", gap: 1, alignItems: "center", mb: 2 }}>
        <TextField
          size="small"
          label="Key name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
        />
        <TextField
          size="small"
          select
          label="Role"
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          sx={{ minWidth: 140 }}
        >
          {KEY_ROLES.map((value) => (
            <MenuItem key={value} value={value}>
              {humanize(value)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          size="small"
          type="date"
          label="Expires (optional)"
          value={expires}
          onChange={(e) => setExpires(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <Button type="submit" variant="contained" loading={creating.loading}>
          Create key
        </Button>
      </Box>
      {creating.error && <Alert severity="error">{describeError(creating.error)}</Alert>}
      {revoking.error && <Alert severity="error">{describeError(revoking.error)}</Alert>}
      {error && <Alert severity="error">{describeError(error)}</Alert>}
      <Table size="small" aria-label="API keys">
        <TableHead>
          <TableRow>
            <TableCell>Name</TableCell>
            <TableCell>Key</TableCell>
            <TableCell>Role</TableCell>
            <TableCell>Created</TableCell>
            <TableCell>Last used</TableCell>
            <TableCell>Status</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {data?.apiKeys.edges.map(({ node: key }) => {
            const expired = key.expiresAt !== null && new Date(key.expiresAt) <= new Date();
            return (
              <TableRow key={key.id}>
                <TableCell>{key.name}</TableCell>
                <TableCell sx={{ fontFamily: "monospace" }}>{key.hint}…</TableCell>
                <TableCell>{humanize(key.role)}</TableCell>
                <TableCell>
                  {formatDateTime(key.createdAt)} by {key.createdBy.name}
                </TableCell>
                <TableCell>
                  {key.lastUsedAt
                    ? `${formatDateTime(key.lastUsedAt)} from ${key.lastUsedIp ?? "?"}`
                    : "Never"}
                </TableCell>
                <TableCell>
                  {key.revokedAt ? (
                    <Chip size="small" label="Revoked" />
                  ) : expired ? (
                    <Chip size="small" label="Expired" />
                  ) : (
                    <Chip
                      size="small"
                      color="success"
                      label={key.expiresAt ? `Active until ${formatDateTime(key.expiresAt)}` : "Active"}
                    />
                  )}
                </TableCell>
                <TableCell>
                  {!key.revokedAt && (
                    <Button
                      size="small"
                      color="error"
                      aria-label={`Revoke ${key.name}`}
                      onClick={() => void revoke({ variables: { id: key.id } })}
                    >
                      Revoke
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {secret && (
        <SecretDialog title="Your new API key" secret={secret} hashed onClose={() => setSecret(null)} />
      )}
    </Box>
  );
}
