package vn.thidua.platform.notices;

import java.util.Collection;
import java.util.Map;

/** Where accounts receive their notices by email; the module that owns accounts provides it. */
public interface MailAddresses {

    /** The addresses of these accounts, by username (those without one left out). */
    Map<String, String> of(Collection<String> usernames);
}
