# leidraad app image: the server runs TypeScript through tsx; the client is built at image time.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
ENV HOST=0.0.0.0 PORT=3000 NODE_ENV=production
RUN mkdir -p /data && chown node:node /data
EXPOSE 3000
USER node
CMD ["node", "--import", "tsx", "server/main.ts"]
