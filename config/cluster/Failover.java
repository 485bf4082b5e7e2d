import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The failover test of config/cluster/failover-test.sh, as a person and an HR system see it through HAProxy: signs in
 * (changing the first-start password as the application asks), writes a unit through the API, kills the node that
 * serves the session with kill -9, and checks that the next request lands on the other node still signed in and
 * that the unit is there; given the two nodes' own addresses, it also renames the unit on one and reads it on the
 * other first. Run with {@code java Failover.java <root URL> <cluster dir> <admin> <first password> <new password>
 * [<node 1 URL> <node 2 URL>]}; prints one line per check and exits 1 when one fails.
 */
public class Failover {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' Content-Security-Policy nonce, which a browser sends back with every post. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    private static int failures;

    public static void main(String[] args) throws Exception {
        URI root = URI.create(args[0]);
        Path dir = Path.of(args[1]);
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String login = get(http, root.resolve("login.xhtml")).body();
        HttpResponse<String> signedIn = post(http, root.resolve("login.xhtml"), login, Map.of("login", "login",
                "login:username", args[2], "login:password", args[3], "login:submit", ""));
        if (signedIn.uri().getPath().endsWith("/organisation/password.xhtml")) {
            signedIn = post(http, signedIn.uri(), signedIn.body(), Map.of("passwordForm", "passwordForm",
                    "passwordForm:currentPassword", args[3], "passwordForm:newPassword", args[4],
                    "passwordForm:confirmation", args[4], "passwordForm:change", ""));
        }
        HttpResponse<String> home = get(http, root);
        check("signed in through HAProxy", home.statusCode() == 200 && home.body().contains("header:signOut"));
        String node = node(cookies);
        check("the session sits on one node (" + node + ")", node != null);

        String basic = "Basic " + Base64.getEncoder().encodeToString((args[2] + ":" + args[4]).getBytes(StandardCharsets.UTF_8));
        String unit = "FAILOVER_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        HttpResponse<String> written = http.send(HttpRequest.newBuilder(root.resolve("api/v1/units/" + unit))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"Xã Chuyển Đổi\",\"kind\":\"COMMUNE\",\"parentCode\":\"SON_LA\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        check("a unit written through the API (" + written.statusCode() + ")", written.statusCode() == 201);
        if (args.length > 6) {
            // Both nodes alive: a change made on one is what the other reads at once (nothing cached per node).
            String renamed = "Xã Chuyển Đổi " + unit.substring(unit.length() - 4);
            HttpResponse<String> onA = http.send(HttpRequest.newBuilder(URI.create(args[5]).resolve("api/v1/units/" + unit))
                    .header("Authorization", basic).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + renamed
                            + "\",\"kind\":\"COMMUNE\",\"parentCode\":\"SON_LA\"}")).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> onB = http.send(HttpRequest.newBuilder(URI.create(args[6]).resolve("api/v1/units/" + unit))
                    .header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString());
            check("renamed on " + args[5] + " (" + onA.statusCode() + "), read at once on " + args[6],
                    onA.statusCode() == 200 && onB.statusCode() == 200 && onB.body().contains(renamed));
        }

        long pid = Long.parseLong(Files.readString(dir.resolve(node + ".pid")).strip());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
        long killed = System.nanoTime();
        HttpResponse<String> after = get(http, root);
        double seconds = (System.nanoTime() - killed) / 1e9;
        String other = node(cookies);
        check(String.format("after kill -9 of %s the next page answered in %.2f s from %s", node, seconds, other),
                after.statusCode() == 200 && other != null && !other.equals(node));
        check("still signed in on " + other + " (no sign-in page)", after.body().contains("header:signOut")
                && !after.body().contains("login:password"));
        HttpResponse<String> read = http.send(HttpRequest.newBuilder(root.resolve("api/v1/units/" + unit))
                .header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString());
        check("the unit written before the kill is read from " + other, read.statusCode() == 200
                && read.body().contains(unit));
        HttpResponse<String> chain = http.send(HttpRequest.newBuilder(root.resolve("api/v1/audit/verification"))
                .header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString());
        check("the audit chain verifies: " + chain.body(), chain.statusCode() == 200 && chain.body().contains("\"intact\":true"));
        System.exit(failures == 0 ? 0 : 1);
    }

    private static void check(String what, boolean ok) {
        System.out.println((ok ? "PASS " : "FAIL ") + what);
        if (!ok) {
            failures++;
        }
    }

    private static String node(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("THIDUA_NODE"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private static HttpResponse<String> get(HttpClient http, URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient http, URI uri, String page, Map<String, String> fields)
            throws Exception {
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new IllegalStateException("No form at " + uri);
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("jakarta.faces.ViewState", viewState.group(1));
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
