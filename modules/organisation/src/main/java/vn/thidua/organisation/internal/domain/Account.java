package vn.thidua.organisation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import lombok.Getter;
import lombok.Setter;
import vn.thidua.platform.persistence.IdentifiedEntity;

/** Someone who signs in. Accounts are disabled, never deleted, so that the audit trail keeps its actors. */
@Entity
@Table(name = "org_account")
@NamedQuery(name = "Account.byUsername", query = "select a from Account a where a.username = :username")
@NamedQuery(name = "Account.countByUsername", query = "select count(a) from Account a where a.username = :username")
public class Account extends IdentifiedEntity {

    @Column(name = "username", nullable = false, unique = true, length = 128)
    @Getter private String username;

    @Column(name = "display_name", nullable = false, length = 500)
    @Getter private String displayName;

    @Column(name = "email", length = 320)
    @Getter @Setter private String email;

    @Column(name = "password_hash", length = 512)
    @Getter private String passwordHash;

    @Column(name = "enabled", nullable = false)
    @Getter private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "failed_attempts", nullable = false)
    @Getter private int failedAttempts;

    @Column(name = "locked_until")
    @Getter private OffsetDateTime lockedUntil;

    @Column(name = "security_stamp", nullable = false)
    @Getter private long securityStamp;

    @Column(name = "must_change_password", nullable = false)
    @Getter private boolean mustChangePassword;

    @Column(name = "directory_account", nullable = false)
    @Getter @Setter private boolean directoryAccount;

    @Version
    @Column(name = "version", nullable = false)
    @Getter private long version;

    protected Account() {
    }

    public Account(String username, String displayName, String passwordHash, OffsetDateTime createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public void update(String newDisplayName, String newPasswordHash, boolean nowEnabled) {
        this.displayName = newDisplayName;
        if (newPasswordHash != null) {
            changePassword(newPasswordHash);
        }
        if (enabled && !nowEnabled) {
            endSessions();
        }
        this.enabled = nowEnabled;
    }

    /** A new password: open sessions end, the lock is lifted, and the password no longer has to be changed. */
    public void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        this.mustChangePassword = false;
        unlock();
        endSessions();
    }

    /** A password someone else chose (a reset, the first-start password): the owner changes it at sign-in. */
    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    /** Every screen session signed in before now ends at its next request. */
    public void endSessions() {
        securityStamp++;
    }

    /** Counts a failed sign-in; locks the account until {@code until} when the failures reach {@code limit}. */
    public boolean fail(int limit, OffsetDateTime until) {
        failedAttempts++;
        if (failedAttempts >= limit) {
            lockedUntil = until;
            failedAttempts = 0;
            endSessions();
            return true;
        }
        return false;
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }
}
