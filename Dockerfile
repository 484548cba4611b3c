# syntax=docker/dockerfile:1
# Stage 1: build the web front end (needs the committed OpenAPI document for its typed client).
FROM node:20-slim AS frontend
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend/ ./
COPY openapi/ /src/openapi/
RUN npm run build

# Stage 2: build the Python wheel and its dependencies.
FROM python:3.11-slim AS wheels
WORKDIR /src
COPY pyproject.toml README.md ./
COPY api/ api/
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

# Stage 3: the runtime — slim, non-root, migrations applied on start.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    CSPR_DATA_DIR=/data CSPR_FRONTEND_DIST=/app/frontend/dist \
    DATABASE_URL=sqlite:////data/cspr.db
RUN groupadd --system cspr && useradd --system --gid cspr --home-dir /app cspr \
    && mkdir -p /app /data && chown cspr:cspr /data
COPY --from=wheels /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
WORKDIR /app
COPY alembic.ini ./
COPY migrations/ migrations/
COPY --from=frontend /src/frontend/dist frontend/dist
USER cspr
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/readyz').status != 200)"
# `cspr serve` applies migrations before it starts serving.
CMD ["cspr", "serve", "--host", "0.0.0.0", "--port", "8000", "--workers", "2"]
