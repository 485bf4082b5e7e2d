import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Times the pre-screening screen as a user runs it: signs in through the sign-in page, opens
 * /commendation/prescreening.xhtml and submits the form for each unit code given. Run with
 * {@code java PreScreeningBench.java <root URL> <user> <password> <year> <unit code>...}; prints one line per run.
 */
public class PreScreeningBench {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CELL = Pattern.compile("<td[^>]*>(?:<span[^>]*>)?([^<]*)");
    private static final Pattern EVALUATED = Pattern.compile("(Đã xét [^<]*)");

    public static void main(String[] args) throws Exception {
        URI root = URI.create(args[0]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String login = get(http, root.resolve("login.xhtml"));
        post(http, root.resolve("login.xhtml"), login, Map.of("login", "login", "login:username", args[1],
                "login:password", args[2], "login:submit", ""));
        for (int i = 4; i < args.length; i++) {
            String page = get(http, root.resolve("commendation/prescreening.xhtml"));
            long start = System.nanoTime();
            String result = post(http, root.resolve("commendation/prescreening.xhtml"), page, Map.of(
                    "prescreeningForm", "prescreeningForm", "prescreeningForm:unitCode", args[i],
                    "prescreeningForm:year_input", args[3], "prescreeningForm:year_hinput", args[3],
                    "prescreeningForm:run", ""));
            double seconds = (System.nanoTime() - start) / 1e9;
            Matcher evaluated = EVALUATED.matcher(result);
            System.out.printf("%s %s: %.1f s — %s%n", args[i], args[3], seconds,
                    evaluated.find() ? evaluated.group(1).strip() : "NO RESULT (see the server log)");
            int table = result.indexOf("resultForm:counts_data");
            if (table > 0) {
                Matcher cells = CELL.matcher(result.substring(table, result.indexOf("</tbody>", table)));
                StringBuilder counts = new StringBuilder("    qualified:");
                while (cells.find()) {
                    counts.append(' ').append(cells.group(1).strip());
                }
                System.out.printf("%s%n", counts);
            }
        }
    }

    private static String get(HttpClient http, URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String post(HttpClient http, URI uri, String page, Map<String, String> fields) throws Exception {
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new IllegalStateException("No view state in " + uri);
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("jakarta.faces.ViewState", viewState.group(1));
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
