"""(being written)"""

from __future__ import annotations

from tts_service.web.admin import bp
from tts_service.web.admin.auth import requires


@bp.get("/lexicon")
@requires("admin")
def lexicon() -> str:
    return "todo"
