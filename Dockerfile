# Multi-stage build of the PostgreSQL variant of the ImROC change tracker.
# Build:  docker build -t imroc-tracker .
# Run:    docker run -p 8080:8080 -e QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://db:5432/tracker \
#           -e QUARKUS_DATASOURCE_USERNAME=tracker -e QUARKUS_DATASOURCE_PASSWORD=... \
#           -e TRACKER_BOOTSTRAP_ADMIN_PASSWORD=... -e TRACKER_JWT_PRIVATE_KEY="$(cat key.pem)" \
#           -e TRACKER_JWT_PUBLIC_KEY="$(cat pub.pem)" imroc-tracker
# Without TRACKER_JWT_* the container generates a key pair in /app/data: mount a volume there, and give every
# replica the same configured keys instead when running more than one.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline || true
COPY src/ src/
COPY openapi.yaml ./
RUN ./mvnw -B package -DskipTests -Dquarkus.profile=pg

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin tracker \
    && mkdir -p /app/data && chown tracker:tracker /app/data
WORKDIR /app
# The fast-jar layout, copied layer by layer so that code changes do not invalidate the dependency layer.
COPY --from=build --chown=tracker:tracker /src/target/quarkus-app/lib/ /app/lib/
COPY --from=build --chown=tracker:tracker /src/target/quarkus-app/*.jar /app/
COPY --from=build --chown=tracker:tracker /src/target/quarkus-app/app/ /app/app/
COPY --from=build --chown=tracker:tracker /src/target/quarkus-app/quarkus/ /app/quarkus/
# The launch settings the benchmark was run with (bench/README.md): bounded heap, serial GC, ≤ 300 MB resident.
COPY --chown=tracker:tracker jvm.options /app/jvm.options
USER tracker
EXPOSE 8080
ENV QUARKUS_HTTP_HOST=0.0.0.0 \
    TRACKER_DATA_DIR=/app/data \
    MALLOC_ARENA_MAX=2 \
    JAVA_OPTS=""
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/q/health/ready || exit 1
ENTRYPOINT ["sh", "-c", "exec java @/app/jvm.options $JAVA_OPTS -jar /app/quarkus-run.jar"]
