// `npm run prepare`, which npm runs after installing this package from git and after every
// `npm install` or `npm ci` in a checkout. Git holds no dist/, so an install from git must build
// it; a checkout that is already built keeps its dist/ (`npm run build` and `npm test` rebuild),
// so a repeated `npm ci` stays quick.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../dist/index.js', import.meta.url))) execSync('npm run build', { stdio: 'inherit' });
