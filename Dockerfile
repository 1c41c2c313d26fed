# Đọc bài viết — production image: python slim, non-root, gunicorn, health check.
FROM python:3.11-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
    TTS_DATA_DIR=/data TTS_PORT=8000 TTS_DEMO=false
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY tts_service ./tts_service
COPY audio_cache ./audio_cache
COPY templates ./templates
COPY static ./static
RUN useradd --system --uid 10001 --home /app tts && mkdir -p /data && chown tts /data
USER tts
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD python -c "import os,urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('TTS_PORT','8000'), timeout=4)" || exit 1
CMD ["sh", "-c", "python -m tts_service check && exec gunicorn --bind 0.0.0.0:${TTS_PORT} --workers ${TTS_WORKERS:-2} --threads 4 --worker-class tts_service.serving.AudioWorker --timeout 120 --access-logfile - 'tts_service:create_app()'"]
