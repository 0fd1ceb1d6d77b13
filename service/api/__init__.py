"""The web API: FastAPI app factory (app.py), routers (routes/), typed dependencies (deps.py), settings.

Import create_app from .app; this package stays light so a Celery worker can
read the settings without importing the web stack.
"""
