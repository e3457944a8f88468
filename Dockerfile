# syntax=docker/dockerfile:1
# Build: Maven on JDK 17 makes target/ticketops.jar (the embedded MariaDB binaries stay in the jar, unused here).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY db db
COPY bot-manifests bot-manifests
RUN mvn -B -q -DskipTests package

# Run: a JRE 17, as an unprivileged user.
FROM eclipse-temurin:17-jre
RUN groupadd --system ticketops && useradd --system --gid ticketops --home-dir /app --shell /usr/sbin/nologin ticketops \
    && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/target/ticketops.jar /app/ticketops.jar
COPY bot-manifests /app/bot-manifests
RUN mkdir -p /app/data && chown -R ticketops:ticketops /app
USER ticketops
ENV PORT=8080 DATA_DIR=/app/data
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 CMD curl -fsS http://127.0.0.1:8080/health || exit 1
# SIGTERM stops taking requests, finishes those in flight, stops the scheduler and the pool, within 10 seconds.
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/ticketops.jar"]
