package vn.thidua.webapp.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.thidua.platform.rest.ProblemMessages;

/**
 * The headers every answer carries, and the first look at an API request's path.
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin}, {@code X-Frame-Options: DENY}
 * everywhere; {@code Strict-Transport-Security} when the request came over TLS (directly, or through a proxy that
 * Payara trusts for the scheme, config/README.md).</li>
 * <li>Pages get their Content-Security-Policy from PrimeFaces ({@code primefaces.CSP} in web.xml: a nonce per
 * response, no inline script or handler runs without it); everything else gets a policy that runs nothing.</li>
 * <li>An API path holding NUL, an encoded slash or backslash, malformed percent-encoding or UTF-8, or more than
 * 2,000 characters is answered with a problem, before the container or JAX-RS reads it.</li>
 * </ul>
 */
@WebFilter(filterName = "HardeningFilter", urlPatterns = "/*")
public class HardeningFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final int MAX_URI_LENGTH = 2000;
    private static final String NOTHING_RUNS = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String uri = request.getRequestURI();
        String path = uri.substring(request.getContextPath().length());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        boolean page = path.equals("/") || (path.endsWith(".xhtml") && !path.startsWith("/jakarta.faces.resource/"));
        if (!page) {
            response.setHeader("Content-Security-Policy", NOTHING_RUNS);
        }
        if (path.startsWith("/api/")) {
            String query = request.getQueryString();
            if (!acceptable(uri) || (query != null && (query.length() > MAX_URI_LENGTH || !decodes(query)))) {
                ServletAnswers.problem(response, 400, ProblemMessages.get("problem.badRequestLine"));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** A raw (still encoded) path the API accepts: short, no NUL, no encoded slash or backslash, valid UTF-8. */
    static boolean acceptable(String rawUri) {
        if (rawUri.length() > MAX_URI_LENGTH) {
            return false;
        }
        String lower = rawUri.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") || rawUri.indexOf('\0') >= 0
                || rawUri.indexOf('\\') >= 0) {
            return false;
        }
        return decodes(rawUri);
    }

    /** True when the percent-encoding is well formed, decodes to valid UTF-8, and holds no control character. */
    static boolean decodes(String raw) {
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 3);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return false;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return false;
                }
                bytes.put((byte) (high * 16 + low));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.put(encoded);
            }
        }
        bytes.flip();
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
            return decoded.chars().noneMatch(ch -> ch < 0x20 && ch != '\t');
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
