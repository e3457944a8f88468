package dev.ticketops.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ticketops.config.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docker-compose.yml, .env.example, the Dockerfile and the README's table agree with what the app reads. */
class DeploymentFilesTest {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static Map<String, String> dotenv(Path p) throws Exception {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : Files.readAllLines(p)) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#") && l.contains("=")) {
                m.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1));
            }
        }
        return m;
    }

    @Test
    void composeWiresEveryVariableTheAppReads() throws Exception {
        JsonNode compose = YAML.readTree(Path.of("docker-compose.yml").toFile());
        JsonNode db = compose.path("services").path("mariadb");
        JsonNode app = compose.path("services").path("ticketops");
        assertThat(db.path("image").asText()).isEqualTo("mariadb:11.4");
        assertThat(db.path("volumes").get(0).asText()).startsWith("mariadb-data:");
        assertThat(compose.path("volumes").has("mariadb-data")).isTrue();
        assertThat(db.path("healthcheck").path("test").toString()).contains("healthcheck.sh");
        assertThat(db.path("command").toString()).contains("utf8mb4");

        assertThat(app.path("env_file").asText()).isEqualTo(".env");
        assertThat(app.path("depends_on").path("mariadb").path("condition").asText()).isEqualTo("service_healthy");
        assertThat(app.path("healthcheck").path("test").toString()).contains("/health");
        JsonNode env = app.path("environment");
        assertThat(env.path("DB_URL").asText()).isEqualTo("jdbc:mariadb://mariadb:3306/" + db.path("environment").path("MARIADB_DATABASE").asText());
        assertThat(env.path("DB_USER").asText()).isEqualTo(db.path("environment").path("MARIADB_USER").asText());
        assertThat(env.path("DB_PASSWORD").asText()).isEqualTo(db.path("environment").path("MARIADB_PASSWORD").asText());
        String port = env.path("PORT").asText();
        assertThat(app.path("ports").get(0).asText()).endsWith(":" + port);
        assertThat(app.path("healthcheck").path("test").toString()).contains(":" + port + "/health");

        Set<String> wired = new HashSet<>();
        env.fieldNames().forEachRemaining(wired::add);
        Map<String, String> example = dotenv(Path.of(".env.example"));
        wired.addAll(example.keySet());
        Set<String> missing = Config.variables().stream().filter(v -> !wired.contains(v)).collect(Collectors.toSet());
        assertThat(missing).as("variables the app reads that compose does not wire").isEmpty();
        Set<String> unknown = example.keySet().stream()
                .filter(v -> !Config.variables().contains(v)).collect(Collectors.toSet());
        assertThat(unknown).as("variables in .env.example the app does not read").isEmpty();
        // the example values are valid configuration
        Map<String, String> all = new LinkedHashMap<>(example);
        env.fields().forEachRemaining(e -> all.put(e.getKey(), e.getValue().asText().replaceAll("\\$\\{DB_PASSWORD[^}]*}", "x")));
        Config.fromEnvChecked(all);
    }

    @Test
    void mariadb_isNotPublishedOnTheHost_andItsRootPasswordStaysInItsContainer() throws Exception {
        JsonNode compose = YAML.readTree(Path.of("docker-compose.yml").toFile());
        JsonNode db = compose.path("services").path("mariadb");
        JsonNode app = compose.path("services").path("ticketops");
        assertThat(db.has("ports")).as("a published 3306 clashes with a local MariaDB").isFalse();
        assertThat(compose.toString()).doesNotContain(":3306\"", "3306:");

        assertThat(db.path("environment").has("MARIADB_ROOT_PASSWORD")).isFalse();
        assertThat(db.path("environment").path("MARIADB_ROOT_PASSWORD_FILE").asText()).isEqualTo("/run/secrets/mariadb-root-password");
        assertThat(db.path("secrets").toString()).contains("mariadb-root-password");
        String secretFile = compose.path("secrets").path("mariadb-root-password").path("file").asText();
        assertThat(secretFile).isEqualTo("./mariadb-root-password.txt");
        assertThat(Files.readAllLines(Path.of(".gitignore"))).contains("mariadb-root-password.txt");

        assertThat(app.toString()).doesNotContain("MARIADB_ROOT_PASSWORD", "secrets");
        assertThat(app.path("env_file").asText()).isEqualTo(".env");
        assertThat(Files.readString(Path.of(".env.example"))).as("the app reads all of .env").doesNotContain("MARIADB_ROOT_PASSWORD");
    }

    @Test
    void everyContainerHasAMemoryLimit() throws Exception {
        JsonNode services = YAML.readTree(Path.of("docker-compose.yml").toFile()).path("services");
        services.fields().forEachRemaining(s -> assertThat(s.getValue().path("mem_limit").asText())
                .as("mem_limit of " + s.getKey()).matches("[1-9][0-9]*[mg]"));
    }

    @Test
    void theBuildContext_leavesOutBuildOutputDataAndSecrets() throws Exception {
        List<String> ignored = Files.readAllLines(Path.of(".dockerignore")).stream().map(String::strip).toList();
        assertThat(ignored).contains("target/", "data/", ".git/", ".env", "mariadb-root-password.txt");
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        for (String copied : List.of("pom.xml", "src", "db", "bot-manifests")) {
            assertThat(dockerfile).contains("COPY " + copied);
            assertThat(ignored).doesNotContain(copied, copied + "/");
        }
    }

    @Test
    void theEnvExample_listsEveryVariableOfTheReadmeTable() throws Exception {
        Set<String> table = new java.util.LinkedHashSet<>();
        var row = java.util.regex.Pattern.compile("^\\| `([A-Z][A-Z0-9_]*)` \\|");
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            var m = row.matcher(line);
            if (m.find()) {
                table.add(m.group(1));
            }
        }
        assertThat(table).contains("PORT", "DB_URL", "DB_USER", "LOG_FORMAT");
        assertThat(table).as("variables in the README table but not in .env.example")
                .isSubsetOf(dotenv(Path.of(".env.example")).keySet());
    }

    @Test
    void theReadmeTableDocumentsEveryVariable() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        List<String> undocumented = Config.variables().stream().filter(v -> !readme.contains("| `" + v + "` |")).toList();
        assertThat(undocumented).isEmpty();
    }

    @Test
    void theDockerfile_buildsWithMavenAndRunsOnAJre17AsANonRootUser() throws Exception {
        String d = Files.readString(Path.of("Dockerfile"));
        assertThat(d).containsPattern("(?m)^FROM maven:[^ ]*17[^ ]* AS build$").containsPattern("(?m)^FROM eclipse-temurin:17-jre$")
                .contains("mvn -B -q -DskipTests package", "COPY --from=build /src/target/ticketops.jar")
                .containsPattern("(?m)^USER ticketops$").contains("EXPOSE 8080", "HEALTHCHECK", "/health", "COPY db db");
        JsonNode compose = YAML.readTree(Path.of("docker-compose.yml").toFile());
        assertThat(compose.path("services").path("ticketops").path("build").asText()).isEqualTo(".");
        assertThat(d).contains("EXPOSE " + compose.path("services").path("ticketops").path("environment").path("PORT").asText());
    }
}
