# The newsgraph server, for docker-compose.yml (which supplies NEO4J_URI, so no Java is needed here).
# Two stages: the packages are installed in the first; the second holds only what runs, owned by root and
# run by the unprivileged `node` user, so the server cannot change its own code.
FROM node:20-bookworm-slim AS packages
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY --from=packages /app/node_modules ./node_modules
COPY package.json ./
COPY bin ./bin
COPY src ./src
COPY loaders ./loaders
COPY schema ./schema
COPY models ./models
COPY seeds ./seeds
USER node
EXPOSE 4000
# Healthy once the server answers and its database does (/ready).
HEALTHCHECK --interval=10s --timeout=5s --start-period=120s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "bin/newsgraph.mjs", "serve", "--ingest", "seeds"]
