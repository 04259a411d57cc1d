// Runs in every test file: the folders tempDir() made are removed when the file is done.
import { afterAll } from 'vitest';
import { removeTempDirs } from './cli.js';

afterAll(() => removeTempDirs());
