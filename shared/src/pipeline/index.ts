// Pipeline stages, moves and activities: pure rules shared by the server and the board.
export * from "./stages.js";
export * from "./activities.js";
