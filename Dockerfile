# The newsgraph server, for docker-compose.yml (which supplies NEO4J_URI, so no Java is needed here).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY bin ./bin
COPY src ./src
COPY loaders ./loaders
COPY schema ./schema
COPY seeds ./seeds
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["node", "bin/newsgraph.mjs", "serve", "--ingest", "seeds"]
