package vn.thidua.platform;

import java.util.List;

/**
 * The application's roles (shared/API.md). The prefix keeps directory groups from granting them by
 * accident; each grant of a role to an account carries the unit whose subtree it acts on.
 */
public final class Roles {

    public static final String ADMIN = "thidua-admin";
    public static final String SPECIALIST = "thidua-specialist";
    public static final String UNIT_OFFICER = "thidua-unit-officer";
    public static final String COUNCIL_SECRETARY = "thidua-council-secretary";
    public static final String COUNCIL_MEMBER = "thidua-council-member";
    public static final String SIGNER = "thidua-signer";
    public static final String AUDITOR = "thidua-auditor";
    public static final String INTEGRATION = "thidua-integration";

    public static final List<String> ALL = List.of(
            ADMIN, SPECIALIST, UNIT_OFFICER, COUNCIL_SECRETARY, COUNCIL_MEMBER, SIGNER, AUDITOR, INTEGRATION);

    private Roles() {
    }
}
