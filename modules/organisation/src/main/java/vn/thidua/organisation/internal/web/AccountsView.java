package vn.thidua.organisation.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import vn.thidua.organisation.AccountDetails;
import vn.thidua.organisation.AccountService;
import vn.thidua.organisation.RoleGrant;
import vn.thidua.platform.Roles;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.FacesViolations;

/**
 * Accounts for administrators: find, create, grant and withdraw roles on units, disable (never delete), set a
 * new password (which also lifts a lock).
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> FIELDS = Set.of("username", "displayName", "password", "grants", "email");

    /** One line of the grants table being edited. */
    public static final class GrantRow implements Serializable {
        private static final long serialVersionUID = 1L;
        @Getter @Setter private String role;
        @Getter @Setter private String unitCode;

        public GrantRow(String role, String unitCode) {
            this.role = role;
            this.unitCode = unitCode;
        }
    }

    @Inject private AccountService accounts;

    @Getter @Setter private String text;
    @Getter private List<AccountDetails> found = List.of();

    @Getter private boolean creating = true;
    @Getter @Setter private String username;
    @Getter @Setter private String displayName;
    @Getter @Setter private String email;
    @Getter @Setter private boolean enabled = true;
    @Getter @Setter private boolean directory;
    @Getter @Setter private String password;
    @Getter private List<GrantRow> grants = new ArrayList<>();

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        FacesViolations.attempt("accountForm", Set.of(), () -> found = accounts.search(text, 200));
    }

    public void prepareNew() {
        creating = true;
        username = null;
        displayName = null;
        email = null;
        enabled = true;
        directory = false;
        password = null;
        grants = new ArrayList<>(List.of(new GrantRow(Roles.UNIT_OFFICER, null)));
    }

    public void edit(String name) {
        FacesViolations.attempt("accountForm", Set.of(), () -> accounts.find(name).ifPresent(account -> {
            creating = false;
            username = account.username();
            displayName = account.displayName();
            email = accounts.emailsOf(List.of(name)).get(name);
            enabled = account.enabled();
            directory = account.directory();
            password = null;
            grants = new ArrayList<>(account.grants().stream().map(g -> new GrantRow(g.role(), g.unitCode())).toList());
        }));
    }

    public void addGrant() {
        grants.add(new GrantRow(Roles.UNIT_OFFICER, null));
    }

    public void removeGrant(GrantRow row) {
        grants.remove(row);
    }

    public void save() {
        String name = username;
        boolean saved = FacesViolations.attempt("accountForm", FIELDS, () -> {
            if (creating && accounts.find(name).isPresent()) {
                throw new vn.thidua.platform.InvalidInputException(new vn.thidua.platform.Violation("username",
                        "vn.thidua.organisation.i18n.messages", "account.taken", name));
            }
            accounts.save(name, displayName, password == null || password.isEmpty() ? null : password.toCharArray(),
                    enabled, directory, grants.stream().map(g -> new RoleGrant(g.getRole(), g.getUnitCode(), null)).toList());
            accounts.setEmail(name, email);
        });
        password = null;
        if (saved) {
            FacesMessages.info(null, "orgmsg", "accounts.saved", name);
            creating = false;
            search();
            edit(name);
        }
    }

    public List<String> getRoles() {
        return Roles.ALL;
    }
}
