# Đọc bài viết — production image. Two stages: the virtualenv is built in the first, and only it and the code
# reach the second (no pip cache, no build tools). Python pinned by exact version: the one the test suite runs on.
#   docker build -t doc-bai-viet .                      espeak (offline) and gTTS
#   docker build --build-arg ENGINES=1 -t doc-bai-viet .   + the optional engines edge and piper (onnxruntime)
ARG PYTHON_IMAGE=python:3.11.7-slim-bookworm

FROM ${PYTHON_IMAGE} AS build
ARG ENGINES=0
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
COPY requirements.txt requirements-engines.txt /tmp/
RUN python -m venv /venv \
 && /venv/bin/pip install -r /tmp/requirements.txt \
 && if [ "$ENGINES" = "1" ]; then /venv/bin/pip install -r /tmp/requirements-engines.txt; fi \
 && /venv/bin/pip uninstall -y pip setuptools wheel \
 && find /venv -depth -name __pycache__ -type d -exec rm -rf {} +

FROM ${PYTHON_IMAGE} AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PATH=/venv/bin:$PATH \
    TTS_DATA_DIR=/data TTS_PORT=8000 TTS_DEMO=false PROMETHEUS_MULTIPROC_DIR=/tmp/dbv-metrics
WORKDIR /app
COPY --from=build /venv /venv
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
# Metrics of the previous run's workers must not be added to this one's: the folder starts empty.
CMD ["sh", "-c", "rm -rf \"$PROMETHEUS_MULTIPROC_DIR\" && mkdir -p \"$PROMETHEUS_MULTIPROC_DIR\" && python -m tts_service check && exec gunicorn --bind 0.0.0.0:${TTS_PORT} --workers ${TTS_WORKERS:-2} --threads 4 --worker-class tts_service.serving.AudioWorker --timeout 120 --access-logfile - 'tts_service:create_app()'"]
