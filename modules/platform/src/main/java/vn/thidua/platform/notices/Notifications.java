package vn.thidua.platform.notices;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

/**
 * Notices in the bell of the accounts who should act or learn of an outcome, for every module: each about a topic
 * (a nomination batch, …) with the page that deals with it. A notice waits until its topic moves on ({@link
 * #settle}); it is kept, out of the bell. Accounts with an email address get it by mail too, once the transaction
 * that told them commits (mail stays off until a server is configured).
 */
public interface Notifications {

    /** One notice as its reader sees it. */
    record NoticeDetails(long id, String link, String message, OffsetDateTime createdAt, boolean read)
            implements Serializable {
    }

    /**
     * Tells these accounts: a notice in each bell, and an email to those with an address (the message, then
     * {@code mailFooter} when not null).
     */
    void tell(Collection<String> usernames, String topic, String link, String message, String mailFooter);

    /** What the topic's earlier notices asked is done or taken by someone else: they leave the bells. */
    void settle(String topic);

    /** The caller's waiting notices, newest first (at most {@code max}). */
    List<NoticeDetails> mine(int max);

    /** How many of the caller's waiting notices are unread. */
    long unread();

    /** Marks the caller's notice read and returns the page it links to; someone else's is refused. */
    String open(long id);
}
