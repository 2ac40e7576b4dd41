import type { Config } from '../config.js';

/** A connection string with its password hidden: start errors and logs must not print credentials. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgresql://…';
  }
}

interface SystemError {
  code?: string;
  syscall?: string;
  message?: string;
}

/**
 * The one line a failed start prints: the variable at fault and what to do, for the failures an operator meets
 * (database unreachable or refusing, port taken, data directory not writable). Null for anything else.
 */
export function startErrorLine(err: unknown, config: Config): string | null {
  const e = (err ?? {}) as SystemError;
  const code = e.code ?? '';
  if (e.syscall === 'listen' || code === 'EADDRINUSE') {
    if (code === 'EADDRINUSE') return `PORT=${config.port}: the port is already in use on ${config.host}; stop the process that holds it, or set PORT to a free port.`;
    if (code === 'EACCES') return `PORT=${config.port}: listening on it needs privileges this process lacks; set PORT to 1024 or above.`;
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return `HOST=${config.host}: no network interface of this machine has that address; set HOST to one of its addresses, or 0.0.0.0.`;
  }
  if (config.databaseUrl) {
    const url = redactUrl(config.databaseUrl);
    const dbFaults: Record<string, string> = {
      ECONNREFUSED: 'nothing listens there; start PostgreSQL, or correct the host and port',
      ENOTFOUND: 'the host name does not resolve; correct the host',
      EAI_AGAIN: 'the host name does not resolve; correct the host',
      ETIMEDOUT: 'the connection timed out; check the host, port and firewall',
      EHOSTUNREACH: 'the host is unreachable; check the host and network',
      '28P01': 'the password was refused; correct the user and password',
      '28000': 'the server refuses this user; correct the user, or allow it in pg_hba.conf',
      '3D000': 'the database does not exist; create it (createdb), or correct its name',
      '42501': 'the user may not create tables; grant it the rights, or use the database owner',
    };
    const why = dbFaults[code] ?? (/ECONNREFUSED|ENOTFOUND|ETIMEDOUT/.exec(e.message ?? '') ? dbFaults[/ECONNREFUSED|ENOTFOUND|ETIMEDOUT/.exec(e.message!)![0]] : undefined);
    if (why) return `DATABASE_URL=${url}: cannot use the database (${code || 'connection failed'}): ${why}.`;
  }
  if ((code === 'EACCES' || code === 'EROFS' || code === 'ENOTDIR' || code === 'EPERM') && e.syscall !== 'listen') {
    return `REGISTRY_DATA_DIR=${config.dataDir}: not writable (${code}); point it to a directory this user may write.`;
  }
  return null;
}
