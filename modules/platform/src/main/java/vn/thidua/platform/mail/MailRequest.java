package vn.thidua.platform.mail;

import java.util.List;

/** A notice to send by email once the current transaction has committed (fire it as a CDI event). */
public record MailRequest(List<String> to, String subject, String body) {

    public MailRequest {
        to = List.copyOf(to);
    }
}
