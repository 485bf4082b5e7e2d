package vn.thidua.organisation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import vn.thidua.organisation.AccountService;
import vn.thidua.platform.notices.MailAddresses;

/** The platform's notices reach accounts at the addresses their administrators set. */
@ApplicationScoped
public class AccountMailAddresses implements MailAddresses {

    @Inject AccountService accounts;

    @Override
    public Map<String, String> of(Collection<String> usernames) {
        return accounts.emailsOf(usernames);
    }
}
