// Types of scripts/manifest-urls.js (plain JavaScript, because webpack.config.js loads it), for the TypeScript tests.
export declare const DEV_URL: string;
export declare const DEFAULT_PRODUCTION_URL: string;
export declare function productionUrl(env?: Readonly<Record<string, string | undefined>>): string;
export declare function toProductionManifest(xml: string, prodUrl?: string): string;
