package vn.thidua.organisation.internal.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.Getter;
import vn.thidua.organisation.Gender;
import vn.thidua.organisation.PositionCategory;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.SearchText;
import vn.thidua.platform.Violation;
import vn.thidua.platform.persistence.IdentifiedEntity;

/**
 * An official, civil servant, public employee or worker, with the dated history of the units they belonged
 * to. A transfer ends the current membership and starts a new one; nothing of the history is deleted.
 */
@Entity
@Table(name = "org_person")
@NamedQuery(name = "Person.byCode",
        query = "select distinct p from Person p left join fetch p.memberships m left join fetch m.unit"
                + " left join fetch p.mergedInto where p.code = :code")
@NamedQuery(name = "Person.countByCitizenId",
        query = "select count(p) from Person p where p.citizenId = :citizenId and p.code <> :code")
public class Person extends IdentifiedEntity {

    public static final String BUNDLE = "vn.thidua.organisation.i18n.messages";

    @Column(name = "code", nullable = false, unique = true, length = 64)
    @Getter private String code;

    @Column(name = "full_name", nullable = false, length = 500)
    @Getter private String fullName;

    @Column(name = "search_name", nullable = false, length = 500)
    private String searchName;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", nullable = false, length = 8)
    @Getter private Gender gender;

    @Column(name = "birth_date")
    @Getter private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "position_category", nullable = false, length = 32)
    @Getter private PositionCategory positionCategory;

    @Column(name = "start_date")
    @Getter private LocalDate startDate;

    @Column(name = "citizen_id", length = 12)
    @Getter private String citizenId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    @Getter private Person mergedInto;

    @OneToMany(mappedBy = "person", cascade = CascadeType.PERSIST)
    @OrderBy("validFrom")
    private List<MembershipPeriod> memberships = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    @Getter private long version;

    protected Person() {
    }

    public Person(String code) {
        this.code = code;
    }

    @PrePersist
    @PreUpdate
    void normaliseForSearch() {
        searchName = SearchText.normalise(fullName);
    }

    public void update(String newFullName, Gender newGender, LocalDate newBirthDate, PositionCategory newCategory,
                       LocalDate newStartDate, String newCitizenId) {
        this.fullName = newFullName;
        this.gender = newGender;
        this.birthDate = newBirthDate;
        this.positionCategory = newCategory;
        this.startDate = newStartDate;
        this.citizenId = newCitizenId;
    }

    public Optional<MembershipPeriod> currentMembership() {
        return memberships.stream().filter(MembershipPeriod::isOpen).findFirst();
    }

    /**
     * Makes the person a member of {@code unit} from {@code since}. Staying in the current unit changes
     * nothing; a move to another unit ends the current membership the day before {@code since}. A start
     * before the current membership's start, or inside an earlier period, is refused: history is not rewritten.
     *
     * @return the new membership, or empty when the person already belongs to that unit
     */
    public Optional<MembershipPeriod> transferTo(Unit unit, LocalDate since) {
        Optional<MembershipPeriod> current = currentMembership();
        if (current.isPresent() && current.get().getUnit() == unit) {
            return Optional.empty();
        }
        LocalDate lastEnd = memberships.stream().map(MembershipPeriod::getValidTo).filter(d -> d != null)
                .max(Comparator.naturalOrder()).orElse(null);
        if (current.isPresent() && !since.isAfter(current.get().getValidFrom())) {
            throw new InvalidInputException(new Violation("unitSince", BUNDLE, "membership.beforeCurrent",
                    current.get().getValidFrom()));
        }
        if (current.isEmpty() && lastEnd != null && !since.isAfter(lastEnd)) {
            throw new InvalidInputException(new Violation("unitSince", BUNDLE, "membership.overlaps", lastEnd));
        }
        current.ifPresent(open -> open.endOn(since.minusDays(1)));
        MembershipPeriod added = new MembershipPeriod(this, unit, since);
        memberships.add(added);
        return Optional.of(added);
    }

    /** Ends the current membership on {@code lastDay} (the unit was dissolved, or the person left). */
    public void leave(LocalDate lastDay) {
        currentMembership().ifPresent(open -> open.endOn(lastDay));
    }

    /**
     * Takes over the memberships of a duplicate record of the same person, which then points here. When both
     * records have a current membership, the one that started later stays current.
     */
    public void absorb(Person duplicate) {
        if (duplicate == this || duplicate.mergedInto != null) {
            throw new InvalidInputException(new Violation("duplicateCode", BUNDLE, "person.mergeInvalid"));
        }
        Optional<MembershipPeriod> mine = currentMembership();
        Optional<MembershipPeriod> theirs = duplicate.currentMembership();
        if (mine.isPresent() && theirs.isPresent()) {
            MembershipPeriod earlier = mine.get().getValidFrom().isAfter(theirs.get().getValidFrom())
                    ? theirs.get() : mine.get();
            MembershipPeriod later = earlier == mine.get() ? theirs.get() : mine.get();
            earlier.endOn(later.getValidFrom().isAfter(earlier.getValidFrom())
                    ? later.getValidFrom().minusDays(1) : earlier.getValidFrom());
        }
        for (MembershipPeriod membership : new ArrayList<>(duplicate.memberships)) {
            membership.moveTo(this);
            memberships.add(membership);
        }
        duplicate.memberships.clear();
        memberships.sort(Comparator.comparing(MembershipPeriod::getValidFrom));
        if (citizenId == null && duplicate.citizenId != null) {
            citizenId = duplicate.citizenId;
        }
        duplicate.citizenId = null;
        duplicate.mergedInto = this;
    }

    public Map<String, Object> auditValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", code);
        values.put("fullName", fullName);
        values.put("gender", gender);
        values.put("birthDate", birthDate);
        values.put("positionCategory", positionCategory);
        values.put("startDate", startDate);
        // The audit trail keeps whether a citizen id is recorded, never the number itself.
        values.put("citizenId", citizenId == null ? null : "recorded");
        values.put("unitCode", currentMembership().map(m -> m.getUnit().getCode()).orElse(null));
        values.put("mergedIntoCode", mergedInto == null ? null : mergedInto.getCode());
        return values;
    }

    /** The memberships oldest first (a fetch join does not keep the mapping's order on every database). */
    public List<MembershipPeriod> getMemberships() {
        List<MembershipPeriod> sorted = new ArrayList<>(memberships);
        sorted.sort(Comparator.comparing(MembershipPeriod::getValidFrom));
        return Collections.unmodifiableList(sorted);
    }
}
