# Leadline: one image, run as several instances behind a proxy (see docker-compose.yml).
FROM node:24-bookworm-slim
WORKDIR /app
RUN npm install -g pnpm@10.34.9
COPY . .
RUN pnpm install --frozen-lockfile && pnpm build && chown -R node:node /app
USER node
ENV HOST=0.0.0.0 PORT=4000 DATA_DIR=/app/.data
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "--enable-source-maps", "server/dist/src/main.js"]
