"""Settings of the web server: a pydantic model at the edge (built by the CLI or a test)."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field


class WebSettings(BaseModel):
    """What ``create_app`` needs to serve one archive.

    ``admin_token`` None means the archive is read-only over the web: every
    write (upload) is refused. ``upload_dir`` defaults to ``uploads/`` next to
    the database file.
    """

    model_config = ConfigDict(frozen=True)

    db: Path = Field(default=Path("yuanzhi.db"), description="SQLite archive file")
    admin_token: str | None = Field(default=None, description="token that allows uploads")
    upload_dir: Path | None = Field(default=None, description="where uploaded files are kept")
    max_upload_bytes: int = Field(default=50 * 1024 * 1024, gt=0)
    site_title: str = "院志"

    @property
    def uploads(self) -> Path:
        return self.upload_dir if self.upload_dir is not None else self.db.parent / "uploads"
