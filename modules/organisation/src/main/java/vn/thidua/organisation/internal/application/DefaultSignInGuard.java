package vn.thidua.organisation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.thidua.organisation.SignInGuard;
import vn.thidua.organisation.internal.domain.Account;
import vn.thidua.organisation.internal.domain.ApiThrottleWindow;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditTrail;

/** Counts interactive sign-in failures in their own transactions, so that a refused sign-in still counts. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DefaultSignInGuard implements SignInGuard {

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private AuditTrail auditTrail;
    @Inject
    @ConfigProperty(name = "thidua.signin.max-failures", defaultValue = "5")
    private int maxFailures;

    @Inject
    @ConfigProperty(name = "thidua.signin.lock-minutes", defaultValue = "15")
    private int lockMinutes;

    @Inject
    @ConfigProperty(name = "thidua.api.max-failures", defaultValue = "20")
    private int apiMaxFailures;

    @Inject
    @ConfigProperty(name = "thidua.api.failure-window-seconds", defaultValue = "300")
    private int apiWindowSeconds;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OffsetDateTime> lockedUntil(String username) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return account(username, false).map(Account::getLockedUntil).filter(until -> until.isAfter(now));
    }

    @Override
    public void recordFailure(String username, String address) {
        Optional<Account> found = account(username, true);
        if (found.isEmpty()) {
            LOG.info(() -> "Sign-in refused for an unknown user name from " + address);
            return;
        }
        Account account = found.get();
        LOG.info(() -> "Sign-in refused for " + username + " from " + address);
        auditTrail.recordAs(username, null, "Account", account.getId(), AuditAction.SIGN_IN_FAILED, null,
                Map.of("username", username, "address", address));
        OffsetDateTime until = OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(lockMinutes)
                .truncatedTo(ChronoUnit.MICROS);
        if (account.fail(maxFailures, until)) {
            LOG.warning(() -> "Account " + username + " locked until " + until + " after " + maxFailures
                    + " failed sign-ins in a row");
            auditTrail.recordAs(AuditTrail.SYSTEM, null, "Account", account.getId(), AuditAction.LOCK, null,
                    Map.of("username", username, "lockedUntil", until, "reason",
                            maxFailures + " failed sign-ins in a row"));
        }
    }

    @Override
    public void recordSuccess(String username, String address) {
        Optional<Account> found = account(username, true);
        found.filter(a -> a.getFailedAttempts() > 0 || a.getLockedUntil() != null).ifPresent(Account::unlock);
        LOG.info(() -> "Signed in: " + username + " from " + address);
        found.ifPresent(account -> auditTrail.recordAs(username, null, "Account", account.getId(), AuditAction.SIGN_IN,
                null, Map.of("username", username, "address", address)));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long apiRetryAfterSeconds(String address) {
        ApiThrottleWindow window = em.find(ApiThrottleWindow.class, key(address));
        return window == null ? 0
                : window.retryAfterSeconds(OffsetDateTime.now(ZoneOffset.UTC), apiMaxFailures, apiWindowSeconds);
    }

    @Override
    public void recordApiFailure(String address) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        ApiThrottleWindow window = em.find(ApiThrottleWindow.class, key(address), LockModeType.PESSIMISTIC_WRITE);
        if (window == null) {
            // Windows that ended are removed as new addresses come, so the table stays as small as the attack.
            em.createQuery("delete from ApiThrottleWindow w where w.windowStart < :ended")
                    .setParameter("ended", now.minusSeconds(apiWindowSeconds)).executeUpdate();
            em.persist(new ApiThrottleWindow(key(address), now));
        } else {
            window.fail(now, apiWindowSeconds);
        }
    }

    private static String key(String address) {
        String text = address == null ? "" : address;
        return text.length() > 64 ? text.substring(0, 64) : text;
    }

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(DefaultSignInGuard.class.getName());

    private Optional<Account> account(String username, boolean lock) {
        var query = em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", username);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }
}
