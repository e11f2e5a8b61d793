"""One exception tree for claimex.

    ClaimexError                 base: the CLI prints ``claimex: error: <message>`` and exits 1
    ├── InputError               a document or input path that cannot be read (path, line)
    ├── ModelError               a model artefact that is missing or fails its check
    ├── ConfigError              a config file or option that makes no sense
    └── OutputError              an output path that cannot be written
"""

from __future__ import annotations


class ClaimexError(Exception):
    """Base class for every error claimex raises on purpose."""


class InputError(ClaimexError):
    """An input that cannot be read; carries the path and, for JSONL, the line number."""

    def __init__(self, path: str, problem: str, line: int | None = None, doc_id: str | None = None) -> None:
        self.path = path
        self.line = line
        self.problem = problem
        self.doc_id = doc_id  # the document's id, where the input says it
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {problem}")

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str, int | None, str | None]]:
        # picklable, so that it can travel to and from worker processes
        return (InputError, (self.path, self.problem, self.line, self.doc_id))


class ModelError(ClaimexError):
    """A model artefact that is missing, corrupt or incompatible."""

    def __init__(self, problem: str, fix: str = "run `make train` to rebuild it") -> None:
        self.fix = fix
        self.problem = problem
        super().__init__(f"{problem} ({fix})")

    def __reduce__(self) -> tuple[type[ModelError], tuple[str, str]]:
        return (ModelError, (self.problem, self.fix))


class ConfigError(ClaimexError):
    """A configuration value that cannot be used."""


class OutputError(ClaimexError):
    """An output path that cannot be written: a directory, a folder that cannot be made, no space."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"cannot write {path}: {problem}")

    def __reduce__(self) -> tuple[type[OutputError], tuple[str, str]]:
        return (OutputError, (self.path, self.problem))
