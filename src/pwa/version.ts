// The build's version, set by vite.config.ts (SOAN_VERSION or package.json); shown in the footer and
// changed by the e2e tests to publish a "new version".
declare const __APP_VERSION__: string;
export const APP_VERSION: string = __APP_VERSION__;
