"""The `dossier` command's entry point, and ``python -m builder``."""
import os
import signal
import sys


def run() -> int:
    """``dossier``: main() once the libraries are loaded (0.2 s); Ctrl-C (or SIGTERM, SIGHUP) meanwhile is held
    until they are, then ends the command as quietly as after: one in the middle of an import crashed a library's
    start-up (orjson's, jsonschema_rs's), with a traceback or a segmentation fault. One while the arguments are read
    (`dossier new` imports what it needs then) is held the same way (cli.py)."""
    _open_closed_streams()
    held: list[int] = []
    stops = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
    previous = {number: signal.signal(number, lambda number, frame: held.append(number)) for number in stops}
    try:
        try:
            from builder.cli import main
        finally:
            for number, handler in previous.items():
                signal.signal(number, handler)
        return 128 + held[0] if held else main()
    except KeyboardInterrupt as exc:
        return 128 + getattr(exc, "signal", 2)


def _open_closed_streams() -> None:
    """Open on /dev/null the standard streams the caller closed (`dossier build 2>&-`): Python leaves them None,
    and the next file opened would take their number (and Pagefind's messages with it)."""
    for fd, name, mode in ((0, "stdin", "r"), (1, "stdout", "w"), (2, "stderr", "w")):
        if getattr(sys, name) is None:
            null = os.open(os.devnull, os.O_RDWR)  # the lowest free number: fd itself, unless a lower one is free
            if null != fd:
                os.dup2(null, fd)
                os.close(null)
            setattr(sys, name, open(fd, mode, encoding="utf-8", closefd=False))


if __name__ == "__main__":
    sys.exit(run())
