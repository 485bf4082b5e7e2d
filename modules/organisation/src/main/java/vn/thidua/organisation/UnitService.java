package vn.thidua.organisation;

import java.util.Optional;

/** The unit tree, as published to the other modules. */
public interface UnitService {

    Optional<UnitDetails> findByCode(String code);

    /**
     * Creates the root unit (the province) when the tree is empty; the first start of an installation calls
     * it. Returns the root, whether it was created now or before.
     */
    UnitDetails ensureRoot(String code, String name);
}
