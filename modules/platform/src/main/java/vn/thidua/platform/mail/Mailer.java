package vn.thidua.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the email notices of {@link MailRequest} events after their transaction commits (a rolled-back action
 * sends nothing), through the SMTP server of {@code THIDUA_MAIL_HOST}; without it, mail is off and nothing is
 * sent. A failure to send is logged and never undoes the action: the in-app notice is there anyway.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    @ConfigProperty(name = "thidua.mail.host")
    private Optional<String> host;

    @Inject
    @ConfigProperty(name = "thidua.mail.port", defaultValue = "25")
    private int port;

    @Inject
    @ConfigProperty(name = "thidua.mail.from", defaultValue = "thidua@localhost")
    private String from;

    @Inject
    @ConfigProperty(name = "thidua.mail.username")
    private Optional<String> username;

    @Inject
    @ConfigProperty(name = "thidua.mail.password")
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = "thidua.mail.starttls", defaultValue = "false")
    private boolean starttls;

    public boolean isEnabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailRequest request) {
        if (!isEnabled() || request.to().isEmpty()) {
            return;
        }
        try {
            send(request);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Could not send the notice \"" + request.subject() + "\" to "
                    + request.to().size() + " recipients");
        }
    }

    void send(MailRequest request) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "5000");
        properties.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        Authenticator authenticator = null;
        if (username.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(username.get(), password.orElse(""));
                }
            };
        }
        Session session = Session.getInstance(properties, authenticator);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        for (String address : request.to()) {
            message.addRecipient(Message.RecipientType.BCC, new InternetAddress(address));
        }
        message.setSubject(request.subject(), StandardCharsets.UTF_8.name());
        message.setText(request.body(), StandardCharsets.UTF_8.name());
        Transport.send(message);
    }
}
