"""Server-rendered HTML pages (Jinja2 + htmx): thin routes over the same services as the API."""
