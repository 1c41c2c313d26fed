"""(being written)"""

from __future__ import annotations

from tts_service.web.admin import bp
from tts_service.web.admin.auth import requires


@bp.get("/quality")
@requires("admin")
def quality() -> str:
    return "todo"
