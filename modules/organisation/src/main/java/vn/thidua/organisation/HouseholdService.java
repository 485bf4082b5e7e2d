package vn.thidua.organisation;

import java.util.Optional;

/** Households (for family titles) in villages and communes. */
public interface HouseholdService {

    Optional<HouseholdDetails> findByCode(String code);

    Saved<HouseholdDetails> save(String code, String headName, String unitCode, Long expectedVersion);
}
