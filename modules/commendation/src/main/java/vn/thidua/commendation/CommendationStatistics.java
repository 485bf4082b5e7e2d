package vn.thidua.commendation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import vn.thidua.platform.Page;

/**
 * What reports, dashboards, searches and exports read of the decided commendations: counts grouped in the database
 * and records paged or streamed, always within the caller's readable units. Records stay as they were decided; a
 * revoked or superseded one is marked, and counted nowhere unless asked for.
 */
public interface CommendationStatistics {

    /** A count of active (decided, not revoked, not superseded) commendations sharing these values. */
    record Group(String awardCode, RecipientType recipientType, String unitKind, String positionCategory,
                 CommendationType type, long count) implements Serializable {
    }

    /**
     * Which records: decision date in [{@code from}, {@code to}] (either may be null), achievement years, awards,
     * the subtree of {@code unitCode}, the recipient type, the snapshot unit kind and position category, the type,
     * revoked ({@code null}: active only; {@code true}: revoked only; {@code false}: not revoked, superseded ones
     * included) and the decision number (contains, ignoring case).
     */
    record Filter(LocalDate from, LocalDate to, Integer yearFrom, Integer yearTo, Set<String> awardCodes, String unitCode,
                  RecipientType recipientType, String unitKind, String positionCategory, CommendationType type,
                  Boolean revoked, String decisionNumber, Boolean collective) implements Serializable {

        /**
         * Without the split of the statutory forms' columns ({@code collective}: true for collectives and households,
         * false for individuals, null for both).
         */
        public Filter(LocalDate from, LocalDate to, Integer yearFrom, Integer yearTo, Set<String> awardCodes,
                      String unitCode, RecipientType recipientType, String unitKind, String positionCategory,
                      CommendationType type, Boolean revoked, String decisionNumber) {
            this(from, to, yearFrom, yearTo, awardCodes, unitCode, recipientType, unitKind, positionCategory, type,
                    revoked, decisionNumber, null);
        }

        public static Filter period(LocalDate from, LocalDate to) {
            return new Filter(from, to, null, null, Set.of(), null, null, null, null, null, null, null);
        }
    }

    /** A record as lists and exports show it. */
    record Line(long id, String awardCode, String awardName, AwardKind awardKind, AwardLevel level,
                RecipientType recipientType, String recipientCode, String recipientName, String unitCode,
                String unitKind, String positionCategory, int year, CommendationType type, String movementCode,
                String decisionNumber, LocalDate decisionDate, String signer, String authority,
                java.math.BigDecimal rewardAmount, boolean revoked, String revocationDecision, LocalDate revokedOn,
                Long supersededBy) implements Serializable {

        public String decisionDateText() {
            return decisionDate.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        }
    }

    /** Active commendations decided in [{@code from}, {@code to}] in the subtree of {@code unitCode} (null: all readable). */
    List<Group> groups(LocalDate from, LocalDate to, String unitCode);

    Page<Line> records(Filter filter, int page, int size);

    /**
     * Active commendations decided in [{@code from}, {@code to}] in the subtree of {@code unitCode}, counted per
     * decision date and per unit path in one grouped read (what a dashboard draws by year and by subunit).
     */
    List<DatedCount> countsByDateAndPath(LocalDate from, LocalDate to, String unitCode);

    /** A count of active commendations decided on one day in one unit. */
    record DatedCount(LocalDate decisionDate, String unitPath, long count) implements java.io.Serializable {
    }

    /** How many distinct decisions (numbers) the active commendations of the period carry. */
    long decisions(LocalDate from, LocalDate to, String unitCode);

    /** Every record of the filter, oldest id first, read from the database a thousand at a time. */
    void forEach(Filter filter, Consumer<Line> sink);
}
