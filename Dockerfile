# Builds and runs Incident Map. docker compose (docker-compose.yml) pairs it with PostGIS.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY frontend frontend
COPY geo geo
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --home /app incidentmap
COPY --from=build /src/target/incident-map.jar /app/incident-map.jar
COPY seeds /app/seeds
USER incidentmap
EXPOSE 8080
ENV INCIDENT_MAP_SEEDS=/app/seeds
ENTRYPOINT ["java", "-jar", "/app/incident-map.jar"]
