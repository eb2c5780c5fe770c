/** The plan engine: pure TypeScript, no Office, React, DOM or file system. */
export * from "./grid";
export * from "./vocabulary";
export * from "./money";
export * from "./issues";
export * from "./columns";
export * from "./rows";
export * from "./validate";
export * from "./summarize";
export * from "./period";
export * from "./plan";
export * from "./messages";
export * from "./json";
export * from "./layout";
export * from "./sample";
export * from "./memo";
export * from "./template";
export * from "./names";
