# Samenplan production image: docker build -t samenplan .
# The run command and its environment variables are in README.md ("Production").

# --- Build stage: the production jar (Vaadin's precompiled bundle, no npm build) ---
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build

# Dependencies first, in their own layer: rebuilt only when pom.xml changes.
# (go-offline alone misses some compile dependencies; resolve fetches the rest.)
COPY pom.xml .
RUN mvn -B -ntp -Pproduction dependency:go-offline dependency:resolve

COPY src src
COPY db db
COPY frontend frontend
RUN mvn -B -ntp -Pproduction -DskipTests package

# --- Runtime stage ---
FROM eclipse-temurin:17-jre

# curl for the HEALTHCHECK below
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

# A system user of its own (the Ubuntu base image already has a user with uid 1000)
RUN groupadd --system samenplan \
    && useradd --system --gid samenplan --home-dir /app --shell /usr/sbin/nologin samenplan

WORKDIR /app
COPY --from=build /build/target/samenplan-*.jar /tmp/samenplan.jar
# Extracted as Spring Boot's tools extract it (the application's jar plus lib/): classes load from plain jars, which
# starts faster than the nested jars of java -jar (PERFORMANCE.md, "Cold start")
RUN java -Djarmode=tools -jar /tmp/samenplan.jar extract --destination /app \
    && mv /app/samenplan-*.jar /app/samenplan.jar && rm /tmp/samenplan.jar

ENV SPRING_PROFILES_ACTIVE=prod \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"

USER samenplan
# 8080: the application; 9090: the management port (Prometheus metrics, health), never to be published to the outside
# world (README, "Logs and metrics")
EXPOSE 8080 9090

# Start-up takes about 14 s on 2 free cores (Liquibase included; about 10 s with a CDS archive, PERFORMANCE.md),
# longer on a busy host. Liveness only: a node whose database is away is not stuck (readiness says that, /readyz) and
# must not be restarted for it. On the application's port: the prod profile moves the actuator to the management port,
# the probes stay here as /livez and /readyz.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS http://localhost:8080/livez || exit 1

# sh -c so that JAVA_OPTS is expanded; extra arguments of `docker run` go to the application
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/samenplan.jar \"$@\"", "--"]
