package vn.thidua.commendation;

import java.io.Serializable;

/** An entry of the catalogue as lists show it. */
public record AwardSummary(String code, String name, AwardKind kind, AwardLevel level, boolean forPerson,
                           boolean forUnit, boolean forHousehold) implements Serializable {

    public boolean isFor(RecipientType type) {
        return switch (type) {
            case PERSON -> forPerson;
            case UNIT -> forUnit;
            case HOUSEHOLD -> forHousehold;
        };
    }
}
