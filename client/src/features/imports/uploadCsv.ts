import { refreshSession } from "../../api/refresh";
import { session } from "../../api/session";

export interface UploadedImport {
  id: string;
  fileName: string;
  headers: string[];
}

/** Posts a file to the import API (multipart), refreshing the session once if the access token expired. */
export async function uploadCsv(file: File): Promise<UploadedImport> {
  const send = () => {
    const body = new FormData();
    body.append("file", file, file.name);
    const token = session.get()?.accessToken;
    return fetch("/v1/api/imports", {
      method: "POST",
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body,
    });
  };
  let response = await send();
  if (response.status === 401 && (await refreshSession(session.get()?.accessToken))) response = await send();
  const answer = (await response.json()) as {
    import_job?: { id: string; file_name: string; headers: string[] };
    message?: string;
  };
  if (!response.ok || !answer.import_job)
    throw new Error(answer.message ?? `Upload failed (${response.status})`);
  return {
    id: answer.import_job.id,
    fileName: answer.import_job.file_name,
    headers: answer.import_job.headers,
  };
}
