"""(being written)"""

from __future__ import annotations

from tts_service.web.admin import bp
from tts_service.web.admin.auth import requires


@bp.get("/pregen")
@requires("admin")
def pregen() -> str:
    return "todo"
