package vn.thidua.organisation;

import java.io.Serializable;
import java.time.LocalDate;
import vn.thidua.platform.ProvinceClock;

/** A unit as a line of the tree: enough to draw it and to know whether it can be opened. */
public record UnitNode(String code, String name, UnitKind kind, boolean hasChildren, LocalDate validTo,
                       String path) implements Serializable {

    public boolean isEnded() {
        return validTo != null && validTo.isBefore(ProvinceClock.today());
    }
}
