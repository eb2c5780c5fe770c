/** Types for page-scripts.js, which webpack.config.js and the bench load as plain CommonJS. */
export declare function localScripts(html: string): string[];
