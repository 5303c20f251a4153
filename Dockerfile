# Kutip: Flask + gunicorn + Stanza's Indonesian models, CPU only.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    STANZA_DIR=/opt/kutip/models/stanza \
    STANZA_PACKAGE=default \
    TORCH_THREADS=1 \
    PORT=8000

WORKDIR /opt/kutip

RUN groupadd --system --gid 10001 kutip \
 && useradd --system --uid 10001 --gid kutip --home-dir /opt/kutip --shell /usr/sbin/nologin kutip

# torch first, from PyTorch's CPU index: PyPI's build of the same version carries CUDA (GBs).
COPY requirements.txt .
RUN pip install --no-cache-dir --index-url https://download.pytorch.org/whl/cpu torch==2.13.0 \
 && pip install --no-cache-dir -r requirements.txt

# The official Indonesian models, fetched at build time so the container never downloads.
RUN python -c "import stanza; stanza.download('id', model_dir='/opt/kutip/models/stanza', processors='tokenize,mwt,pos,lemma,depparse')" \
 && chown -R kutip:kutip /opt/kutip/models

COPY service/ service/
COPY docker/ docker/

USER 10001:10001
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '8000'), timeout=4)"]

CMD ["gunicorn", "-c", "docker/gunicorn.conf.py", "service.app:create_app()"]
