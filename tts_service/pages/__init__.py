"""Reading the page the widget is on (issue 21): see :mod:`tts_service.pages.reader`."""
