package vn.thidua.webapp.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.thidua.organisation.AccountService;
import vn.thidua.organisation.UnitDetails;
import vn.thidua.organisation.UnitService;

/**
 * What the first start of an installation creates: the root unit (the province) and the administrator. There
 * is no default password: the administrator's comes from {@code THIDUA_ADMIN_PASSWORD}, or is drawn at random
 * and printed once to the log. Later starts find both and change nothing.
 */
@ApplicationScoped
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 20;

    @Inject private UnitService units;
    @Inject private AccountService accounts;
    @Inject
    @ConfigProperty(name = "thidua.province.code")
    private String provinceCode;

    @Inject
    @ConfigProperty(name = "thidua.province.name")
    private String provinceName;

    @Inject
    @ConfigProperty(name = "thidua.admin.username")
    private String adminUsername;

    @Inject
    @ConfigProperty(name = "thidua.admin.password")
    private Optional<String> adminPassword;

    @Inject private vn.thidua.platform.audit.AuditTrail auditTrail;
    @Inject private vn.thidua.commendation.LegalBasisService legalBasis;

    void run() {
        UnitDetails root = units.ensureRoot(provinceCode, provinceName);
        auditTrail.sealFromNowOn();
        boolean generated = adminPassword.isEmpty() || adminPassword.get().isBlank();
        char[] password = generated ? randomPassword() : adminPassword.get().toCharArray();
        boolean created;
        try {
            created = accounts.createAdministratorIfAbsent(adminUsername, password, root.code());
        } catch (vn.thidua.platform.InvalidInputException weak) {
            throw new IllegalStateException("THIDUA_ADMIN_PASSWORD does not follow the password policy: at least 12"
                    + " characters with letters and digits, not a common password. The administrator was not created.");
        }
        // Records paid on a base salary or coefficient added later (issue 14: 2,530,000 from 01/07/2026, the provincial
        // certificate's 1.5 from 01/07/2025) are listed for re-examination, each once.
        int flagged = legalBasis.reviewAmounts(java.time.LocalDate.of(2025, 7, 1));
        if (flagged > 0) {
            LOG.warning(() -> flagged + " decided records were paid an amount that differs from the one due;"
                    + " they are listed on 'Khen thưởng cần xem xét lại'.");
        }
        if (created) {
            if (generated) {
                LOG.warning(() -> "First start: created the account '" + adminUsername + "' (thidua-admin on "
                        + root.code() + ") with the password " + new String(password)
                        + " -- it is shown only this once; sign in and change it.");
            } else {
                LOG.info(() -> "First start: created the account '" + adminUsername + "' (thidua-admin on "
                        + root.code() + ") with the password from THIDUA_ADMIN_PASSWORD.");
            }
        }
    }

    /** Random letters and digits, drawn again until both occur (the password policy asks for both). */
    private static char[] randomPassword() {
        SecureRandom random = new SecureRandom();
        while (true) {
            char[] password = new char[GENERATED_LENGTH];
            for (int i = 0; i < password.length; i++) {
                password[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            }
            String text = new String(password);
            if (text.chars().anyMatch(Character::isDigit) && text.chars().anyMatch(Character::isLetter)) {
                return password;
            }
        }
    }
}
