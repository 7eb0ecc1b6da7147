package io.commerce.k8scheck;

import static io.commerce.k8scheck.Manifests.Yaml2.at;
import static io.commerce.k8scheck.Manifests.Yaml2.list;
import static io.commerce.k8scheck.Manifests.Yaml2.map;
import static io.commerce.k8scheck.Manifests.Yaml2.string;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * In prod each service connects as a PostgreSQL role of its own, which owns its database and can reach no other, with
 * credentials no other service reads; and the connections the services open at their autoscalers' maxima fit.
 */
class DatabaseRolesTest {

    private static final Manifests PROD = Kustomize.overlay("prod");
    private static final Pattern POOL_SIZE =
            Pattern.compile("maximum-pool-size:\\s*(?:\\$\\{([A-Z_]+):(\\d+)}|(\\d+))");
    /** Hikari's maximumPoolSize when a service sets none. */
    private static final int HIKARI_DEFAULT_POOL = 10;

    private static Map<String, Object> cluster() {
        return PROD.ofKind("Cluster").getFirst();
    }

    private static Map<String, Map<String, Object>> roles() {
        var roles = new LinkedHashMap<String, Map<String, Object>>();
        for (var role : list(cluster(), "spec", "managed", "roles")) {
            roles.put(string(role, "name"), map(role));
        }
        return roles;
    }

    /** Database name to its owner, the initdb one among them. */
    private static Map<String, String> owners() {
        var owners = new LinkedHashMap<String, String>();
        owners.put(string(cluster(), "spec", "bootstrap", "initdb", "database"),
                string(cluster(), "spec", "bootstrap", "initdb", "owner"));
        for (var database : PROD.ofKind("Database")) {
            owners.put(string(database, "spec", "name"), string(database, "spec", "owner"));
        }
        return owners;
    }

    private static List<Repo.App> servicesWithDatabases() {
        return Repo.apps().stream().filter(a -> a.database().isPresent()).toList();
    }

    @Test
    void eachServiceConnectsAsARoleOfItsOwnThatOwnsItsDatabaseAlone() {
        var owners = owners();
        var secrets = new TreeSet<String>();
        for (var app : servicesWithDatabases()) {
            var database = app.database().orElseThrow();
            var environment = Workloads.environment(PROD, PROD.find("Deployment", app.name()).orElseThrow());
            var username = environment.get("DATABASE_USERNAME");
            var password = environment.get("DATABASE_PASSWORD");
            assertThat(username).as("%s DATABASE_USERNAME", app.name()).startsWith(Workloads.SECRET_REF)
                    .endsWith("/username");
            var secret = username.substring(Workloads.SECRET_REF.length(), username.lastIndexOf('/'));
            assertThat(password).as("%s DATABASE_PASSWORD", app.name())
                    .isEqualTo(Workloads.SECRET_REF + secret + "/password");
            assertThat(secrets.add(secret)).as("%s's Secret %s is its own", app.name(), secret).isTrue();

            var owner = owners.get(database);
            assertThat(owner).as("the owner of %s", database).isNotNull();
            var role = roles().get(owner);
            assertThat(role).as("%s, the owner of %s, is a managed role", owner, database).isNotNull();
            assertThat(string(role, "passwordSecret", "name")).as("role %s's password", owner).isEqualTo(secret);
            assertThat(at(role, "login")).isEqualTo(true);
            for (var privilege : List.of("superuser", "createdb", "createrole", "replication", "bypassrls")) {
                assertThat(at(role, privilege)).as("role %s %s", owner, privilege).isIn(null, false);
            }
            assertThat(list(role, "inRoles")).as("role %s's memberships", owner).isEmpty();
            assertThat(owners.values().stream().filter(owner::equals)).as("databases %s owns", owner).hasSize(1);
        }
        var initdbOwner = string(cluster(), "spec", "bootstrap", "initdb", "owner");
        assertThat(string(cluster(), "spec", "bootstrap", "initdb", "secret", "name"))
                .as("initdb sets the password its managed role keeps")
                .isEqualTo(string(roles().get(initdbOwner), "passwordSecret", "name"));
        assertThat(roles().keySet()).as("no role but the services'").isEqualTo(new TreeSet<>(owners.values()));
    }

