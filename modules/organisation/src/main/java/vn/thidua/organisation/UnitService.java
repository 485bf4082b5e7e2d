package vn.thidua.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The unit tree, as published to the other modules, the screens and the API. */
public interface UnitService {

    /** The unit, if the caller may read it; empty when no unit has that code. */
    Optional<UnitDetails> findByCode(String code);

    /** The root of the tree (the province), whoever asks: its name heads every provincial document. */
    Optional<UnitDetails> rootUnit();

    /**
     * Creates the root unit (the province) when the tree is empty; the first start of an installation calls
     * it. Returns the root, whether it was created now or before.
     */
    UnitDetails ensureRoot(String code, String name);

    /**
     * Creates or updates a unit. A new unit without a parent goes under the root. {@code expectedVersion}, when
     * given, must be the stored version (else {@link vn.thidua.platform.StaleVersionException}).
     */
    Saved<UnitDetails> save(String code, UnitInput input, Long expectedVersion);

    /** The units the caller starts the tree from: the root, or the units of their grants. */
    List<UnitNode> topNodes();

    List<UnitNode> children(String parentCode);

    /** Units whose name or code contains the text, ignoring case and diacritics, within the caller's scope. */
    List<UnitNode> search(String text, int max);

    /**
     * Merges units into a successor from {@code effectiveDate}: the merged units end the day before, their
     * current members, households and subordinate units move to the successor, and their history stays
     * reachable from it.
     */
    UnitDetails merge(List<String> mergedCodes, String successorCode, LocalDate effectiveDate, String decisionNumber);

    /** Dissolves a unit without subordinate units from {@code effectiveDate}; its members' memberships end. */
    UnitDetails dissolve(String code, LocalDate effectiveDate, String decisionNumber);

    /** Mergers and dissolutions that made this unit, back through its predecessors, newest first. */
    List<UnitChange> history(String code);

    List<YearRating> ratings(String code);

    YearRating rate(String code, int year, Rating rating);

    /** The unit's path in the tree ("/1/5/23/"), for scope checks of records that belong to it. */
    Optional<String> pathOf(String code);

    /**
     * The names of these units, by code (unknown codes left out). Names are public within the province (clusters,
     * movements and rankings show units beyond the reader's own subtree); everything else about a unit is not.
     */
    java.util.Map<String, String> namesOf(java.util.Collection<String> codes);

    /** The names of the units directly above these units, by the lower unit's code (the root left out). */
    java.util.Map<String, String> parentNamesOf(java.util.Collection<String> codes);

    /**
     * The unit and the units under it that exist on 31 December of {@code year}, ordered by their place in the
     * tree, each with its ratings from {@code fromYear} to {@code year}; two queries whatever the size.
     */
    List<UnitYearProfile> subtreeProfiles(String code, int fromYear, int year);
}
