import packageJson from '../../package.json' with { type: 'json' };

/** The package version, from package.json (inlined into dist/cli.js when it is built). */
export const VERSION: string = packageJson.version;
