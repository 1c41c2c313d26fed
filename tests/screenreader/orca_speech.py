"""Run Orca with every phrase it speaks written, one line each and flushed at once, to a file.

Runs under Debian's /usr/bin/python3 (Orca and pyatspi are Debian packages, not in the venv):

    /usr/bin/python3 orca_speech.py SPEECH_LOG PREFS_DIR [DEBUG_FILE]
    → SPEECH_LOG gets lines like ``1765000000.125 SPEECH OUTPUT: 'Đọc bài viết toggle button not pressed.'``

Orca's own ``--debug-file`` is block-buffered (lines arrive one key late) and logs everything at full debug level;
Orca also logs each phrase to the Python logger "speech", so a line-flushed handler there is all we need.
Orca refuses to start while another Orca of the same user runs (``pgrep -x orca``); each test stack has its own
display and buses, so that check is switched off here.
"""

import logging
import runpy
import sys

speech_log, prefs_dir = sys.argv[1], sys.argv[2]
handler = logging.FileHandler(speech_log, encoding="utf-8")
handler.setFormatter(logging.Formatter("%(created).3f %(message)s"))  # when, for the transcript
logging.getLogger("speech").addHandler(handler)
logging.getLogger("speech").setLevel(logging.INFO)

cli = runpy.run_path("/usr/bin/orca", run_name="orca_cli")
cli["main"].__globals__["otherOrcas"] = list
sys.argv = ["orca", "--user-prefs", prefs_dir, *(["--debug-file", sys.argv[3]] if len(sys.argv) > 3 else [])]
sys.exit(cli["main"]())
