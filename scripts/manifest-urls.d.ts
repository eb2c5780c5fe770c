/** Types for manifest-urls.js, which webpack.config.js loads as plain CommonJS. */
export declare const DEV_URL: string;
export declare function productionUrl(value?: string): string;
export declare function toProductionManifest(xml: string, base?: string): string;
