import java.net.CookieManager;
import java.net.HttpCookie;
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
 * Signs in {@code n} sessions through the sign-in page, as a browser does, and prints each session's cookies on a
 * line ({@code name=value; name=value}) for the screens' load ({@code screens.lua}). Run with
 * {@code java Sessions.java <root URL> <user> <password> <n>}.
 */
public class Sessions {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' Content-Security-Policy nonce, which a browser sends back with every post. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        URI root = URI.create(args[0]);
        for (int i = 0; i < Integer.parseInt(args[3]); i++) {
            CookieManager cookies = new CookieManager();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            String login = http.send(HttpRequest.newBuilder(root.resolve("login.xhtml")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher viewState = VIEW_STATE.matcher(login);
            if (!viewState.find()) {
                throw new IllegalStateException("No sign-in form at " + root);
            }
            Map<String, String> form = new LinkedHashMap<>();
            form.put("login", "login");
            form.put("login:username", args[1]);
            form.put("login:password", args[2]);
            form.put("login:submit", "");
            form.put("jakarta.faces.ViewState", viewState.group(1));
            Matcher nonce = NONCE.matcher(login);
            if (nonce.find()) {
                form.put("primefaces.nonce", nonce.group(1));
            }
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            String home = http.send(HttpRequest.newBuilder(root.resolve("login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
            if (!home.contains("header:signOut")) {
                throw new IllegalStateException("Sign-in refused for " + args[1]);
            }
            System.out.println(cookies.getCookieStore().getCookies().stream().map(HttpCookie::toString)
                    .collect(Collectors.joining("; ")));
        }
    }
}