    @Test
    void pgHbaLetsEachRoleIntoItsOwnDatabaseAndNoOther() {
        var rules = list(cluster(), "spec", "postgresql", "pg_hba").stream().map(String::valueOf).toList();
        var owners = owners();
        for (var role : roles().keySet()) {
            for (var database : owners.keySet()) {
                var method = firstMatch(rules, database, role);
                if (role.equals(owners.get(database))) {
                    assertThat(method).as("%s into %s", role, database).isIn("scram-sha-256", "cert");
                } else {
                    assertThat(method).as("%s into %s", role, database).isEqualTo("reject");
                }
            }
            assertThat(firstMatch(rules, "postgres", role)).as("%s into postgres", role).isEqualTo("reject");
        }
    }

    /**
     * The method of the first of these host rules that matches (CloudNativePG's default, {@code host all all all
     * scram-sha-256}, comes after them).
     */
    private static String firstMatch(List<String> rules, String database, String role) {
        for (var rule : rules) {
            var fields = rule.trim().split("\\s+");
            if (!fields[0].startsWith("host")) {
                continue;
            }
            var databases = Set.of(fields[1].split(","));
            var users = Set.of(fields[2].split(","));
            var databaseMatches = databases.contains("all") || databases.contains(database)
                    || (databases.contains("sameuser") && database.equals(role));
            if (databaseMatches && (users.contains("all") || users.contains(role))) {
                return fields[4];
            }
        }
        return "scram-sha-256";
    }

    @Test
    void theConnectionsAtTheAutoscalersMaximaFitEachRolesLimitAndMaxConnections() {
        var owners = owners();
        var outsideThePool = count("DriverManager.getConnection(", Repo.mainSources("common-contracts"));
        assertThat(outsideThePool).as("the outbox relay's own connection").isPositive();
        var limits = 0;
        for (var app : servicesWithDatabases()) {
            var deployment = PROD.find("Deployment", app.name()).orElseThrow();
            var environment = Workloads.environment(PROD, deployment);
            var perInstance = poolSize(app, environment) + outsideThePool
                    + count("DriverManager.getConnection(", Repo.mainSources(app.name()));
            var instances = maxReplicas(app.name()) + maxSurge(deployment);
            var role = roles().get(owners.get(app.database().orElseThrow()));
            var limit = (Integer) at(role, "connectionLimit");
            assertThat(limit).as("%s's connectionLimit: %d instances x %d connections", app.name(), instances,
                    perInstance).isNotNull().isGreaterThanOrEqualTo(instances * perInstance);
            limits += limit;
        }
        var parameters = map(cluster(), "spec", "postgresql", "parameters");
        var maxConnections = Integer.parseInt(String.valueOf(parameters.get("max_connections")));
        var reserved = Integer.parseInt(String.valueOf(parameters.getOrDefault("superuser_reserved_connections", "3")));
        assertThat(limits + reserved).as("the roles' limits and the superuser's reserve within max_connections")
                .isLessThanOrEqualTo(maxConnections);
        assertThat(PROD.ofKind("Pooler")).as("no PgBouncer: session locks and LISTEN need session pooling").isEmpty();
    }

    private static int poolSize(Repo.App app, Map<String, String> environment) {
        var matcher = POOL_SIZE.matcher(app.applicationYml());
        if (!matcher.find()) {
            return HIKARI_DEFAULT_POOL;
        }
        if (matcher.group(3) != null) {
            return Integer.parseInt(matcher.group(3));
        }
        return Integer.parseInt(environment.getOrDefault(matcher.group(1), matcher.group(2)));
    }

    private static int maxReplicas(String app) {
        return PROD.ofKind("HorizontalPodAutoscaler").stream()
                .filter(h -> app.equals(string(h, "spec", "scaleTargetRef", "name")))
                .map(h -> (Integer) at(h, "spec", "maxReplicas")).findFirst().orElseThrow();
    }

    /** The extra pods a rolling update may start, by the Deployment's strategy (Kubernetes' default: 25 %). */
    private static int maxSurge(Map<String, Object> deployment) {
        var surge = at(deployment, "spec", "strategy", "rollingUpdate", "maxSurge");
        if (surge instanceof Integer pods) {
            return pods;
        }
        var percent = surge == null ? 25 : Integer.parseInt(String.valueOf(surge).replace("%", ""));
        return (int) Math.ceil(maxReplicas(Manifests.name(deployment)) * percent / 100.0);
    }

    private static int count(String needle, String haystack) {
        var count = 0;
        for (var i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }
}
