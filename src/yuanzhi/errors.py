"""Named errors. Every message names the file (and page or line when known),
what is wrong, and how to fix it. The CLI prints ``str(error)`` as one line."""

from __future__ import annotations


class YuanzhiError(Exception):
    """Base of every error yuanzhi raises on purpose."""


class InputError(YuanzhiError):
    """An input file cannot be read as a newsletter issue."""

    def __init__(self, path: str, problem: str, hint: str = "", page: int | None = None):
        self.path = path
        self.problem = problem
        self.hint = hint
        self.page = page
        where = f"{path} (page {page})" if page is not None else path
        message = f"{where}: {problem}"
        if hint:
            message += f"; {hint}"
        super().__init__(message)


class EmptyInputError(InputError):
    pass


class BinaryInputError(InputError):
    pass


class EncodingError(InputError):
    pass


class TooLargeError(InputError):
    pass


class PdfError(InputError):
    pass


class NotANewsletterError(InputError):
    pass


class ImageError(InputError):
    """A page image cannot be used: not decodable, too small, or blank."""


class LexiconError(YuanzhiError):
    """A lexicon data file has a bad entry."""

    def __init__(self, path: str, line: int, problem: str):
        super().__init__(f"{path}:{line}: {problem}")


class ArchiveError(YuanzhiError):
    """The archive database cannot be opened or written."""


class NotFoundError(YuanzhiError):
    """A requested record is not in the archive."""


class ClusterError(YuanzhiError):
    """The cluster that should parse the issues cannot be started or reached."""


class CorrectionError(YuanzhiError):
    """An editor's correction cannot be made: its target is not there, or a value is wrong."""
