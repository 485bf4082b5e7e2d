package vn.thidua.webapp.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;
import vn.thidua.organisation.AccountService;

/**
 * The application's local accounts as a Jakarta Security identity store: PBKDF2 hashes in the organisation
 * module's account table; the groups are the roles granted (Payara maps groups to roles of the same name).
 * Unknown, disabled and directory accounts pay the same hashing as a wrong password, so that the answer's time
 * does not tell which user names exist.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject private AccountService accounts;

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = login.getCaller();
        // Directory accounts are refused here (after the same hashing) and validated by the directory store, which
        // the handler still asks after an invalid result.
        return accounts.verifyPassword(username, login.getPassword().getValue())
                .map(roles -> new CredentialValidationResult(username, roles))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
