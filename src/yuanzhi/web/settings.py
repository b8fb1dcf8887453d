"""Settings of the web server: a pydantic model at the edge (built by the CLI or a test)."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field


class WebSettings(BaseModel):
    """What ``create_app`` needs to serve one archive.

    ``admin_token`` None means the archive is read-only over the web: every
    write (upload) is refused. ``upload_dir`` defaults to ``uploads/`` next to
    the database file (in the working folder for a PostgreSQL archive).
    """

    model_config = ConfigDict(frozen=True)

    db: str | Path = Field(
        default="yuanzhi.db", description="archive: a SQLite file or a postgresql:// URL"
    )
    admin_token: str | None = Field(default=None, description="token that allows uploads")
    editors: dict[str, str] = Field(
        default_factory=dict,
        description="named editors' tokens (name → token): they may make corrections; the audit log names them",
    )
    upload_dir: Path | None = Field(default=None, description="where uploaded files are kept")
    max_upload_bytes: int = Field(default=50 * 1024 * 1024, gt=0, description="one uploaded file")
    max_request_bytes: int = Field(
        default=200 * 1024 * 1024, gt=0, description="one upload request, every file together"
    )
    max_body_bytes: int = Field(
        default=64 * 1024, gt=0, description="the body of any other request (JSON, forms)"
    )
    max_concurrent_uploads: int = Field(default=2, gt=0, description="uploads parsed at once")
    site_title: str = "院志"

    @property
    def uploads(self) -> Path:
        if self.upload_dir is not None:
            return self.upload_dir
        from ..archive.db import is_url

        return Path("uploads") if is_url(self.db) else Path(self.db).parent / "uploads"
