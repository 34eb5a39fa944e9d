// `pnpm dev`: the server in watch mode (port 4000) and Vite (port 5173, proxying /graphql, HTTP and WS).
import { execSync, spawn } from "node:child_process";

execSync("tsc -b shared", { stdio: "inherit" });
const children = [
  spawn("pnpm", ["--filter", "@leadline/server", "run", "dev"], { stdio: "inherit" }),
  spawn("pnpm", ["--filter", "@leadline/client", "run", "dev"], { stdio: "inherit" }),
];
const stop = () => children.forEach((child) => child.kill("SIGTERM"));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
children.forEach((child) =>
  child.on("exit", (code) => {
    stop();
    process.exitCode = code ?? 0;
  }),
);
