import pkg from '../../package.json' with { type: 'json' };

export const TOOL = { name: 'mobile-policy', version: pkg.version } as const;
