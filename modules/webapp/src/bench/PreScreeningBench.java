import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the background pre-screening as a client runs it: {@code POST /api/v1/prescreenings}, then polls its
 * address every 50 ms until it is done, and fetches the workbook. Run with
 * {@code java PreScreeningBench.java <root URL> <user> <password> <year> <unit code>...}; prints one line per run:
 * {@code <unit> <year>: <seconds> s — Đã xét … người và … tập thể}, then the counts and the workbook's size.
 */
public class PreScreeningBench {

    private static final Pattern STATE = Pattern.compile("\"state\":\"([A-Z]+)\"");
    private static final Pattern NUMBER = Pattern.compile("\"(people|units)\":(\\d+)");
    private static final Pattern COUNTS = Pattern.compile("\"counts\":(\\{[^}]*\\})");

    public static void main(String[] args) throws Exception {
        URI root = URI.create(args[0]);
        String basic = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = 4; i < args.length; i++) {
            long start = System.nanoTime();
            HttpResponse<String> started = http.send(HttpRequest.newBuilder(root.resolve("api/v1/prescreenings"))
                    .header("Authorization", basic).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"unitCode\":\"" + args[i] + "\",\"year\":" + args[3] + "}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (started.statusCode() != 202) {
                System.out.printf("%s %s: refused %d %s%n", args[i], args[3], started.statusCode(), started.body());
                continue;
            }
            URI job = URI.create(started.headers().firstValue("Location").orElseThrow());
            String body = started.body();
            String state = state(body);
            while (!state.equals("DONE") && !state.equals("FAILED")) {
                Thread.sleep(50);
                body = http.send(HttpRequest.newBuilder(job).header("Authorization", basic).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                state = state(body);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (state.equals("FAILED")) {
                System.out.printf("%s %s: %.1f s — FAILED %s%n", args[i], args[3], seconds, body);
                continue;
            }
            Matcher numbers = NUMBER.matcher(body);
            String people = "?";
            String units = "?";
            while (numbers.find()) {
                if (numbers.group(1).equals("people")) {
                    people = numbers.group(2);
                } else {
                    units = numbers.group(2);
                }
            }
            System.out.printf("%s %s: %.1f s — Đã xét %s người và %s tập thể%n", args[i], args[3], seconds, people, units);
            Matcher counts = COUNTS.matcher(body);
            long bytes = http.send(HttpRequest.newBuilder(URI.create(job + "/workbook")).header("Authorization", basic)
                    .build(), HttpResponse.BodyHandlers.ofByteArray()).body().length;
            System.out.printf("    qualified: %s; workbook %,d bytes%n", counts.find() ? counts.group(1) : "?", bytes);
        }
    }

    private static String state(String body) {
        Matcher state = STATE.matcher(body);
        return state.find() ? state.group(1) : "FAILED";
    }
}
