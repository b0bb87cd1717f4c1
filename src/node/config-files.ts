// Finds and loads .redlinerc.json for a file (searching upward) or from an explicit path.
// Shared by the CLI and the language server; the core never touches the file system.
import * as fs from 'fs';
import * as path from 'path';
import { parseConfig, ConfigError, type RedlineConfig } from '../core/config';
import { RULES } from '../core/rules';
import { CONFIG_FILE_NAMES } from '../shared/protocol';

export const CONFIG_NAMES = CONFIG_FILE_NAMES;

export interface LoadedConfig {
  config: RedlineConfig;
  /** The file it came from; undefined when none was found (defaults apply). */
  file?: string;
}

/** The nearest configuration file at or above `dir`, stopping at `root` when given. */
export function findConfigFile(dir: string, root?: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(current, name);
      if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
    }
    const parent = path.dirname(current);
    if (parent === current || (root && path.resolve(root) === current)) return undefined;
    current = parent;
  }
}

/** Reads and validates a configuration file; throws ConfigError naming the file and line. */
export function loadConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new ConfigError(file, 1, 1, `cannot read the configuration file (${code})`);
  }
  return { config: parseConfig(text, file, RULES), file };
}

/** The configuration that applies to `filePath`: `explicit` if given, else the nearest file. */
export function loadConfigFor(filePath: string | undefined, explicit?: string): LoadedConfig {
  if (explicit) return loadConfigFile(path.resolve(explicit));
  const found = findConfigFile(filePath ? path.dirname(path.resolve(filePath)) : process.cwd());
  return found ? loadConfigFile(found) : { config: { rules: {} } };
}

/**
 * Loads each configuration file once for a run over many files: files in one folder share
 * the lookup, and a broken file fails every document under it with the same ConfigError.
 */
export class ConfigCache {
  private readonly byDir = new Map<string, string | undefined>();
  private readonly byFile = new Map<string, LoadedConfig | ConfigError>();

  /** `explicit`: a --config path that replaces the upward search for every file. */
  constructor(private readonly explicit?: string) {}

  /** The configuration for a document path (cwd for stdin); throws ConfigError. */
  configFor(filePath: string | undefined): LoadedConfig {
    const file = this.explicit ? path.resolve(this.explicit) : this.fileFor(filePath ? path.dirname(path.resolve(filePath)) : process.cwd());
    if (!file) return { config: { rules: {} } };
    let loaded = this.byFile.get(file);
    if (!loaded) {
      try {
        loaded = loadConfigFile(file);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        loaded = error;
      }
      this.byFile.set(file, loaded);
    }
    if (loaded instanceof ConfigError) throw loaded;
    return loaded;
  }

  private fileFor(dir: string): string | undefined {
    if (!this.byDir.has(dir)) this.byDir.set(dir, findConfigFile(dir));
    return this.byDir.get(dir);
  }
}
