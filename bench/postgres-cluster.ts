import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { log } from './output.js';

export interface ThrowawayCluster {
  /** The app's login: a non-superuser that owns the database, member of samenplan_app. */
  appUrl: string;
  dir: string;
  port: number;
  /** Stops the server and removes its folder; safe to call twice and from a signal handler. */
  destroy(): void;
}

/** A TCP port nobody listens on right now (the kernel picks it; a race with another process is possible but rare). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The newest Debian PostgreSQL bin folder, or BENCH_PG_BIN. */
function postgresBin(): string {
  if (process.env.BENCH_PG_BIN) return process.env.BENCH_PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => path.join(root, v, 'bin')).find((dir) => fs.existsSync(path.join(dir, 'initdb')));
  if (!found) throw new Error('no PostgreSQL server binaries found under /usr/lib/postgresql: set BENCH_PG_BIN or BENCH_DATABASE_URL');
  return found;
}

/**
 * initdb refuses to run as root, so as root every server command runs as the `postgres` user (runuser) in a folder
 * that user owns; as anybody else it runs as that user directly.
 */
function asServerUser(command: string, args: string[]): { command: string; args: string[] } {
  return process.getuid?.() === 0 ? { command: 'runuser', args: ['-u', 'postgres', '--', command, ...args] } : { command, args };
}

function run(bin: string, tool: string, args: string[]) {
  const { command, args: fullArgs } = asServerUser(path.join(bin, tool), args);
  const result = spawnSync(command, fullArgs, { encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) {
    throw new Error(`${tool} failed (${result.status ?? result.signal}): ${result.stderr || result.stdout || result.error?.message}`);
  }
}

/**
 * Creates a PostgreSQL cluster in a temp folder on a free loopback port, then the roles the app expects: a login role
 * `samenplan` (NOSUPERUSER, owner of the database) and `samenplan_app` (NOLOGIN, NOBYPASSRLS) granted to it.
 */
export async function createThrowawayCluster(): Promise<ThrowawayCluster> {
  const bin = postgresBin();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenplan-bench-pg-'));
  const dataDir = path.join(dir, 'data');
  let started = false;
  let destroyed = false;
  const destroy = () => {
    if (destroyed) return;
    destroyed = true;
    if (started) {
      try {
        run(bin, 'pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', '-t', '30', 'stop']);
      } catch (error) {
        log(`could not stop the throwaway cluster: ${(error as Error).message}`);
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };

  try {
    if (process.getuid?.() === 0) {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
      fs.chownSync(dir, uid, gid);
    }
    const port = await freePort();
    log(`creating a throwaway PostgreSQL cluster in ${dir} on port ${port} (${bin})`);
    run(bin, 'initdb', ['-D', dataDir, '-U', 'postgres', '--auth-local=trust', '--auth-host=scram-sha-256', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);
    const options = [
      `-p ${port}`,
      `-k ${dir}`,
      "-c listen_addresses='127.0.0.1'",
      '-c shared_buffers=256MB',
      '-c max_connections=50',
    ].join(' ');
    started = true;
    run(bin, 'pg_ctl', ['-D', dataDir, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', '-o', options, 'start']);

    const password = randomBytes(18).toString('base64url');
    const admin = new pg.Client({ host: dir, port, user: 'postgres', database: 'postgres' });
    await admin.connect();
    try {
      await admin.query(`create role samenplan login nosuperuser nobypassrls createdb nocreaterole password '${password}'`);
      await admin.query('create role samenplan_app nologin nosuperuser nobypassrls nocreatedb nocreaterole');
      await admin.query('grant samenplan_app to samenplan');
      await admin.query('create database samenplan owner samenplan');
    } finally {
      await admin.end();
    }
    return { appUrl: `postgres://samenplan:${password}@127.0.0.1:${port}/samenplan`, dir, port, destroy };
  } catch (error) {
    destroy();
    throw error;
  }
}
