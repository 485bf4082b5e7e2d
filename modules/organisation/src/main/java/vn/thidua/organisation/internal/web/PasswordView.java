package vn.thidua.organisation.internal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import vn.thidua.organisation.AccountService;
import vn.thidua.platform.Caller;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.web.FacesMessages;
import vn.thidua.platform.web.FacesViolations;

/** Every signed-in user changes their own password here. */
@Named
@RequestScoped
public class PasswordView {

    @Inject private AccountService accounts;
    @Inject private Caller caller;

    @Getter @Setter private String currentPassword;
    @Getter @Setter private String newPassword;
    @Getter @Setter private String confirmation;

    public void change() {
        boolean changed = FacesViolations.attempt("passwordForm", Set.of("currentPassword", "newPassword", "confirmation"),
                () -> {
                    if (newPassword == null || !newPassword.equals(confirmation)) {
                        throw new InvalidInputException(new Violation("confirmation",
                                "vn.thidua.organisation.i18n.messages", "account.confirmationDiffers"));
                    }
                    accounts.changeOwnPassword(caller.name(), chars(currentPassword), chars(newPassword));
                });
        currentPassword = null;
        newPassword = null;
        confirmation = null;
        if (changed) {
            // The change ends the account's other sessions; this one goes on under the new stamp.
            jakarta.servlet.http.HttpSession session = (jakarta.servlet.http.HttpSession) FacesContext.getCurrentInstance()
                    .getExternalContext().getSession(true);
            accounts.securityStamp(caller.name()).ifPresent(stamp -> session.setAttribute(AccountService.SESSION_STAMP, stamp));
            session.removeAttribute(AccountService.MUST_CHANGE_PASSWORD);
            FacesMessages.info(null, "orgmsg", "password.changed");
        }
    }

    private static char[] chars(String text) {
        return text == null ? null : text.toCharArray();
    }
}
