package vn.thidua.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro with the built WAR, as the README's run command starts it, on a data directory of its own: a new
 * installation when the directory is new.
 */
public record FreshInstance(Process process) {

    static final Duration STARTUP = Duration.ofMinutes(4);

    static FreshInstance start(Path directory, int port) throws IOException {
        return start(directory, port, false);
    }

    /**
     * @param embedded true: on an embedded database of its own in the directory, whatever database the tests are
     *                 configured for (a new installation, empty); false: on the tests' database
     */
    static FreshInstance start(Path directory, int port, boolean embedded) throws IOException {
        Path war = Path.of(System.getProperty("thidua.war", "target/thidua.war")).toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target/payara-micro.jar").toAbsolutePath().toString(), "--deploy", war.toString(),
                "--port", Integer.toString(port), "--nocluster", "--postbootcommandfile",
                Path.of("../../config/payara/single-instance.asadmin").toAbsolutePath().toString(),
                "--rootdir", directory.resolve("payara-root").toString());
        Map<String, String> environment = builder.environment();
        environment.put("THIDUA_DATA_DIR", directory.resolve("data").toString());
        if (embedded) {
            environment.keySet().removeIf(name -> name.startsWith("THIDUA_DB_"));
        }
        environment.put("THIDUA_ADMIN_PASSWORD", Deployments.firstStartPassword());
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("payara.log").toFile()));
        return new FreshInstance(builder.start());
    }

    void awaitUp(URI root) throws IOException, InterruptedException {
        WebClient client = new WebClient(root);
        Instant deadline = Instant.now().plus(STARTUP);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("Payara Micro exited: " + last).isTrue();
            try {
                HttpResponse<String> health = client.get("health");
                last = health.statusCode() + " " + health.body();
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    awaitDeployed(client, deadline);
                    return;
                }
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The instance did not come up again within " + STARTUP + ": " + last);
    }

    /**
     * Payara may answer the health check before the deployment has quite finished; a signed-in call tells when
     * the application serves.
     */
    private void awaitDeployed(WebClient client, Instant deadline) throws IOException, InterruptedException {
        int status = 0;
        while (Instant.now().isBefore(deadline)) {
            status = client.getAs("api/v1/units/SON_LA", Deployments.ADMIN, Deployments.adminPassword()).statusCode();
            // 200 with the chosen password; before the first sign-in, 403 "change your password" with the first one.
            if (status == 200 || client.getAs("api/v1/units/SON_LA", Deployments.ADMIN,
                    Deployments.firstStartPassword()).statusCode() == 403) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The application answered " + status + " after it said it was up");
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(1, TimeUnit.MINUTES);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
