package vn.thidua.organisation.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import lombok.Getter;
import vn.thidua.platform.persistence.IdentifiedEntity;

/**
 * A role granted to an account on a unit: the account acts with that role on the unit and its subtree.
 * Withdrawing a grant dates it; the row stays for the record.
 */
@Entity
@Table(name = "org_account_grant")
@NamedQuery(name = "AccountGrant.currentOf",
        query = "select new vn.thidua.organisation.RoleGrant(g.role, u.code, u.name) from AccountGrant g"
                + " join g.unit u where g.account.username = :username and g.withdrawnAt is null"
                + " order by g.role, u.code")
@NamedQuery(name = "AccountGrant.currentEntities",
        query = "select g from AccountGrant g join fetch g.unit where g.account = :account and g.withdrawnAt is null")
@NamedQuery(name = "AccountGrant.pathsOf",
        query = "select g.role, u.path from AccountGrant g join g.unit u"
                + " where g.account.username = :username and g.withdrawnAt is null and g.account.enabled = true")
public class AccountGrant extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "role", nullable = false, length = 64)
    @Getter private String role;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    @Getter private Unit unit;

    @Column(name = "granted_at", nullable = false)
    private OffsetDateTime grantedAt;

    @Column(name = "granted_by", nullable = false, length = 128)
    private String grantedBy;

    @Column(name = "withdrawn_at")
    private OffsetDateTime withdrawnAt;

    protected AccountGrant() {
    }

    public AccountGrant(Account account, String role, Unit unit, OffsetDateTime grantedAt, String grantedBy) {
        this.account = account;
        this.role = role;
        this.unit = unit;
        this.grantedAt = grantedAt;
        this.grantedBy = grantedBy;
    }

    public void withdraw(OffsetDateTime at) {
        this.withdrawnAt = at;
    }

    public boolean isCurrent() {
        return withdrawnAt == null;
    }
}
