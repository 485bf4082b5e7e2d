package vn.thidua.organisation;

import java.util.List;
import java.util.Optional;

/** Households (for family titles) in villages and communes. */
public interface HouseholdService {

    Optional<HouseholdDetails> findByCode(String code);

    Saved<HouseholdDetails> save(String code, String headName, String unitCode, Long expectedVersion);

    /** Households whose head's name or code contains the text (ignoring diacritics), within the caller's scope. */
    List<HouseholdDetails> search(String text, int max);

    /** The names of these records by code, in one query (unknown codes left out); callers have already scoped what they show. */
    java.util.Map<String, String> namesOf(java.util.Collection<String> codes);
}
