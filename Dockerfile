# nianbao bot: `docker build -t nianbao .` then see compose.yaml. Reports go in the /data volume.
# The image runs the compiled build (dist/, `npm run build`): without it the TypeScript sources run
# through tsx, whose loader thread stays for the life of the process (bin/entry.mjs).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY scripts/build.mjs ./scripts/
COPY src ./src
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NIANBAO_DATA_DIR=/data
COPY package.json package-lock.json ./
# dev dependencies are not needed to run the build; tsx stays, for a source edited in the image
RUN npm ci --omit=dev && npm cache clean --force
# the sources and the compiler settings are hashed at start to check the build was made from them
COPY tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
COPY --from=build /app/dist ./dist
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
