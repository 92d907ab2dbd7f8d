# nianbao bot: `docker build -t nianbao .` then see compose.yaml. Reports go in the /data volume.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NIANBAO_DATA_DIR=/data
COPY package.json package-lock.json ./
# tsx runs the TypeScript sources directly (no build step); dev dependencies are not needed.
RUN npm ci --omit=dev && npm cache clean --force
COPY bin ./bin
COPY src ./src
# the chart font (charts never use system fonts)
COPY assets ./assets
COPY data/reports /data
RUN chown -R node:node /data
USER node
VOLUME ["/data"]
# Webhook ports (used only in webhook modes); GET /healthz answers there.
EXPOSE 8443 3000
# node, not npm: signals (SIGTERM from `docker stop`) reach the bot, which stops and exits.
CMD ["node", "bin/nianbao.mjs", "start"]
