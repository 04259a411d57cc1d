#!/usr/bin/env node
// Thin entry: everything lives in the bundled CLI (npm run build). CommonJS
// (bin/package.json), because Node starts a CommonJS program faster than an ES module.
'use strict';
require('../dist/cli/asm.cjs');
