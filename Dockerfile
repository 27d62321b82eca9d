# The newsgraph server, for docker-compose.yml (which supplies NEO4J_URI, so no Java is needed here).
# Three stages: the code is compiled in the first (all packages), the run-time packages are installed in the
# second; the last holds only what runs, owned by root and run by the unprivileged `node` user, so the server
# cannot change its own code.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY scripts/build.mjs ./scripts/
COPY tsconfig.json ./
COPY src ./src
# The explorer page and the typed documents it asks with.
COPY web ./web
COPY gql ./gql
RUN npm run build

FROM node:24-bookworm-slim AS packages
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY --from=packages /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY models ./models
COPY seeds ./seeds
USER node
EXPOSE 4000
# Healthy once the server answers and its database does (/ready).
HEALTHCHECK --interval=10s --timeout=5s --start-period=120s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "bin/newsgraph.mjs", "serve", "--ingest", "seeds"]
