package vn.thidua.webapp.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.thidua.organisation.AccountService;
import vn.thidua.organisation.RoleGrant;

/**
 * The province's intranet directory (LDAP or Active Directory) as an identity store, switched on by
 * configuration: with {@code thidua.ldap.url} set, directory users sign in with their directory password.
 * Their roles still come from the application (an administrator grants them on units); a disabled application
 * account cannot sign in through the directory either. Without a URL the store is inert. It is asked after the
 * application's own accounts.
 */
@ApplicationScoped
public class DirectoryIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(DirectoryIdentityStore.class.getName());
    private static final String TIMEOUT_MILLIS = "5000";

    @Inject
    @ConfigProperty(name = "thidua.ldap.url")
    private Optional<String> url;

    @Inject
    @ConfigProperty(name = "thidua.ldap.bind-dn")
    private Optional<String> bindDn;

    @Inject
    @ConfigProperty(name = "thidua.ldap.bind-password")
    private Optional<String> bindPassword;

    @Inject
    // Optional, not defaultValue = "": MicroProfile Config treats an empty default as no value at all, and the
    // deployment failed without a directory configured.
    @ConfigProperty(name = "thidua.ldap.user-base")
    private Optional<String> userBase;

    /** {0} is the user name as typed; JNDI escapes it. Active Directory: (sAMAccountName={0}). */
    @Inject
    @ConfigProperty(name = "thidua.ldap.user-filter", defaultValue = "(uid={0})")
    private String userFilter;

    @Inject private AccountService accounts;

    @Override
    public int priority() {
        return 200;
    }

    @Override
    public Set<ValidationType> validationTypes() {
        // Both: the handler takes the groups of the store that validated only when that store provides groups.
        return url.filter(u -> !u.isBlank()).isPresent()
                ? EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS)
                : EnumSet.noneOf(ValidationType.class);
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login) || url.isEmpty()
                || login.getPassword().getValue().length == 0 || login.getCaller().isBlank()) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = login.getCaller();
        if (!accounts.isDirectoryAccount(username)) {
            // Only an existing, enabled account marked as a directory account signs in here: a directory user whose
            // uid equals a local account's name never inherits that account.
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        try {
            Optional<String> dn = findUser(username);
            if (dn.isEmpty() || !binds(dn.get(), new String(login.getPassword().getValue()))) {
                return CredentialValidationResult.INVALID_RESULT;
            }
        } catch (NamingException e) {
            LOG.log(Level.WARNING, "The intranet directory did not answer for " + username, e);
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Set<String> roles = accounts.grantsOf(username).stream().map(RoleGrant::role).collect(Collectors.toSet());
        return new CredentialValidationResult(username, roles);
    }

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
        return accounts.grantsOf(validationResult.getCallerPrincipal().getName()).stream().map(RoleGrant::role)
                .collect(Collectors.toSet());
    }

    private Optional<String> findUser(String username) throws NamingException {
        DirContext service = new InitialDirContext(environment(bindDn.orElse(null), bindPassword.orElse(null)));
        try {
            SearchControls controls = new SearchControls();
            controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
            controls.setReturningAttributes(new String[0]);
            controls.setCountLimit(2);
            NamingEnumeration<SearchResult> found = service.search(userBase.orElse(""), userFilter, new Object[] {username}, controls);
            String dn = null;
            int count = 0;
            while (found.hasMore()) {
                dn = found.next().getNameInNamespace();
                count++;
            }
            return count == 1 ? Optional.of(dn) : Optional.empty();
        } finally {
            service.close();
        }
    }

    private boolean binds(String dn, String password) {
        try {
            new InitialDirContext(environment(dn, password)).close();
            return true;
        } catch (NamingException wrongPassword) {
            return false;
        }
    }

    private Hashtable<String, String> environment(String principal, String password) {
        Hashtable<String, String> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        environment.put(Context.PROVIDER_URL, url.orElseThrow());
        environment.put("com.sun.jndi.ldap.connect.timeout", TIMEOUT_MILLIS);
        environment.put("com.sun.jndi.ldap.read.timeout", TIMEOUT_MILLIS);
        if (principal != null && !principal.isBlank()) {
            environment.put(Context.SECURITY_AUTHENTICATION, "simple");
            environment.put(Context.SECURITY_PRINCIPAL, principal);
            environment.put(Context.SECURITY_CREDENTIALS, password == null ? "" : password);
        }
        return environment;
    }
}
