"""The one fake the tests use: the remote TTS endpoint (it answers with real MP3 bytes)."""
