#!/usr/bin/env node
// Thin entry: everything lives in the bundled CLI (npm run build).
import '../dist/cli/asm.js';
