// The language server's host on Node (dist/server.js, `redline lsp`): file paths from file:
// URIs, .redlinerc.json from the disk (searched upward), closed documents read from the disk,
// "Lint workspace" by walking the folders, and REDLINE_LOG_FILE.
import { appendFileSync } from 'fs';
import { readFile } from 'fs/promises';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import type { ServerPlatform } from '../server/platform';
import { CONFIG_NAMES, findConfigFile, loadConfigFile } from './config-files';
import { scanWorkspace } from './workspace';

function toPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function nodePlatform(env: NodeJS.ProcessEnv = process.env): ServerPlatform {
  const logFile = env.REDLINE_LOG_FILE;
  return {
    name: 'node',
    toPath,
    toUri: (file) => pathToFileURL(file).href,
    relative(folder, file) {
      if (file !== folder && !file.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep)) return undefined;
      return path.relative(folder, file).split(path.sep).join('/');
    },
    dirname: (file) => path.dirname(file),
    findConfigFile: (dir) => findConfigFile(dir),
    loadConfigFile: (file) => loadConfigFile(file).config,
    configWatchGlobs: CONFIG_NAMES.map((name) => `**/${name}`),
    async readText(uri) {
      const file = toPath(uri);
      if (!file) return undefined;
      try {
        return await readFile(file, 'utf8');
      } catch {
        return undefined;
      }
    },
    scanWorkspace,
    // REDLINE_LOG_FILE mirrors the log to a file (e2e runs and bug reports, where no Output panel is at hand).
    debugLog: logFile ? (line) => appendFileSync(logFile, `${new Date().toISOString()} ${line}\n`) : undefined,
  };
}
