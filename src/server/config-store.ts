// Finds and caches `.redlinerc.json` per directory. A broken file never takes effect: its
// error is reported, and the last configuration that loaded from it stays in force.
import { ConfigError, type RedlineConfig } from '../core/config';
import type { ServerPlatform } from './platform';

export interface ConfigLookup {
  config: RedlineConfig;
  /** The file the configuration comes from (undefined: defaults). */
  file?: string;
  /** Set when the file is broken; `config` is then the last good one (or defaults). */
  error?: ConfigError;
}

const EMPTY: RedlineConfig = { rules: {} };

export class ConfigStore {
  private byDir = new Map<string, string | undefined>();
  private byFile = new Map<string, ConfigLookup>();
  private lastGood = new Map<string, RedlineConfig>();

  constructor(private readonly platform: Pick<ServerPlatform, 'dirname' | 'findConfigFile' | 'loadConfigFile'>) {}

  /** Forgets every cached lookup (a configuration file was created, changed or deleted). */
  invalidate(): void {
    this.byDir.clear();
    this.byFile.clear();
  }

  /** The configuration for a document at `fsPath` (or for `fallbackDir` when it has no path). */
  lookup(fsPath: string | undefined, fallbackDir?: string): ConfigLookup {
    const dir = fsPath ? this.platform.dirname(fsPath) : fallbackDir;
    if (!dir) return { config: EMPTY };
    let file = this.byDir.get(dir);
    if (!this.byDir.has(dir)) {
      file = this.platform.findConfigFile(dir);
      this.byDir.set(dir, file);
    }
    return file ? this.load(file) : { config: EMPTY };
  }

  /** Loads (or returns the cached state of) one configuration file. */
  load(file: string): ConfigLookup {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    let result: ConfigLookup;
    try {
      const config = this.platform.loadConfigFile(file);
      this.lastGood.set(file, config);
      result = { config, file };
    } catch (error) {
      const configError = error instanceof ConfigError ? error : new ConfigError(file, 1, 1, String(error));
      result = { config: this.lastGood.get(file) ?? EMPTY, file, error: configError };
    }
    this.byFile.set(file, result);
    return result;
  }

  /** Every configuration file looked up so far, with its current state. */
  known(): ConfigLookup[] {
    return [...this.byFile.values()];
  }
}
