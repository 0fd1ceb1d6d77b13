"""Server-rendered pages (Jinja2, plain CSS and JS, no build step): reviewer queue, submission, pre-check."""
