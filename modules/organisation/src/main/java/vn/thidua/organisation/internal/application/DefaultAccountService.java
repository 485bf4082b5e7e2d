package vn.thidua.organisation.internal.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.thidua.organisation.AccountService;
import vn.thidua.organisation.AccountStore;
import vn.thidua.organisation.RoleGrant;
import vn.thidua.organisation.internal.domain.Account;
import vn.thidua.organisation.internal.domain.AccountGrant;
import vn.thidua.organisation.internal.domain.Unit;
import vn.thidua.platform.Roles;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditTrail;

@ApplicationScoped
@Transactional
public class DefaultAccountService implements AccountService {

    @PersistenceContext(unitName = "thidua")
    private EntityManager em;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @PostConstruct
    void configureHashing() {
        passwordHash.initialize(parameters(AccountStore.HASH_ALGORITHM, AccountStore.HASH_ITERATIONS,
                AccountStore.HASH_SALT_SIZE, AccountStore.HASH_KEY_SIZE));
    }

    @Override
    public boolean createAdministratorIfAbsent(String username, char[] password, String unitCode) {
        long existing = em.createNamedQuery("Account.countByUsername", Long.class)
                .setParameter("username", username).getSingleResult();
        if (existing > 0) {
            return false;
        }
        Unit unit = em.createNamedQuery("Unit.byCode", Unit.class).setParameter("code", unitCode).getSingleResult();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        Account account = new Account(username, "Quản trị hệ thống", passwordHash.generate(password), now);
        em.persist(account);
        AccountGrant grant = new AccountGrant(account, Roles.ADMIN, unit, now, AuditTrail.SYSTEM);
        em.persist(grant);
        em.flush();
        auditTrail.recordAs(AuditTrail.SYSTEM, "Account", account.getId(), AuditAction.CREATE, null,
                Map.of("username", username, "enabled", true));
        auditTrail.recordAs(AuditTrail.SYSTEM, "AccountGrant", grant.getId(), AuditAction.GRANT, null,
                Map.of("username", username, "role", Roles.ADMIN, "unitCode", unitCode));
        return true;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RoleGrant> grantsOf(String username) {
        return em.createNamedQuery("AccountGrant.currentOf", RoleGrant.class)
                .setParameter("username", username).getResultList();
    }

    private static Map<String, String> parameters(String... assignments) {
        return Stream.of(assignments).map(a -> a.split("=", 2))
                .collect(Collectors.toMap(a -> a[0], a -> a[1]));
    }
}
