"""A throwaway PostgreSQL server for tests and benchmarks, reachable by Unix socket only.

The server runs from a temporary directory that holds its data and its socket, listens on
no TCP address, trusts local connections, and is removed when stopped. Run as root, the
server runs as an unprivileged user (``postgres`` if it exists, else ``nobody``), since
``initdb`` refuses root.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Sequence
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server binaries were found, or the server would not start."""


def find_bindir() -> Path | None:
    """Directory holding ``initdb`` and ``pg_ctl``: on PATH, else the newest Debian install."""
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if initdb and pg_ctl:
        return Path(os.path.realpath(initdb)).parent
    candidates = glob.glob("/usr/lib/postgresql/*/bin/initdb")
    candidates.sort(key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    return Path(candidates[-1]).parent if candidates else None


def _service_user() -> pwd.struct_passwd | None:
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise PostgresUnavailable("running as root and no unprivileged user to run postgres")


class TempPostgres:
    """Start with :meth:`start`, make databases with :meth:`create_database`, then :meth:`stop`.

    Args:
        fsync: Keep PostgreSQL's fsync on (for benchmarks); tests turn it off for speed,
            which only matters if the machine loses power.
    """

    def __init__(self, *, fsync: bool = False) -> None:
        bindir = find_bindir()
        if bindir is None:
            raise PostgresUnavailable("no initdb/pg_ctl on PATH or in /usr/lib/postgresql")
        self.bindir = bindir
        self.fsync = fsync
        self.user = _service_user()
        # Short path: a Unix socket path must stay under ~100 bytes.
        self.dir = Path(tempfile.mkdtemp(prefix="wfpg-", dir="/tmp"))
        self.data = self.dir / "data"
        self.started = False

    def _run(self, args: Sequence[str]) -> subprocess.CompletedProcess:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.user is not None:
            cmd = [
                "setpriv",
                f"--reuid={self.user.pw_uid}",
                f"--regid={self.user.pw_gid}",
                "--clear-groups",
                *cmd,
            ]
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=self.dir, check=False)
        if proc.returncode != 0:
            raise PostgresUnavailable(f"{args[0]} failed: {proc.stderr.strip() or proc.stdout}")
        return proc

    def start(self) -> TempPostgres:
        """Create the cluster and start the server; wait until it accepts connections."""
        if self.user is not None:
            os.chown(self.dir, self.user.pw_uid, self.user.pw_gid)
        self._run(
            ["initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
             "--no-locale", "--no-sync"]
        )
        options = f"-k {self.dir} -c listen_addresses='' -c fsync={'on' if self.fsync else 'off'}"
        if not self.fsync:
            options += " -c synchronous_commit=off -c full_page_writes=off"
        self._run(
            ["pg_ctl", "-D", str(self.data), "-l", str(self.dir / "server.log"), "-w",
             "-t", "60", "-o", options, "start"]
        )
        self.started = True
        return self

    def url(self, dbname: str = "postgres") -> str:
        """SQLAlchemy URL of ``dbname`` on this server."""
        return f"postgresql+psycopg://postgres@/{dbname}?host={self.dir}"

    def create_database(self, prefix: str = "wf") -> str:
        """Create an empty database and return its URL."""
        import psycopg

        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(host=str(self.dir), user="postgres", dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        """Drop a database made by :meth:`create_database`, closing its sessions."""
        import psycopg

        name = url.rsplit("/", 1)[1].split("?", 1)[0]
        with psycopg.connect(host=str(self.dir), user="postgres", dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        """Stop the server and remove its directory."""
        try:
            if self.started:
                self._run(["pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop"])
        finally:
            self.started = False
            shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> TempPostgres:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
