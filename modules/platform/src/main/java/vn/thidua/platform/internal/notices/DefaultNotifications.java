package vn.thidua.platform.internal.notices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import vn.thidua.platform.Caller;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.mail.MailRequest;
import vn.thidua.platform.notices.Notifications;

/** The bell's notices in the shared database (every node sees the same), and their mail. */
@ApplicationScoped
@Transactional
public class DefaultNotifications implements Notifications {

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private Caller caller;
    @Inject private Event<MailRequest> mail;

    /** Where the accounts' addresses come from (the module that owns accounts); none: no mail. */
    @Inject private jakarta.enterprise.inject.Instance<vn.thidua.platform.notices.MailAddresses> addresses;

    @Override
    public void tell(Collection<String> usernames, String topic, String link, String message, String mailFooter) {
        OffsetDateTime now = now();
        for (String username : usernames) {
            em.persist(new Notice(username, topic, link, message, now));
        }
        List<String> to = addresses.isResolvable() && !usernames.isEmpty()
                ? List.copyOf(addresses.get().of(usernames).values()) : List.of();
        if (!to.isEmpty()) {
            // Sent once the transaction commits; mail stays off until THIDUA_MAIL_HOST names a server.
            mail.fire(new MailRequest(to, message, mailFooter == null ? message : message + "\n\n" + mailFooter));
        }
    }

    @Override
    public void settle(String topic) {
        em.createNamedQuery("Notice.settle").setParameter("at", now()).setParameter("topic", topic).executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NoticeDetails> mine(int max) {
        if (caller.name() == null) {
            return List.of();
        }
        return em.createNamedQuery("Notice.waiting", Notice.class).setParameter("u", caller.name()).setMaxResults(max)
                .getResultStream().map(Notice::view).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long unread() {
        if (caller.name() == null) {
            return 0;
        }
        return em.createNamedQuery("Notice.unread", Long.class).setParameter("u", caller.name()).getSingleResult();
    }

    @Override
    public String open(long id) {
        Notice notice = em.find(Notice.class, id);
        if (notice == null || !notice.getUsername().equals(caller.name())) {
            throw new UnknownRecordException(new Violation("id", "vn.thidua.platform.i18n.messages",
                    "notification.notFound", id));
        }
        notice.markRead(now());
        return notice.getLink();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
