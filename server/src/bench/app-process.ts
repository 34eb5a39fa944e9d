// The app alone in a child process (see startAppProcess): its memory is the app's, not the bench's.
// Tells the parent its URL once listening; closes and exits when the parent disconnects.
import "reflect-metadata";
import { startApp } from "../app.js";
import { loadConfig } from "../config.js";
import { stderrLogger } from "./environment.js";

const app = await startApp(loadConfig(process.env), stderrLogger());
process.send!({ url: app.url });
process.once("disconnect", () => {
  void app.close().finally(() => process.exit(0));
});
