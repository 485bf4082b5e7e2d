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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.thidua.organisation.AccountDetails;
import vn.thidua.organisation.AccountService;
import vn.thidua.organisation.AccountStore;
import vn.thidua.organisation.RoleGrant;
import vn.thidua.organisation.internal.domain.Account;
import vn.thidua.organisation.internal.domain.AccountGrant;
import vn.thidua.organisation.internal.domain.Person;
import vn.thidua.organisation.internal.domain.Unit;
import vn.thidua.platform.Caller;
import vn.thidua.platform.Checks;
import vn.thidua.platform.Violation;
import vn.thidua.platform.Roles;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditTrail;

@ApplicationScoped
@Transactional
public class DefaultAccountService implements AccountService {

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private AuditTrail auditTrail;
    @Inject private Pbkdf2PasswordHash passwordHash;
    @Inject private Caller caller;
    @Inject private vn.thidua.organisation.UnitScope scope;

    /** Verified for unknown and disabled accounts too, so that a wrong user name costs what a wrong password costs. */
    private String decoyHash;

    @PostConstruct
    void configureHashing() {
        passwordHash.initialize(parameters(AccountStore.HASH_ALGORITHM, AccountStore.HASH_ITERATIONS,
                AccountStore.HASH_SALT_SIZE, AccountStore.HASH_KEY_SIZE));
        char[] random = new char[24];
        java.security.SecureRandom source = new java.security.SecureRandom();
        for (int i = 0; i < random.length; i++) {
            random[i] = (char) ('a' + source.nextInt(26));
        }
        decoyHash = passwordHash.generate(random);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<java.util.Set<String>> verifyPassword(String username, char[] password) {
        Account account = username == null ? null : account(username).orElse(null);
        boolean usable = account != null && account.isEnabled() && account.getPasswordHash() != null
                && !account.isDirectoryAccount();
        boolean matches = passwordHash.verify(password, usable ? account.getPasswordHash() : decoyHash);
        if (!usable || !matches) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(grantsOf(username).stream().map(RoleGrant::role)
                .collect(Collectors.toCollection(java.util.TreeSet::new)));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.OptionalLong securityStamp(String username) {
        return account(username).filter(Account::isEnabled)
                .map(a -> java.util.OptionalLong.of(a.getSecurityStamp())).orElse(java.util.OptionalLong.empty());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.OptionalLong usableStamp(String username) {
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        return account(username).filter(Account::isEnabled)
                .filter(a -> a.getLockedUntil() == null || !a.getLockedUntil().isAfter(now))
                .map(a -> java.util.OptionalLong.of(a.getSecurityStamp())).orElse(java.util.OptionalLong.empty());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mustChangePassword(String username) {
        return account(username).map(Account::isMustChangePassword).orElse(false);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isDirectoryAccount(String username) {
        return account(username).map(a -> a.isEnabled() && a.isDirectoryAccount()).orElse(false);
    }

    @Override
    public boolean createAdministratorIfAbsent(String username, char[] password, String unitCode) {
        long existing = em.createNamedQuery("Account.countByUsername", Long.class)
                .setParameter("username", username).getSingleResult();
        if (existing > 0) {
            return false;
        }
        checkStrength(password, "THIDUA_ADMIN_PASSWORD");
        Unit unit = em.createNamedQuery("Unit.byCode", Unit.class).setParameter("code", unitCode).getSingleResult();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        Account account = new Account(username, "Quản trị hệ thống", passwordHash.generate(password), now);
        account.requirePasswordChange();
        em.persist(account);
        AccountGrant grant = new AccountGrant(account, Roles.ADMIN, unit, now, AuditTrail.SYSTEM);
        em.persist(grant);
        em.flush();
        auditTrail.recordAs(AuditTrail.SYSTEM, null, "Account", account.getId(), AuditAction.CREATE, null,
                Map.of("username", username, "enabled", true));
        auditTrail.recordAs(AuditTrail.SYSTEM, unit.getPath(), "AccountGrant", grant.getId(), AuditAction.GRANT, null,
                Map.of("username", username, "role", Roles.ADMIN, "unitCode", unitCode));
        return true;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RoleGrant> grantsOf(String username) {
        return em.createNamedQuery("AccountGrant.currentOf", RoleGrant.class)
                .setParameter("username", username).getResultList();
    }

    @Override
    public void save(String username, String displayName, char[] password, Boolean enabled, Boolean directory,
                     List<RoleGrant> grants) {
        List<String> administered = administeredPaths();
        Checks checks = new Checks();
        checks.code("username", username, true);
        String name = checks.name("displayName", displayName);
        if (password != null && !PasswordPolicy.isStrong(password)) {
            checks.add(new Violation("password", Person.BUNDLE, "account.weakPassword", PasswordPolicy.MIN_LENGTH));
        }
        List<Unit> units = new ArrayList<>();
        for (RoleGrant grant : grants) {
            checks.require(Roles.ALL.contains(grant.role()), Violation.of("grants", "oneOf", String.join(", ", Roles.ALL)));
            Unit unit = em.createNamedQuery("Unit.byCode", Unit.class).setParameter("code", grant.unitCode())
                    .getResultStream().findFirst().orElse(null);
            checks.require(unit != null, new Violation("grants", Person.BUNDLE, "unit.notFound", grant.unitCode()));
            if (unit != null && !within(unit.getPath(), administered)) {
                // An administrator grants only on units of its own subtree.
                throw new vn.thidua.platform.AccessDeniedException("grant on " + unit.getCode());
            }
            units.add(unit);
        }
        Account account = em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", username)
                .getResultStream().findFirst().orElse(null);
        if (account != null) {
            requireAdministers(account, administered);
        }
        boolean directoryAccount = directory != null ? directory
                : account != null ? account.isDirectoryAccount() : password == null;
        if (directoryAccount && password != null) {
            checks.add(new Violation("password", Person.BUNDLE, "account.directoryNoPassword"));
        }
        if (!directoryAccount && password == null && (account == null || account.getPasswordHash() == null)) {
            checks.add(new Violation("password", Person.BUNDLE, "account.passwordRequired"));
        }
        checks.throwIfAny();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        String hash = password == null ? null : passwordHash.generate(password);
        boolean nowEnabled = enabled != null ? enabled : account == null || account.isEnabled();
        if (account == null) {
            account = new Account(username, name, hash, now);
            account.update(name, hash, nowEnabled);
            account.setDirectoryAccount(directoryAccount);
            em.persist(account);
            em.flush();
            auditTrail.record("Account", account.getId(), AuditAction.CREATE, null,
                    Map.of("username", username, "displayName", name, "enabled", nowEnabled,
                            "directory", directoryAccount));
        } else {
            Map<String, Object> before = Map.of("displayName", account.getDisplayName(), "enabled", account.isEnabled(),
                    "directory", account.isDirectoryAccount());
            account.update(name, hash, nowEnabled);
            if (directoryAccount != account.isDirectoryAccount()) {
                account.setDirectoryAccount(directoryAccount);
                account.endSessions();
            }
            Map<String, Object> after = new java.util.HashMap<>(Map.of("displayName", name, "enabled", nowEnabled,
                    "directory", directoryAccount));
            if (hash != null) {
                after.put("password", "changed");
            }
            auditTrail.record("Account", account.getId(), nowEnabled ? AuditAction.UPDATE : AuditAction.DISABLE,
                    before, after);
        }
        List<AccountGrant> current = em.createNamedQuery("AccountGrant.currentEntities", AccountGrant.class)
                .setParameter("account", account).getResultList();
        boolean grantsChanged = false;
        for (AccountGrant grant : current) {
            boolean kept = false;
            for (int i = 0; i < grants.size(); i++) {
                kept |= grants.get(i).role().equals(grant.getRole()) && units.get(i) == grant.getUnit();
            }
            if (!kept) {
                grant.withdraw(now);
                grantsChanged = true;
                auditTrail.recordIn(grant.getUnit().getPath(), "AccountGrant", grant.getId(), AuditAction.WITHDRAW,
                        Map.of("username", username, "role", grant.getRole(), "unitCode", grant.getUnit().getCode()),
                        null);
            }
        }
        for (int i = 0; i < grants.size(); i++) {
            RoleGrant wanted = grants.get(i);
            Unit unit = units.get(i);
            boolean exists = current.stream().anyMatch(g -> g.isCurrent() && g.getRole().equals(wanted.role())
                    && g.getUnit() == unit);
            if (!exists) {
                AccountGrant grant = new AccountGrant(account, wanted.role(), unit, now,
                        Objects.requireNonNullElse(caller.name(), AuditTrail.SYSTEM));
                em.persist(grant);
                em.flush();
                grantsChanged = true;
                auditTrail.recordIn(unit.getPath(), "AccountGrant", grant.getId(), AuditAction.GRANT, null,
                        Map.of("username", username, "role", wanted.role(), "unitCode", unit.getCode()));
            }
        }
        if (grantsChanged) {
            account.endSessions();
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountDetails> search(String text, int max) {
        List<String> administered = administeredPaths();
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "")) + "%";
        // In the database: accounts without a current grant outside the administered subtrees, a page at a time.
        StringBuilder outside = new StringBuilder();
        for (int i = 0; i < administered.size(); i++) {
            outside.append(" and u.path not like :p").append(i);
        }
        var query = em.createQuery("select a from Account a where (lower(a.username) like :text"
                + " or lower(a.displayName) like :text) and not exists (select g from AccountGrant g join g.unit u"
                + " where g.account = a and g.withdrawnAt is null" + outside + ") order by a.username", Account.class)
                .setParameter("text", pattern).setMaxResults(max);
        for (int i = 0; i < administered.size(); i++) {
            query.setParameter("p" + i, administered.get(i) + "%");
        }
        List<Account> found = query.getResultList();
        Map<String, List<RoleGrant>> grants = new java.util.HashMap<>();
        if (!found.isEmpty()) {
            em.createQuery("select g.account.username, g.role, u.code, u.name from AccountGrant g join g.unit u"
                            + " where g.account in :accounts and g.withdrawnAt is null order by g.role, u.code", Object[].class)
                    .setParameter("accounts", found).getResultList().forEach(row -> grants.computeIfAbsent((String) row[0],
                            k -> new ArrayList<>()).add(new RoleGrant((String) row[1], (String) row[2], (String) row[3])));
        }
        return found.stream().map(a -> details(a, grants.getOrDefault(a.getUsername(), List.of()))).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<AccountDetails> find(String username) {
        List<String> administered = administeredPaths();
        java.util.Optional<Account> account = account(username);
        account.ifPresent(a -> requireAdministers(a, administered));
        return account.map(this::details);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<String> ownDisplayName() {
        return caller.name() == null ? java.util.Optional.empty()
                : account(caller.name()).map(Account::getDisplayName).filter(n -> !n.isBlank());
    }

    @Override
    public void resetPassword(String username, char[] newPassword) {
        List<String> administered = administeredPaths();
        Account account = account(username).orElseThrow(() -> new vn.thidua.platform.UnknownRecordException(
                new Violation("username", Person.BUNDLE, "account.notFound", username)));
        requireAdministers(account, administered);
        checkStrength(newPassword, "password");
        account.changePassword(passwordHash.generate(newPassword));
        account.requirePasswordChange();
        auditTrail.record("Account", account.getId(), AuditAction.UPDATE, null,
                Map.of("username", username, "password", "reset"));
    }

    @Override
    public void changeOwnPassword(String username, char[] currentPassword, char[] newPassword) {
        Account account = account(username).orElseThrow(() -> new vn.thidua.platform.UnknownRecordException(
                new Violation("currentPassword", Person.BUNDLE, "account.notFound", username)));
        if (account.getPasswordHash() == null || currentPassword == null
                || !passwordHash.verify(currentPassword, account.getPasswordHash())) {
            throw new vn.thidua.platform.InvalidInputException(
                    new Violation("currentPassword", Person.BUNDLE, "account.wrongPassword"));
        }
        checkStrength(newPassword, "newPassword");
        if (passwordHash.verify(newPassword, account.getPasswordHash())) {
            throw new vn.thidua.platform.InvalidInputException(
                    new Violation("newPassword", Person.BUNDLE, "account.samePassword"));
        }
        account.changePassword(passwordHash.generate(newPassword));
        auditTrail.record("Account", account.getId(), AuditAction.UPDATE, null,
                Map.of("username", username, "password", "changed by its owner"));
    }

    @Override
    public void setEmail(String username, String email) {
        List<String> administered = administeredPaths();
        Account account = account(username).orElseThrow(() ->
                        new vn.thidua.platform.UnknownRecordException(new Violation("username", Person.BUNDLE,
                                "account.notFound", username)));
        requireAdministers(account, administered);
        String value = email == null || email.isBlank() ? null : email.strip();
        if (value != null && (value.length() > 320 || !value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new vn.thidua.platform.InvalidInputException(new Violation("email", Person.BUNDLE, "account.email"));
        }
        String before = account.getEmail();
        if (java.util.Objects.equals(before, value)) {
            return;
        }
        account.setEmail(value);
        java.util.Map<String, Object> was = new java.util.HashMap<>();
        was.put("email", before);
        java.util.Map<String, Object> now = new java.util.HashMap<>();
        now.put("email", value);
        auditTrail.record("Account", username, AuditAction.UPDATE, was, now);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<String, String> emailsOf(java.util.Collection<String> usernames) {
        java.util.Map<String, String> emails = new java.util.HashMap<>();
        if (!usernames.isEmpty()) {
            em.createQuery("select a.username, a.email from Account a where a.username in :u and a.email is not null"
                            + " and a.enabled = true", Object[].class).setParameter("u", usernames).getResultList()
                    .forEach(row -> emails.put((String) row[0], (String) row[1]));
        }
        return emails;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> holdersOf(String unitPath, java.util.Collection<String> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select g.account.username, u.path from AccountGrant g join g.unit u where g.role in :roles"
                        + " and g.withdrawnAt is null and g.account.enabled = true", Object[].class)
                .setParameter("roles", roles).getResultStream()
                .filter(row -> unitPath.startsWith((String) row[1])).map(row -> (String) row[0]).distinct().sorted()
                .toList();
    }

    /** The subtrees the caller administers; refused when there are none. */
    private List<String> administeredPaths() {
        List<String> paths = scope.pathsWith(List.of(Roles.ADMIN));
        if (paths.isEmpty()) {
            throw new vn.thidua.platform.AccessDeniedException("accounts");
        }
        return paths;
    }

    /**
     * An administrator acts on an account only when every grant the account holds lies in its subtrees: a
     * district's administrator cannot reset, disable or re-grant the province's administrator.
     */
    private boolean administers(Account account, List<String> administered) {
        return em.createNamedQuery("AccountGrant.currentEntities", AccountGrant.class).setParameter("account", account)
                .getResultStream().allMatch(g -> within(g.getUnit().getPath(), administered));
    }

    private void requireAdministers(Account account, List<String> administered) {
        if (!administers(account, administered)) {
            throw new vn.thidua.platform.AccessDeniedException("account " + account.getUsername());
        }
    }

    private static boolean within(String path, List<String> subtrees) {
        return subtrees.stream().anyMatch(path::startsWith);
    }

    private static void checkStrength(char[] password, String field) {
        if (password == null || !PasswordPolicy.isStrong(password)) {
            throw new vn.thidua.platform.InvalidInputException(new Violation(field, Person.BUNDLE,
                    "account.weakPassword", PasswordPolicy.MIN_LENGTH));
        }
    }

    private java.util.Optional<Account> account(String username) {
        return em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    private AccountDetails details(Account account) {
        return details(account, grantsOf(account.getUsername()));
    }

    private static AccountDetails details(Account account, List<RoleGrant> grants) {
        return new AccountDetails(account.getUsername(), account.getDisplayName(), account.isEnabled(),
                account.getPasswordHash() != null, account.isDirectoryAccount(), account.getLockedUntil(), grants,
                account.getVersion());
    }

    private static Map<String, String> parameters(String... assignments) {
        return Stream.of(assignments).map(a -> a.split("=", 2))
                .collect(Collectors.toMap(a -> a[0], a -> a[1]));
    }
}
