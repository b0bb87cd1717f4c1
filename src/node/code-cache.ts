// Loads a CommonJS bundle through V8's code cache. A short-lived process such as `redline check`
// otherwise spends a good part of its life compiling: the whole bundle once when it is loaded,
// then every function again the first time it runs. The cache holds the compiled code of every
// function the run needed, so the next run reads it instead of compiling. Node 20 has no
// `module.enableCompileCache` (Node 22): this is the same idea, with vm.Script's cachedData.
//
// The cache file sits next to the bundle (`<bundle>.cache`). Its first line names the bundle file
// (size, inode, modification and change times) and the Node version it was made for; another
// bundle or Node ignores it, and V8 checks it again (its own version, the V8 flags in effect, the
// source length). Rewriting or replacing the file changes its change time, which no tool can set
// back, so a rebuilt or reinstalled bundle never meets an old cache; a content hash would say the
// same but costs more than it saves (loading node:crypto alone takes 7–30 ms). So the flags
// a process sets with v8.setFlagsFromString must be set before loadBundle(), or V8 rejects the cache.
// A bundle directory the user cannot write simply gets no cache. REDLINE_NO_CODE_CACHE=1 turns
// it off (to compare, or to rule it out).
import * as fs from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';

export interface LoadedBundle {
  exports: Record<string, unknown>;
  /** Where the cache is read and written; undefined when caching is off. */
  cacheFile?: string;
  /** Did V8 take the compiled code from the cache? */
  cacheUsed: boolean;
  /**
   * Writes the cache when there was no usable one. Call it after the work, so the cache holds
   * every function the work compiled. Never throws: a cache that cannot be written is skipped.
   */
  saveCache(): void;
}

/** Loads `file` (a CommonJS bundle) as require() would, compiled with its cache when there is one. */
export function loadBundle(file: string, env: NodeJS.ProcessEnv = process.env): LoadedBundle {
  const fd = fs.openSync(file, 'r');
  let source: string;
  let stat: fs.Stats;
  try {
    stat = fs.fstatSync(fd);
    source = fs.readFileSync(fd, 'utf8');
  } finally {
    fs.closeSync(fd);
  }
  const caching = !env.REDLINE_NO_CODE_CACHE;
  const cacheFile = caching ? `${file}.cache` : undefined;
  const identity = [stat.size, stat.ino, stat.mtimeMs, stat.ctimeMs, process.version, process.arch].join(' ');
  const header = Buffer.from(`redline-code-cache ${identity}\n`);
  const cachedData = cacheFile ? readCache(cacheFile, header) : undefined;
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const cacheUsed = cachedData !== undefined && !script.cachedDataRejected;

  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(file));
  const compiled = script.runInThisContext() as (...args: unknown[]) => void;
  compiled.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;

  let saved = cacheUsed;
  return {
    exports: mod.exports as Record<string, unknown>,
    cacheFile,
    cacheUsed,
    saveCache() {
      if (saved || !cacheFile) return;
      saved = true;
      writeCache(cacheFile, header, () => script.createCachedData());
    },
  };
}

function readCache(cacheFile: string, header: Buffer): Buffer | undefined {
  let data: Buffer;
  try {
    data = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  return data.length > header.length && data.subarray(0, header.length).equals(header) ? data.subarray(header.length) : undefined;
}

/**
 * Writes through a temporary file and a rename, so a process starting meanwhile never reads
 * half a cache. The data is made only once the file could be created (a read-only
 * installation then costs one failed open per run, not the serialization).
 */
function writeCache(cacheFile: string, header: Buffer, data: () => Buffer): void {
  const temp = `${cacheFile}.${process.pid}.tmp`;
  let fd: number;
  try {
    fd = fs.openSync(temp, 'w');
  } catch {
    return;
  }
  try {
    try {
      fs.writeFileSync(fd, Buffer.concat([header, data()]));
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, cacheFile);
  } catch {
    try {
      fs.unlinkSync(temp);
    } catch {
      // nothing was written
    }
  }
}
