package vn.thidua.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Sends a file as the answer to a non-Ajax action of a screen. */
public final class Downloads {

    private Downloads() {
    }

    /** The name is kept in UTF-8 (filename*) with an ASCII fallback for old clients. */
    public static void send(String name, String contentType, byte[] content) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseContentLength(content.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\""
                + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        external.getResponseOutputStream().write(content);
        faces.responseComplete();
    }
}
