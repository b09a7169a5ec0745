// Files of the official nginx image that its start-up reads: the entrypoint script (whose echo
// lines are the first lines of `kubectl logs` for an nginx Pod), its hook scripts, the default
// configuration and the welcome page.

const ENTRYPOINT = `#!/bin/sh
# vim:sw=4:ts=4:et

set -e

entrypoint_log() {
    if [ -z "\${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then
        echo "$@"
    fi
}

if [ "$1" = "nginx" ] || [ "$1" = "nginx-debug" ]; then
    entrypoint_log "$0: /docker-entrypoint.d/ is not empty, will attempt to perform configuration"
    entrypoint_log "$0: Looking for shell scripts in /docker-entrypoint.d/"
    for f in /docker-entrypoint.d/*.sh; do
        entrypoint_log "$0: Launching $f"
        "$f"
    done
    entrypoint_log "$0: Configuration complete; ready for start up"
fi

exec "$@"
`;

export const NGINX_ENTRYPOINT_FILES: Record<string, string> = {
  '/docker-entrypoint.sh': ENTRYPOINT,
  '/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh':
    '#!/bin/sh\nME=$(basename "$0")\necho "$ME: info: Getting the checksum of /etc/nginx/conf.d/default.conf"\necho "$ME: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf"\n',
  '/docker-entrypoint.d/20-envsubst-on-templates.sh': '#!/bin/sh\nexit 0\n',
  '/docker-entrypoint.d/30-tune-worker-processes.sh': '#!/bin/sh\nexit 0\n',
};

const WELCOME = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

const ERROR_50X = `<!DOCTYPE html>
<html>
<head>
<title>Error</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>An error occurred.</h1>
<p>Sorry, the page you are looking for is currently unavailable.<br/>
Please try again later.</p>
<p>If you are the system administrator of this resource then you should check
the error log for details.</p>
<p><em>Faithfully yours, nginx.</em></p>
</body>
</html>
`;

export const NGINX_HTML_FILES: Record<string, string> = {
  '/usr/share/nginx/html/index.html': WELCOME,
  '/usr/share/nginx/html/50x.html': ERROR_50X,
  '/etc/nginx/nginx.conf': `
user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log notice;
pid        /var/run/nginx.pid;


events {
    worker_connections  1024;
}


http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;

    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" "$http_x_forwarded_for"';

    access_log  /var/log/nginx/access.log  main;

    sendfile        on;
    #tcp_nopush     on;

    keepalive_timeout  65;

    #gzip  on;

    include /etc/nginx/conf.d/*.conf;
}
`,
  '/etc/nginx/conf.d/default.conf': `server {
    listen       80;
    listen  [::]:80;
    server_name  localhost;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }
}
`,
};
