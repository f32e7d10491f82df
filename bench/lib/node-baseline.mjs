// The floor for a Node.js implementation: walk the tree (skipping .git and node_modules),
// read every file once and search it for "http://". No .gitignore, no parsing.
// Usage: node bench/lib/node-baseline.mjs DIR   → prints "<files> <bytes> <matching lines>"
import fs from 'node:fs';
import path from 'node:path';

let files = 0, bytes = 0, hits = 0;
const needle = Buffer.from('http://');
function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === '.git' || e.name === 'node_modules') continue;
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) walk(abs);
    else if (e.isFile()) {
      const b = fs.readFileSync(abs);
      files++; bytes += b.length;
      for (let i = b.indexOf(needle); i >= 0; i = b.indexOf(needle, i + 1)) hits++;
    }
  }
}
walk(path.resolve(process.argv[2] ?? '.'));
console.log(files, bytes, hits);
