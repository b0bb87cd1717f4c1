// The language server's host in a browser web worker (vscode.dev, github.dev): no disk. A
// "path" here is the document's URI itself (vscode-vfs://github/owner/repo/prd/a.md), and
// configuration files are the ones the web client sends (redline/configFiles), looked up
// upward from the document's folder exactly as on disk. Closed documents cannot be read and
// "Lint workspace" is not available: both need to list or read files the worker cannot reach.
import { parseConfig, ConfigError, type RedlineConfig } from '../core/config';
import { RULES } from '../core/rules';
import { CONFIG_FILE_NAMES, type ConfigFilesParams } from '../shared/protocol';
import type { ServerPlatform } from './platform';

/** `scheme://authority` of a hierarchical URI, or undefined (untitled:, data:). */
function origin(uri: string): string | undefined {
  return /^[a-z][\w+.-]*:\/\/[^/]*/i.exec(uri)?.[0];
}

function trimSlash(uri: string): string {
  return uri.endsWith('/') && uri.length > (origin(uri)?.length ?? 0) + 1 ? uri.slice(0, -1) : uri;
}

export class BrowserPlatform implements ServerPlatform {
  readonly name = 'browser';
  /** The web client sends the files instead of the server watching them. */
  readonly configWatchGlobs: string[] = [];
  private files = new Map<string, string>();

  /** Replaces the known configuration files (what the web client read from the workspace); returns the ones gone. */
  setConfigFiles(params: ConfigFilesParams): string[] {
    const previous = this.files;
    this.files = new Map(params.files.map((f) => [f.uri, f.text]));
    return [...previous.keys()].filter((uri) => !this.files.has(uri));
  }

  toPath(uri: string): string | undefined {
    return origin(uri) ? uri : undefined;
  }

  toUri(path: string): string {
    return path;
  }

  relative(folder: string, path: string): string | undefined {
    const base = trimSlash(folder);
    if (path === base) return '';
    if (!path.startsWith(base + '/')) return undefined;
    return path
      .slice(base.length + 1)
      .split('/')
      .map((segment) => {
        try {
          return decodeURIComponent(segment);
        } catch {
          return segment;
        }
      })
      .join('/');
  }

  dirname(path: string): string {
    const root = origin(path);
    const slash = path.lastIndexOf('/');
    if (!root || slash < root.length) return root ?? path;
    return path.slice(0, slash);
  }

  findConfigFile(dir: string): string | undefined {
    let current = trimSlash(dir);
    for (;;) {
      for (const name of CONFIG_FILE_NAMES) {
        const candidate = `${current}/${name}`;
        if (this.files.has(candidate)) return candidate;
      }
      const parent = this.dirname(current);
      if (parent === current) return undefined;
      current = parent;
    }
  }

  loadConfigFile(file: string): RedlineConfig {
    const text = this.files.get(file);
    if (text === undefined) throw new ConfigError(file, 1, 1, 'the configuration file is gone');
    return parseConfig(text, file, RULES);
  }

  async readText(): Promise<string | undefined> {
    return undefined;
  }
}
