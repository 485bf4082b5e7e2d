package vn.thidua.webapp.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import vn.thidua.organisation.AccountStore;
import vn.thidua.webapp.persistence.DataSourceConfiguration;

/**
 * The application's accounts as a Jakarta Security identity store: PBKDF2 hashes in the organisation
 * module's account table; the groups are the roles granted (Payara maps groups to roles of the same name).
 */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = DataSourceConfiguration.JNDI_NAME,
        callerQuery = AccountStore.CALLER_QUERY,
        groupsQuery = AccountStore.GROUPS_QUERY,
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            AccountStore.HASH_ALGORITHM,
            AccountStore.HASH_ITERATIONS,
            AccountStore.HASH_SALT_SIZE,
            AccountStore.HASH_KEY_SIZE
        })
public class AccountIdentityStore {
}
