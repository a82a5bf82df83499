"""The `dossier` command's entry point, and ``python -m builder``."""
import sys


def run() -> int:
    """``dossier``: main() once the libraries are loaded (0.2 s); Ctrl-C meanwhile ends as quietly as after."""
    try:
        from builder.cli import main
    except KeyboardInterrupt:
        return 130
    return main()


if __name__ == "__main__":
    sys.exit(run())
