"""Who may call what: sign-in (session cookie or bearer token), roles, CSRF, security headers."""
