package vn.thidua.organisation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A person with the history of memberships. {@code citizenId} is masked unless the caller's role needs it;
 * {@code mergedIntoCode} names the record that absorbed this one when it was a duplicate.
 */
public record PersonDetails(String code, String fullName, Gender gender, LocalDate birthDate,
                            PositionCategory positionCategory, LocalDate startDate, String citizenId,
                            boolean citizenIdMasked, List<Membership> memberships, long version,
                            String mergedIntoCode) implements Serializable {

    /** The current membership, or null when the person belongs to no unit now. */
    public Membership currentMembership() {
        return memberships.stream().filter(m -> m.validTo() == null).findFirst().orElse(null);
    }
}
