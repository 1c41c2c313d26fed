"""``python -m tts_service check`` — validate the configuration and say clearly what is wrong;
``python -m tts_service settings`` — the configuration table README shows, made from the declarations."""

from __future__ import annotations

import sys

from tts_service import load_settings
from tts_service.config import ConfigError, markdown_table


def main(argv: list[str]) -> int:
    if argv[1:2] == ["settings"]:
        print(markdown_table())
        return 0
    if argv[1:2] != ["check"]:
        print("usage: python -m tts_service check | settings", file=sys.stderr)
        return 2
    try:
        settings = load_settings()
    except ConfigError as exc:
        print(f"Configuration error: {exc}", file=sys.stderr)
        return 2
    keys = len(settings.api_key_hashes)
    print(
        f"ok: port {settings.port}, data in {settings.data_dir}, engine {','.join(settings.engine)}, "
        f"{keys} bootstrap API key(s)"
        + ("" if keys else " (CMS API closed until TTS_API_KEYS is set or `flask --app tts_service tts create-key`)")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
