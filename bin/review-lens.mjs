#!/usr/bin/env node
// Thin launcher: the CLI is bundled to dist/cli.mjs by `npm install` (scripts/build-cli.mjs).
import { runCli } from '../dist/cli.mjs';

runCli();
