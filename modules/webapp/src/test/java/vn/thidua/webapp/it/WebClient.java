package vn.thidua.webapp.it;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * An HTTP client with a cookie jar, as a browser without JavaScript: follows no redirect by itself, so that
 * tests see every 302, and knows how to post a Faces form.
 */
public final class WebClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    private final URI root;
    private final HttpClient http;

    public WebClient(URI root) {
        this.root = root;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> getAs(String path, String username, String password)
            throws IOException, InterruptedException {
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return get(path, "Authorization", "Basic " + credentials, "Accept", "application/json");
    }

    /** Sends a JSON body with HTTP Basic credentials; extra headers as name, value pairs. */
    public HttpResponse<String> send(String method, String path, String username, String password, String json,
                                     String... headers) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json; charset=UTF-8")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Posts bytes (a file) with HTTP Basic credentials and the given content type. */
    public HttpResponse<String> sendBytes(String path, String username, String password, byte[] content,
                                          String contentType) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(root.resolve(path)).header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Posts a Faces form of the page last fetched from {@code path}, with its view state. */
    public HttpResponse<String> postForm(String path, String pageHtml, Map<String, String> fields)
            throws IOException, InterruptedException {
        Matcher viewState = VIEW_STATE.matcher(pageHtml);
        if (!viewState.find()) {
            throw new IllegalStateException("No Faces view state in the page of " + path);
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("jakarta.faces.ViewState", viewState.group(1));
        // PrimeFaces' Content-Security-Policy: the page's scripts carry a nonce that the browser's PrimeFaces sends
        // back with every post, and a post without it is refused.
        Matcher nonce = NONCE.matcher(pageHtml);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(root.resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Signs in through the sign-in page; returns the answer of the form's post. */
    public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("login.xhtml");
        return postForm("login.xhtml", page.body(), Map.of(
                "login", "login",
                "login:username", username,
                "login:password", password,
                "login:submit", ""));
    }

    public static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
