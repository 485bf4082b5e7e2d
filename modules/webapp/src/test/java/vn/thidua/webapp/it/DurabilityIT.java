package vn.thidua.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged is lost on a crash (issue 15): the real WAR on a real Payara Micro, started by this test as
 * the README starts it, on the embedded database in a fresh data directory (or on PostgreSQL when THIDUA_DB_URL
 * names it). {@value #WRITERS} clients write people through the API; the JVM is killed with SIGKILL in the middle
 * ({@link Process#destroyForcibly()}); it starts again on the same data; every write the API acknowledged with 201 is
 * there exactly once, the audit chain verifies, and the application deploys. {@code -Dthidua.crash.runs=N} repeats
 * the kill N times on the same data ({@code config/crash-test.sh} runs it 20 times); each run prints its figures.
 * Also: a backup restored brings back its records and audit chain, and a database that cannot be opened is named,
 * with the newest backup and how to restore it, on every page instead of a silent 404.
 */
class DurabilityIT {

    static final int WRITERS = 16;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(DurabilityIT.class.getName());

    @Test
    void everyAcknowledgedWriteSurvivesAKillMinusNine() throws Exception {
        int runs = Integer.getInteger("thidua.crash.runs", 1);
        Path directory = Files.createTempDirectory("thidua-crash");
        int port = FreshInstance.freePort();
        URI root = URI.create("http://localhost:" + port + "/");
        FreshInstance instance = FreshInstance.start(directory, port);
        List<String> figures = new ArrayList<>();
        int lostInAll = 0;
        try {
            instance.awaitUp(root);
            Deployments.root(root.toURL());
            WebClient client = new WebClient(root);
            String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
            String unit = "CRASH_" + tag;
            assertThat(client.send("PUT", "api/v1/units/" + unit, Deployments.ADMIN, Deployments.adminPassword(),
                    "{\"name\":\"Đơn vị thử sự cố " + tag + "\",\"kind\":\"AGENCY\",\"parentCode\":\"SON_LA\"}")
                    .statusCode()).isEqualTo(201);
            for (int run = 1; run <= runs; run++) {
                Set<String> acknowledged = ConcurrentHashMap.newKeySet();
                AtomicInteger attempted = new AtomicInteger();
                AtomicBoolean stop = new AtomicBoolean();
                ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
                String prefix = "CR" + run + "_" + tag + "_";
                Instant began = Instant.now();
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    writers.submit(() -> write(root, unit, prefix + writer + "_", stop, attempted, acknowledged));
                }
                Thread.sleep(ThreadLocalRandom.current().nextLong(3_000, 7_000));
                instance.kill();
                double seconds = Duration.between(began, Instant.now()).toMillis() / 1000.0;
                stop.set(true);
                writers.shutdown();
                assertThat(writers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

                instance = FreshInstance.start(directory, port);
                instance.awaitUp(root);
                int lost = 0;
                for (String code : acknowledged) {
                    if (client.getAs("api/v1/people/" + code, Deployments.ADMIN, Deployments.adminPassword())
                            .statusCode() != 200) {
                        lost++;
                    }
                }
                // Exactly once: the unit lists each code once, and holds no more than was attempted.
                List<String> codes = new ArrayList<>();
                for (int page = 0; ; page++) {
                    java.net.http.HttpResponse<String> answer = client.getAs("api/v1/people?unit=" + unit + "&size=500&page="
                            + page, Deployments.ADMIN, Deployments.adminPassword());
                    // Say what came instead of a list (CI once got a page here, not JSON, and said nothing more).
                    assertThat(answer.headers().firstValue("Content-Type").orElse("")).as("%s %s", answer.statusCode(),
                            answer.body().substring(0, Math.min(500, answer.body().length()))).contains("json");
                    JsonObject listed = WebClient.json(answer);
                    if (listed.getJsonArray("items").isEmpty()) {
                        break;
                    }
                    listed.getJsonArray("items").stream().map(item -> ((JsonObject) item).getString("code"))
                            .filter(code -> code.startsWith(prefix)).forEach(codes::add);
                }
                assertThat(codes).doesNotHaveDuplicates();
                assertThat(codes).containsAll(acknowledged).hasSizeLessThanOrEqualTo(attempted.get());
                JsonObject chain = WebClient.json(client.getAs("api/v1/audit/verification", Deployments.ADMIN,
                        Deployments.adminPassword()));
                assertThat(chain.getBoolean("intact")).as(chain.toString()).isTrue();
                lostInAll += lost;
                figures.add(String.format("crash run %d on %s: %d writes attempted, %d acknowledged in %.1f s (%.0f/s),"
                                + " %d present after kill -9, %d lost, %d unacknowledged but committed", run,
                        Deployments.expectedDatabaseProduct(), attempted.get(), acknowledged.size(), seconds,
                        acknowledged.size() / seconds, acknowledged.size() - lost, lost,
                        codes.size() - (acknowledged.size() - lost)));
                LOG.info(figures.get(figures.size() - 1));
            }
        } finally {
            instance.kill();
            LOG.info(() -> String.join("\n", figures));
        }
        assertThat(lostInAll).as("acknowledged writes lost over %d kill -9 runs", runs).isZero();
    }

    @Test
    void aBackupRestoredBringsBackItsRecordsAndItsAuditChain() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue("H2".equals(Deployments.expectedDatabaseProduct()),
                "the embedded database's backup; PostgreSQL's is pg_dump (config/README.md)");
        Path directory = Files.createTempDirectory("thidua-restore");
        int port = FreshInstance.freePort();
        URI root = URI.create("http://localhost:" + port + "/");
        FreshInstance instance = FreshInstance.start(directory, port);
        try {
            instance.awaitUp(root);
            Deployments.root(root.toURL());
            WebClient client = new WebClient(root);
            String unit = "SAO_LUU_" + Long.toString(System.nanoTime(), 36).toUpperCase();
            admin(client, "PUT", "api/v1/units/" + unit, "{\"name\":\"Đơn vị thử sao lưu\",\"kind\":\"AGENCY\","
                    + "\"parentCode\":\"SON_LA\"}", 201);
            for (int i = 0; i < 20; i++) {
                admin(client, "PUT", "api/v1/people/" + unit + "_A" + i, person(unit), 201);
            }
            HttpResponse<String> backup = client.send("POST", "api/v1/backups", Deployments.ADMIN,
                    Deployments.adminPassword(), "");
            assertThat(backup.statusCode()).as(backup.body()).isEqualTo(201);
            String file = WebClient.json(backup).getString("name");
            long entries = WebClient.json(client.getAs("api/v1/audit/verification", Deployments.ADMIN,
                    Deployments.adminPassword())).getJsonNumber("checked").longValue();
            for (int i = 0; i < 10; i++) {
                admin(client, "PUT", "api/v1/people/" + unit + "_B" + i, person(unit), 201);
            }
            assertThat(count(client, unit, directory)).isEqualTo(30);
            assertThat(client.getAs("api/v1/backups", Deployments.ADMIN, Deployments.adminPassword()).body()).contains(file);

            // The README's restore: stop, keep the current file aside, extract the copy, start.
            instance.kill();
            Path data = directory.resolve("data");
            Files.move(data.resolve("thidua.mv.db"), data.resolve("thidua.mv.db.truoc-khi-khoi-phuc"));
            Process extract = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jar").toString(), "xf",
                    "backups/" + file).directory(data.toFile()).inheritIO().start();
            assertThat(extract.waitFor()).isZero();
            instance = FreshInstance.start(directory, port);
            instance.awaitUp(root);

            assertThat(count(client, unit, directory)).as("the people of the backup, not those written after it")
                    .isEqualTo(20);
            JsonObject chain = WebClient.json(client.getAs("api/v1/audit/verification", Deployments.ADMIN,
                    Deployments.adminPassword()));
            assertThat(chain.getBoolean("intact")).as(chain.toString()).isTrue();
            assertThat(chain.getJsonNumber("checked").longValue()).as("the audit trail of the backup").isEqualTo(entries);
            LOG.info("restore drill: 20 people and " + entries + " audit entries in " + file
                    + "; 30 people before the restore, 20 after; the audit chain verifies");
        } finally {
            instance.kill();
        }
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsNamedOnEveryPageWithTheNewestBackup() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue("H2".equals(Deployments.expectedDatabaseProduct()),
                "an embedded database file to damage");
        Path directory = Files.createTempDirectory("thidua-broken");
        Path data = Files.createDirectories(directory.resolve("data"));
        byte[] garbage = new byte[256 * 1024];
        new java.util.Random(15).nextBytes(garbage);
        Files.write(data.resolve("thidua.mv.db"), garbage);
        Files.createDirectories(data.resolve("backups"));
        Files.write(data.resolve("backups/thidua-20261127-020000.zip"), new byte[] {0});
        int port = FreshInstance.freePort();
        URI root = URI.create("http://localhost:" + port + "/");
        FreshInstance instance = FreshInstance.start(directory, port);
        try {
            WebClient client = new WebClient(root);
            Instant deadline = Instant.now().plus(FreshInstance.STARTUP);
            HttpResponse<String> health = null;
            while (Instant.now().isBefore(deadline)) {
                try {
                    health = client.get("health");
                    // The application's readiness check once it is deployed: not Payara's error page while it deploys,
                    // nor the "No Application deployed" of Payara's health endpoint before the application's checks are there.
                    if (health.statusCode() == 503 && health.body().contains("reason")) {
                        break;
                    }
                } catch (IOException notYet) {
                    // starting
                }
                Thread.sleep(500);
            }
            assertThat(health).isNotNull();
            assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
            assertThat(health.body()).contains("DOWN").contains("reason");
            HttpResponse<String> page = client.get("");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("chưa sẵn sàng").contains("Nguyên nhân:")
                    .contains("thidua-20261127-020000.zip").contains("jar xf");
            HttpResponse<String> api = client.getAs("api/v1/units/SON_LA", Deployments.ADMIN, Deployments.adminPassword());
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        } finally {
            instance.kill();
        }
    }

    private static String person(String unit) {
        return "{\"fullName\":\"Người thử sao lưu\",\"unitCode\":\"" + unit
                + "\",\"gender\":\"MALE\",\"positionCategory\":\"DIRECT_WORKER\"}";
    }

    private static void admin(WebClient client, String method, String path, String json, int expected) throws Exception {
        HttpResponse<String> response = client.send(method, path, Deployments.ADMIN, Deployments.adminPassword(), json);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
    }

    /** The people of the unit; any other answer fails with what the server said and the end of its log. */
    private static long count(WebClient client, String unit, Path directory) throws Exception {
        HttpResponse<String> people = client.getAs("api/v1/people?unit=" + unit + "&size=1", Deployments.ADMIN,
                Deployments.adminPassword());
        assertThat(people.statusCode() == 200 && people.body().startsWith("{"))
                .as(() -> people.statusCode() + " " + people.body() + "\n--- server log:\n" + logTail(directory))
                .isTrue();
        return WebClient.json(people).getJsonNumber("total").longValue();
    }

    private static String logTail(Path directory) {
        try {
            List<String> lines = Files.readAllLines(directory.resolve("payara.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    /** One client: people one after another until told to stop or the server is gone. */
    private static void write(URI root, String unit, String prefix, AtomicBoolean stop, AtomicInteger attempted,
                              Set<String> acknowledged) {
        WebClient client = new WebClient(root);
        for (int i = 0; !stop.get(); i++) {
            String code = prefix + i;
            attempted.incrementAndGet();
            try {
                HttpResponse<String> response = client.send("PUT", "api/v1/people/" + code, Deployments.ADMIN,
                        Deployments.adminPassword(), "{\"fullName\":\"Người thử " + code + "\",\"unitCode\":\"" + unit
                                + "\",\"gender\":\"FEMALE\",\"positionCategory\":\"DIRECT_WORKER\"}");
                if (response.statusCode() == 201) {
                    acknowledged.add(code);
                }
            } catch (IOException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
